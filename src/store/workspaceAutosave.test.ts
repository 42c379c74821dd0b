import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './createAppStore';
import { AUTOSAVE_KEY, DAMAGED_KEY, loadSavedWorkspace, REPLACED_KEY, startAutosave, type StorageLike } from './workspaceAutosave';
import { toWorkspaceDocument } from './workspaceDocument';
import { selectWorkspace, singleDockerfileWorkspace } from './workspaceState';
import { fakeAnalysis } from './testAnalysis';

function memoryStorage(): StorageLike & { data: Map<string, string>; failWith?: Error } {
  const data = new Map<string, string>();
  const storage = {
    data,
    failWith: undefined as Error | undefined,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (storage.failWith) throw storage.failWith;
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return storage;
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the workspace after a pause, and a new store reads it back', () => {
    const storage = memoryStorage();
    const store = createAppStore({ initial: { dockerfile: 'FROM a\n' }, analyzeSync: fakeAnalysis });
    startAutosave(store, { storage, debounceMs: 400 });
    store.getState().setDockerfile('FROM b\n');
    store.getState().setContextFile('.dockerignore', { content: '*.log\n' });
    vi.advanceTimersByTime(399);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(1);
    const saved = loadSavedWorkspace(storage);
    expect(saved.workspace).toEqual(selectWorkspace(store.getState()));
    const again = createAppStore({ workspace: saved.workspace!, analyzeSync: fakeAnalysis });
    expect(again.getState().dockerfile).toBe('FROM b\n');
  });

  it('flush writes a pending change at once (the page is going away)', () => {
    const storage = memoryStorage();
    const store = createAppStore({ analyzeSync: fakeAnalysis });
    const autosave = startAutosave(store, { storage });
    store.getState().setMode('legacy');
    autosave.flush();
    expect(loadSavedWorkspace(storage).workspace?.mode).toBe('legacy');
  });

  it('keeps the replaced workspace too, and forgets it once dismissed', () => {
    const storage = memoryStorage();
    const store = createAppStore({ initial: { dockerfile: 'FROM mine\n' }, analyzeSync: fakeAnalysis });
    const autosave = startAutosave(store, { storage });
    store.getState().openWorkspace(singleDockerfileWorkspace('FROM example\n'), 'example', 'Example');
    autosave.flush();
    expect(loadSavedWorkspace(storage).replaced).toMatchObject({ origin: 'example', label: 'Example', workspace: { dockerfiles: [{ text: 'FROM mine\n' }] } });
    store.getState().dismissReplacedWorkspace();
    autosave.flush();
    expect(storage.data.has(REPLACED_KEY)).toBe(false);
  });

  it('reports a full storage and recovers when a later save works', () => {
    const storage = memoryStorage();
    const errors: (string | null)[] = [];
    const store = createAppStore({ analyzeSync: fakeAnalysis });
    const autosave = startAutosave(store, { storage, onError: (m) => errors.push(m) });
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    store.getState().setTarget('x');
    autosave.flush();
    storage.failWith = undefined;
    store.getState().setTarget('y');
    autosave.flush();
    expect(errors).toEqual([expect.stringMatching(/larger than this browser lets a page store/), null]);
  });
});

describe('loadSavedWorkspace', () => {
  it('reads nothing from an empty storage, or one that throws', () => {
    expect(loadSavedWorkspace(memoryStorage())).toEqual({ workspace: null, replaced: null });
    const blocked: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(loadSavedWorkspace(blocked)).toEqual({ workspace: null, replaced: null });
  });

  it('moves a damaged save aside and says so', () => {
    const storage = memoryStorage();
    storage.data.set(AUTOSAVE_KEY, '{"format":"stagecraft-workspace","version":1,"dockerfiles":[]');
    const saved = loadSavedWorkspace(storage);
    expect(saved.workspace).toBeNull();
    expect(saved.error).toMatch(/could not be read.*not valid JSON/);
    expect(storage.data.get(DAMAGED_KEY)).toBe('{"format":"stagecraft-workspace","version":1,"dockerfiles":[]');
  });

  it('ignores an unreadable replaced workspace but keeps the main one', () => {
    const storage = memoryStorage();
    const workspace = singleDockerfileWorkspace('FROM x\n');
    storage.data.set(AUTOSAVE_KEY, JSON.stringify(toWorkspaceDocument(workspace)));
    storage.data.set(REPLACED_KEY, '{"origin":"nowhere","label":"x","workspace":{}}');
    expect(loadSavedWorkspace(storage)).toEqual({ workspace, replaced: null });
  });
});
