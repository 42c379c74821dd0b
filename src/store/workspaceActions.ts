/**
 * The store's workspace actions. Each runs a pure edit from workspaceEdits.ts and hands the
 * result to `apply`, which writes the inputs and re-analyses when an analysed input changed.
 */
import type { AppActions, AppState } from './appState';
import * as edits from './workspaceEdits';
import { selectWorkspace } from './workspaceState';
import type { Removal, Workspace } from './workspaceTypes';

type WorkspaceActionName =
  | 'addDockerfile' | 'renameDockerfile' | 'closeDockerfile' | 'setActiveDockerfile'
  | 'setContextFile' | 'renameContextPath' | 'deleteContextPath' | 'undoRemoval' | 'dismissRemoval'
  | 'openWorkspace' | 'restoreWorkspace' | 'dismissReplacedWorkspace' | 'setWorkspaceNotice';

export interface WorkspaceActionDeps {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  /** Show `workspace`; analysis runs when its analysed inputs differ from the current ones. */
  apply(workspace: Workspace): void;
}

export function createWorkspaceActions({ get, set, apply }: WorkspaceActionDeps): Pick<AppActions, WorkspaceActionName> {
  /** Run an edit; on success show its result. Returns the error, or null. */
  const run = (edit: (workspace: Workspace) => edits.EditResult): string | null => {
    const result = edit(selectWorkspace(get()));
    if (!result.ok) return result.error;
    apply(result.workspace);
    return null;
  };

  /** A close or delete, remembering what it removed so it can be undone. */
  const remove = (path: string, kind: Removal['kind'], edit: (w: Workspace, path: string) => edits.EditResult): string | null => {
    const removal = edits.removalOf(selectWorkspace(get()), path, kind);
    const error = run((w) => edit(w, path));
    if (error === null) set({ lastRemoval: removal });
    return error;
  };

  return {
    addDockerfile: (path, text) => run((w) => edits.addDockerfile(w, path, text)),
    renameDockerfile: (from, to) => run((w) => edits.renameDockerfile(w, from, to)),
    closeDockerfile: (path) => remove(path, 'dockerfile', edits.closeDockerfile),
    setActiveDockerfile: (path) => {
      if (path !== get().activeDockerfile) run((w) => edits.setActiveDockerfile(w, path));
    },
    setContextFile: (path, change) => run((w) => edits.setContextFile(w, path, change)),
    renameContextPath: (from, to) => run((w) => edits.renameContextPath(w, from, to)),
    deleteContextPath: (path) => remove(path, 'context', edits.deleteContextPath),
    undoRemoval: () => {
      const removal = get().lastRemoval;
      if (!removal) return 'There is nothing to put back.';
      const error = run((w) => edits.undoRemoval(w, removal));
      if (error === null) set({ lastRemoval: null });
      return error;
    },
    dismissRemoval: () => set({ lastRemoval: null }),
    openWorkspace: (workspace, origin, label) => {
      set({ replacedWorkspace: { workspace: selectWorkspace(get()), origin, label }, workspaceNotice: null });
      apply(workspace);
    },
    restoreWorkspace: () => {
      const replaced = get().replacedWorkspace;
      if (!replaced) return;
      // The workspace being left is kept in turn, so a restore can itself be undone.
      set({ replacedWorkspace: { workspace: selectWorkspace(get()), origin: 'restore', label: replaced.label } });
      apply(replaced.workspace);
    },
    dismissReplacedWorkspace: () => set({ replacedWorkspace: null }),
    setWorkspaceNotice: (workspaceNotice) => set({ workspaceNotice }),
  };
}
