import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from './createAppStore';
import { selectWorkspace, singleDockerfileWorkspace } from './workspaceState';
import { fakeAnalysis, inputOf } from './testAnalysis';

const ONE = 'FROM a AS one\nRUN x\n';
const TWO = 'FROM b AS two\nFROM c AS three\n';

function store() {
  const analyzeSync = vi.fn(fakeAnalysis);
  const s = createAppStore({ initial: { dockerfile: ONE }, analyzeSync });
  return { s, analyzeSync, state: () => s.getState() };
}

describe('workspace actions in the store', () => {
  it('starts with one Dockerfile tab holding the initial text', () => {
    const { state } = store();
    expect(state().dockerfiles).toEqual([{ path: 'Dockerfile', text: ONE }]);
    expect(state().activeDockerfile).toBe('Dockerfile');
    expect(state().context).toEqual({});
  });

  it('a new tab becomes active and drives the analysis; editing writes to it only', () => {
    const { state } = store();
    expect(state().addDockerfile('Dockerfile.multistage', TWO)).toBeNull();
    expect(state().dockerfile).toBe(TWO);
    expect(inputOf(state().analysis).dockerfile).toBe(TWO);
    state().setDockerfile(`${TWO}RUN z\n`);
    expect(state().dockerfiles.map((d) => d.text)).toEqual([ONE, `${TWO}RUN z\n`]);
    state().setActiveDockerfile('Dockerfile');
    expect(state().dockerfile).toBe(ONE);
    expect(inputOf(state().analysis).dockerfile).toBe(ONE);
  });

  it('switching tabs forgets the stage selection of the old tab', () => {
    const { state } = store();
    state().selectStage(0);
    state().setCursorLine(2);
    state().addDockerfile('b', TWO);
    expect(state().selectedStage).toBeNull();
    expect(state().cursorLine).toBeNull();
  });

  it('returns the reason when an edit is refused, and changes nothing', () => {
    const { state } = store();
    const before = selectWorkspace(state());
    expect(state().addDockerfile('Dockerfile')).toBe('"Dockerfile" already exists.');
    expect(state().closeDockerfile('Dockerfile')).toBe('A workspace keeps at least one Dockerfile.');
    expect(selectWorkspace(state())).toEqual(before);
  });

  it('every context edit re-runs the analysis (the simulated build reads the context)', () => {
    const { state, analyzeSync } = store();
    const calls = analyzeSync.mock.calls.length;
    expect(state().setContextFile('.dockerignore', { content: 'node_modules\n' })).toBeNull();
    expect(state().renameContextPath('.dockerignore', 'Dockerfile.dockerignore')).toBeNull();
    expect(state().deleteContextPath('Dockerfile.dockerignore')).toBeNull();
    expect(analyzeSync.mock.calls.length).toBe(calls + 3);
    expect(analyzeSync.mock.calls.at(-1)?.[0].build?.context?.files.size).toBe(0);
    expect(state().context).toEqual({});
  });

  it('openWorkspace replaces everything and keeps the old workspace for restore (and back)', () => {
    const { state } = store();
    state().setTarget('one');
    const mine = selectWorkspace(state());
    const example = singleDockerfileWorkspace(TWO, { context: { 'a.txt': { size: 1, content: 'a' } }, mode: 'legacy' });
    state().openWorkspace(example, 'example', 'Two stages');
    expect(selectWorkspace(state())).toEqual(example);
    expect(inputOf(state().analysis)).toEqual({ dockerfile: TWO, target: '', buildArgs: {}, mode: 'legacy' });
    expect(state().replacedWorkspace).toEqual({ workspace: mine, origin: 'example', label: 'Two stages' });

    state().restoreWorkspace();
    expect(selectWorkspace(state())).toEqual(mine);
    expect(state().replacedWorkspace?.workspace).toEqual(example);
    state().dismissReplacedWorkspace();
    expect(state().replacedWorkspace).toBeNull();
    state().restoreWorkspace();
    expect(selectWorkspace(state())).toEqual(mine);
  });

  it('starts from a given workspace, analysing its active tab', () => {
    const workspace = { ...singleDockerfileWorkspace(ONE), dockerfiles: [{ path: 'Dockerfile', text: ONE }, { path: 'x', text: TWO }], activeDockerfile: 'x' };
    const s = createAppStore({ workspace, analyzeSync: fakeAnalysis });
    expect(s.getState().dockerfile).toBe(TWO);
    expect(inputOf(s.getState().analysis).dockerfile).toBe(TWO);
  });

  it('a closed tab or deleted folder comes back with undo, where it was, and later edits stay', () => {
    const { state } = store();
    state().addDockerfile('b', TWO);
    state().addDockerfile('c', 'FROM c\n');
    state().setContextFile('src/a.go', { content: 'package a' });
    state().setContextFile('src/b.go', { content: 'package b' });
    expect(state().closeDockerfile('b')).toBeNull();
    expect(state().lastRemoval).toEqual({ kind: 'dockerfile', dockerfile: { path: 'b', text: TWO }, index: 1 });
    state().setDockerfile('FROM c2\n');
    expect(state().undoRemoval()).toBeNull();
    expect(state().dockerfiles).toEqual([{ path: 'Dockerfile', text: ONE }, { path: 'b', text: TWO }, { path: 'c', text: 'FROM c2\n' }]);
    expect(state().activeDockerfile).toBe('b');
    expect(state().lastRemoval).toBeNull();

    state().deleteContextPath('src');
    state().setContextFile('src', { content: 'now a file' });
    expect(state().undoRemoval()).toBe('"src" cannot come back: "src" is a file, so it cannot hold "src/a.go".');
    state().deleteContextPath('src');
    expect(state().undoRemoval()).toBeNull();
    expect(state().context).toEqual({ src: { size: 10, content: 'now a file' } });
    expect(state().undoRemoval()).toBe('There is nothing to put back.');
  });
});

