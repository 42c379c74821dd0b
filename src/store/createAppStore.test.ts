import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis, type AnalyzeInput } from '../engine';
import type { Analyzer } from './appState';
import { createAppStore } from './createAppStore';
import { fakeAnalysis, inputOf } from './testAnalysis';

const TEXT = 'FROM a AS one\nRUN x\nFROM b AS two\nRUN y\n';

describe('createAppStore without an analyzer (inline path)', () => {
  it('analyses the initial inputs before the first render', () => {
    const store = createAppStore({ initial: { dockerfile: TEXT, target: 'one' }, analyzeSync: fakeAnalysis });
    expect(inputOf(store.getState().analysis)).toEqual({ dockerfile: TEXT, target: 'one', buildArgs: {}, mode: 'buildkit' });
  });

  it('re-analyses synchronously on every input action', () => {
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzeSync: fakeAnalysis });
    const { setDockerfile, setTarget, setMode, setBuildArgs } = store.getState();
    setDockerfile('FROM z\n');
    setTarget('two');
    setMode('legacy');
    setBuildArgs({ A: '1' });
    expect(inputOf(store.getState().analysis)).toEqual({ dockerfile: 'FROM z\n', target: 'two', buildArgs: { A: '1' }, mode: 'legacy' });
    expect(store.getState().isAnalyzing).toBe(false);
  });

  it('does not re-analyse when the text did not change', () => {
    const analyzeSync = vi.fn(fakeAnalysis);
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzeSync });
    store.getState().setDockerfile(TEXT);
    expect(analyzeSync).toHaveBeenCalledTimes(1);
  });
});

describe('selection', () => {
  it('selectStage asks the editor to select the stage lines, each click anew', () => {
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzeSync: fakeAnalysis });
    store.getState().selectStage(1);
    const first = store.getState().revealRequest;
    expect(first).toMatchObject({ startLine: 3, endLine: 4, select: true });
    expect(store.getState().selectedStage).toBe(1);
    store.getState().selectStage(1);
    expect(store.getState().revealRequest!.seq).toBeGreaterThan(first!.seq);
  });

  it('ignores stages that do not exist and clears on null', () => {
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzeSync: fakeAnalysis });
    store.getState().selectStage(0);
    store.getState().selectStage(7);
    expect(store.getState().selectedStage).toBeNull();
    store.getState().selectStage(0);
    store.getState().selectStage(null);
    expect(store.getState().selectedStage).toBeNull();
  });

  it('revealLine puts the cursor on a line without selecting', () => {
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzeSync: fakeAnalysis });
    store.getState().revealLine(4);
    expect(store.getState().revealRequest).toMatchObject({ startLine: 4, endLine: 4, select: false });
  });
});

describe('createAppStore with an async analyzer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** An analyzer whose answers the test releases by hand, in any order. */
  function manualAnalyzer() {
    const calls: { input: AnalyzeInput; resolve(a: Analysis): void; reject(e: unknown): void }[] = [];
    const analyzer: Analyzer = {
      analyze: (input) => new Promise((resolve, reject) => calls.push({ input, resolve, reject })),
    };
    return { analyzer, calls };
  }

  it('debounces typing into one request', async () => {
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzer, debounceMs: 150, analyzeSync: fakeAnalysis });
    store.getState().setDockerfile('FROM a\n');
    store.getState().setDockerfile('FROM ab\n');
    store.getState().setDockerfile('FROM abc\n');
    expect(store.getState().isAnalyzing).toBe(true);
    await vi.advanceTimersByTimeAsync(149);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.input.dockerfile)).toEqual(['FROM abc\n']);
    calls[0]!.resolve(fakeAnalysis(calls[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputOf(store.getState().analysis).dockerfile).toBe('FROM abc\n');
    expect(store.getState().isAnalyzing).toBe(false);
  });

  it('updates the graph on every keystroke and keeps the last build until the next lands', async () => {
    const { analyzer, calls } = manualAnalyzer();
    // Without buildInAnalyzerAtStart the first analysis (with its build) runs inline.
    const store = createAppStore({ initial: { dockerfile: 'FROM alpine AS a\n' }, analyzer, debounceMs: 150 });
    const firstBuild = store.getState().analysis.build;
    expect(firstBuild).toBeDefined();

    store.getState().setDockerfile('FROM alpine AS a\nFROM a AS b\n');
    // No timer has fired and the analyzer has not answered: the graph already has the new stage.
    expect(store.getState().analysis.graph?.stages.map((s) => s.displayName)).toEqual(['a', 'b']);
    expect(store.getState().analysis.build).toBe(firstBuild);
    expect(store.getState().isAnalyzing).toBe(true);
    expect(calls).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(analyze(calls[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().analysis.build?.result.stages.map((s) => s.name)).toEqual(['a', 'b']);
    expect(store.getState().isAnalyzing).toBe(false);
  });

  it('lets the latest request win over a slower earlier one', async () => {
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzer, debounceMs: 150, analyzeSync: fakeAnalysis });
    store.getState().setTarget('one');
    store.getState().setTarget('two');
    expect(calls.map((c) => c.input.target)).toEqual(['one', 'two']);
    calls[1]!.resolve(fakeAnalysis(calls[1]!.input));
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(fakeAnalysis(calls[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputOf(store.getState().analysis).target).toBe('two');
  });

  it('falls back to analysing inline when the analyzer fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzer, debounceMs: 150, analyzeSync: fakeAnalysis });
    store.getState().setMode('legacy');
    calls[0]!.reject(new Error('worker failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputOf(store.getState().analysis).mode).toBe('legacy');
    expect(store.getState().isAnalyzing).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('sends nothing after dispose', async () => {
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ initial: { dockerfile: TEXT }, analyzer, debounceMs: 150, analyzeSync: fakeAnalysis });
    store.getState().setDockerfile('FROM q\n');
    store.getState().dispose();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(0);
  });
});
