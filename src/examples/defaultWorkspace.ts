/**
 * The workspace a first visit opens: the four-stage Go service and its small context. Kept apart
 * from the gallery so the app's first paint does not load every example's context.
 */
import type { Workspace } from '../store';
import { defaultContext } from './defaultContext';
import { defaultExample } from './defaultExample';
import { workspaceOf } from './workspaceOf';

export function defaultWorkspace(): Workspace {
  return workspaceOf([{ path: 'Dockerfile', text: defaultExample }], defaultContext);
}
