/**
 * The bridge between the store's flat inputs and the {@link Workspace} value: reading the
 * workspace out of the state, building the state patch for a new workspace, and the workspace a
 * plain Dockerfile text stands for.
 */
import type { AppInputs } from './appState';
import type { Workspace, WorkspaceDockerfile } from './workspaceTypes';

/** The workspace fields of the store's inputs. */
export type WorkspaceInputs = Pick<AppInputs, 'dockerfiles' | 'activeDockerfile' | 'context' | 'target' | 'buildArgs' | 'mode'>;

/** The workspace the inputs describe (a new object; compare fields, not the result). */
export function selectWorkspace(state: WorkspaceInputs): Workspace {
  return {
    dockerfiles: state.dockerfiles,
    activeDockerfile: state.activeDockerfile,
    context: state.context,
    target: state.target,
    buildArgs: state.buildArgs,
    mode: state.mode,
  };
}

/** Whether any workspace field differs between two states (by reference: actions replace what they change). */
export function workspaceChanged(a: WorkspaceInputs, b: WorkspaceInputs): boolean {
  return a.dockerfiles !== b.dockerfiles || a.activeDockerfile !== b.activeDockerfile || a.context !== b.context
    || a.target !== b.target || a.buildArgs !== b.buildArgs || a.mode !== b.mode;
}

/** The active tab's text ('' if the active path names no tab, which the edits never allow). */
export function activeText(workspace: Pick<Workspace, 'dockerfiles' | 'activeDockerfile'>): string {
  return workspace.dockerfiles.find((d) => d.path === workspace.activeDockerfile)?.text ?? '';
}

/** The inputs patch that shows `workspace`: its fields plus the active text in `dockerfile`. */
export function workspacePatch(workspace: Workspace): WorkspaceInputs & Pick<AppInputs, 'dockerfile'> {
  return { ...selectWorkspace(workspace), dockerfile: activeText(workspace) };
}

/** A one-tab workspace around a Dockerfile text. */
export function singleDockerfileWorkspace(text: string, options: Partial<Omit<Workspace, 'dockerfiles' | 'activeDockerfile'>> = {}): Workspace {
  const dockerfiles: WorkspaceDockerfile[] = [{ path: 'Dockerfile', text }];
  return {
    dockerfiles,
    activeDockerfile: 'Dockerfile',
    context: options.context ?? {},
    target: options.target ?? '',
    buildArgs: options.buildArgs ?? {},
    mode: options.mode ?? 'buildkit',
  };
}
