/**
 * The store with the full engine inline: what tests and Worker-less hosts use. The app itself
 * builds its store with `createAppStoreWith(analyzeDockerfile, ...)` (appStoreCore.ts) so its
 * entry chunk never loads the simulator; builds run in the Worker.
 */
import { analyze } from '../engine';
import { createAppStoreWith, type AppStore, type CreateAppStoreOptions } from './appStoreCore';

export * from './appStoreCore';

/** A store that analyses (and builds) inline unless an `analyzer` (the Worker) is given. */
export function createAppStore(options: CreateAppStoreOptions = {}): AppStore {
  return createAppStoreWith(options.analyzeSync ?? analyze, options);
}
