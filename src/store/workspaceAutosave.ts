/**
 * Autosave: the workspace (and the one an open replaced, so "restore" survives a reload) is
 * written to local storage shortly after each change, and read back, validated, at start-up.
 * Storage is passed in (localStorage in the app, a Map-backed fake in tests).
 */
import type { AppStore } from './appStoreCore';
import { readWorkspaceDocument, toWorkspaceDocument } from './workspaceDocument';
import { selectWorkspace, workspaceChanged } from './workspaceState';
import type { ReplacedWorkspace, Workspace, WorkspaceOrigin } from './workspaceTypes';

/** The part of the Web Storage API autosave uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const AUTOSAVE_KEY = 'stagecraft.workspace.v1';
export const REPLACED_KEY = 'stagecraft.replaced.v1';
/** Where an unreadable save is moved, so a bug never silently destroys someone's work. */
export const DAMAGED_KEY = 'stagecraft.workspace.damaged';
export const AUTOSAVE_DEBOUNCE_MS = 400;

const ORIGINS: readonly WorkspaceOrigin[] = ['example', 'link', 'file', 'folder', 'restore'];

export interface SavedWorkspace {
  /** The saved workspace, or null when nothing (readable) was saved. */
  workspace: Workspace | null;
  replaced: ReplacedWorkspace | null;
  /** Why the saved workspace could not be read (it was moved to {@link DAMAGED_KEY}). */
  error?: string;
}

function readReplaced(text: string | null): ReplacedWorkspace | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { origin?: unknown; label?: unknown; workspace?: unknown };
    const read = readWorkspaceDocument(value.workspace);
    const origin = ORIGINS.find((o) => o === value.origin);
    if (!read.ok || origin === undefined || typeof value.label !== 'string') return null;
    return { workspace: read.value, origin, label: value.label };
  } catch {
    return null;
  }
}

/** Read what autosave left; never throws (storage may be disabled or full of junk). */
export function loadSavedWorkspace(storage: StorageLike): SavedWorkspace {
  let text: string | null;
  let replacedText: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
    replacedText = storage.getItem(REPLACED_KEY);
  } catch {
    return { workspace: null, replaced: null };
  }
  const replaced = readReplaced(replacedText);
  if (text === null) return { workspace: null, replaced };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const read = readWorkspaceDocument(value);
  if (read.ok) return { workspace: read.value, replaced };
  try {
    storage.setItem(DAMAGED_KEY, text);
  } catch {
    // Keeping the damaged copy is best effort; the message below still tells the person.
  }
  const why = value === undefined ? 'It is not valid JSON.' : read.error;
  return { workspace: null, replaced, error: `Your autosaved workspace could not be read, so the default one opened. ${why} A copy was kept under "${DAMAGED_KEY}" in this browser's storage.` };
}

export interface AutosaveOptions {
  storage: StorageLike;
  debounceMs?: number;
  /** Called when a save fails (storage full or disabled), and with null once one succeeds again. */
  onError?(message: string | null): void;
}

export interface Autosave {
  /** Write now if anything is pending (call on pagehide). */
  flush(): void;
  dispose(): void;
}

/** Save the store's workspace after each change, debounced. */
export function startAutosave(store: AppStore, options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirtyWorkspace = false;
  let dirtyReplaced = false;
  let failing = false;

  const write = (): void => {
    timer = undefined;
    const state = store.getState();
    try {
      if (dirtyWorkspace) options.storage.setItem(AUTOSAVE_KEY, JSON.stringify(toWorkspaceDocument(selectWorkspace(state))));
      if (dirtyReplaced) {
        const replaced = state.replacedWorkspace;
        if (replaced === null) options.storage.removeItem(REPLACED_KEY);
        else options.storage.setItem(REPLACED_KEY, JSON.stringify({ ...replaced, workspace: toWorkspaceDocument(replaced.workspace) }));
      }
      dirtyWorkspace = dirtyReplaced = false;
      if (failing) options.onError?.(null);
      failing = false;
    } catch (error) {
      failing = true;
      const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
      options.onError?.(quota
        ? 'Autosave failed: the workspace is larger than this browser lets a page store. Export it to a file to keep it.'
        : 'Autosave failed: this browser does not let the page store data. Export the workspace to a file to keep it.');
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    const changed = workspaceChanged(state, prev);
    const replacedChanged = state.replacedWorkspace !== prev.replacedWorkspace;
    if (!changed && !replacedChanged) return;
    dirtyWorkspace ||= changed;
    dirtyReplaced ||= replacedChanged;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  });

  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
    dispose() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
