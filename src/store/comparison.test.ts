import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, AnalyzeInput } from '../engine';
import type { Analyzer } from './appState';
import { createAppStore } from './createAppStore';
import { fakeAnalysis, inputOf } from './testAnalysis';
import type { Workspace } from './workspaceTypes';

const MAIN = 'FROM golang AS build\nRUN go build\nFROM alpine\n';
const SINGLE = 'FROM golang\nRUN go build\n';
const OTHER = 'FROM debian\n';

function workspace(): Workspace {
  return {
    dockerfiles: [{ path: 'Dockerfile', text: MAIN }, { path: 'Dockerfile.single', text: SINGLE }, { path: 'Dockerfile.other', text: OTHER }],
    activeDockerfile: 'Dockerfile',
    context: { 'main.go': { size: 13, content: 'package main\n' } },
    target: 'build',
    buildArgs: { V: '1' },
    mode: 'buildkit',
  };
}

/** An analyzer whose answers the test releases by hand, in any order. */
function manualAnalyzer() {
  const calls: { input: AnalyzeInput; resolve(a: Analysis): void; reject(e: unknown): void }[] = [];
  const analyzer: Analyzer = { analyze: (input) => new Promise((resolve, reject) => calls.push({ input, resolve, reject })) };
  /** The requests for a Dockerfile text, in the order they were sent. */
  const callsFor = (text: string) => calls.filter((c) => c.input.dockerfile === text);
  return { analyzer, calls, callsFor };
}

describe('comparison without an analyzer (inline)', () => {
  it('builds the chosen tab at once with the same context, build args and mode, and its own last stage', () => {
    const store = createAppStore({ workspace: workspace(), analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    const { comparison, isComparing } = store.getState();
    expect(comparison?.path).toBe('Dockerfile.single');
    expect(inputOf(comparison!.analysis)).toEqual({ dockerfile: SINGLE, target: '', buildArgs: { V: '1' }, mode: 'buildkit' });
    expect(isComparing).toBe(false);
  });

  it('refuses the active tab and unknown paths, and stops on null', () => {
    const store = createAppStore({ workspace: workspace(), analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile');
    expect(store.getState().compareDockerfile).toBeNull();
    store.getState().setCompareDockerfile('nope');
    expect(store.getState().compareDockerfile).toBeNull();
    store.getState().setCompareDockerfile('Dockerfile.single');
    store.getState().setCompareDockerfile(null);
    expect(store.getState().comparison).toBeNull();
  });

  it('really builds the other Dockerfile with the full engine', () => {
    const tabs = [{ path: 'Dockerfile', text: 'FROM scratch\n' }, { path: 'Dockerfile.copy', text: 'FROM scratch\nCOPY main.go /src/\n' }];
    const store = createAppStore({ workspace: { ...workspace(), dockerfiles: tabs, activeDockerfile: 'Dockerfile', target: '' } });
    store.getState().setCompareDockerfile('Dockerfile.copy');
    expect(store.getState().comparison?.analysis.build?.report?.final?.size).toBe('package main\n'.length);
  });
});

describe('comparison through an analyzer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a request of its own after a tab is chosen and shows the answer', async () => {
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    expect(calls.map((c) => c.input.dockerfile)).toEqual([SINGLE]);
    expect(calls[0]!.input.target).toBe('');
    expect(store.getState().isComparing).toBe(true);
    expect(store.getState().comparison).toBeNull();
    calls[0]!.resolve(fakeAnalysis(calls[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison?.path).toBe('Dockerfile.single');
    expect(store.getState().isComparing).toBe(false);
    // The main analysis is untouched.
    expect(inputOf(store.getState().analysis).dockerfile).toBe(MAIN);
  });

  it('lets the latest answer win over a slower earlier one', async () => {
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    store.getState().setCompareDockerfile('Dockerfile.other');
    const [single] = callsFor(SINGLE);
    const [other] = callsFor(OTHER);
    other!.resolve(fakeAnalysis(other!.input));
    await vi.advanceTimersByTimeAsync(0);
    single!.resolve(fakeAnalysis(single!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison?.path).toBe('Dockerfile.other');
    expect(inputOf(store.getState().comparison!.analysis).dockerfile).toBe(OTHER);
  });

  it('waits for the main analysis, then builds again with the new options', async () => {
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    callsFor(SINGLE)[0]!.resolve(fakeAnalysis(callsFor(SINGLE)[0]!.input));
    await vi.advanceTimersByTimeAsync(0);

    store.getState().setBuildArgs({ V: '2' });
    // Nothing goes out beside the main request: the Worker would drop one of them.
    expect(callsFor(SINGLE)).toHaveLength(1);
    expect(store.getState().isComparing).toBe(true);
    expect(store.getState().comparison?.path).toBe('Dockerfile.single');

    const main = callsFor(MAIN)[0]!;
    main.resolve(fakeAnalysis(main.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(callsFor(SINGLE)).toHaveLength(2);
    expect(callsFor(SINGLE)[1]!.input.buildArgs).toEqual({ V: '2' });
    callsFor(SINGLE)[1]!.resolve(fakeAnalysis(callsFor(SINGLE)[1]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputOf(store.getState().comparison!.analysis).buildArgs).toEqual({ V: '2' });
    expect(store.getState().isComparing).toBe(false);
  });

  it('does not rebuild the other tab while only the active one is edited', async () => {
    const { analyzer, calls, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, debounceMs: 150, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    callsFor(SINGLE)[0]!.resolve(fakeAnalysis(callsFor(SINGLE)[0]!.input));
    store.getState().setDockerfile(`${MAIN}RUN echo\n`);
    await vi.advanceTimersByTimeAsync(150);
    calls.at(-1)!.resolve(fakeAnalysis(calls.at(-1)!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(callsFor(SINGLE)).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('asks again after the main analysis when the Worker dropped the comparison for a main request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    store.getState().setMode('legacy');
    callsFor(SINGLE)[0]!.reject(new Error('superseded'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison).toBeNull();
    callsFor(MAIN)[0]!.resolve(fakeAnalysis(callsFor(MAIN)[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(callsFor(SINGLE)).toHaveLength(2);
    expect(callsFor(SINGLE)[1]!.input.mode).toBe('legacy');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('analyses inline when the analyzer fails with nothing else out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    callsFor(SINGLE)[0]!.reject(new Error('worker failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(inputOf(store.getState().comparison!.analysis).dockerfile).toBe(SINGLE);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('is dropped when the compared tab closes, and a late answer does not bring it back', async () => {
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    expect(store.getState().closeDockerfile('Dockerfile.single')).toBeNull();
    expect(store.getState().compareDockerfile).toBeNull();
    expect(store.getState().isComparing).toBe(false);
    callsFor(SINGLE)[0]!.resolve(fakeAnalysis(callsFor(SINGLE)[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison).toBeNull();
  });

  it('follows a rename of the compared tab without building it again', async () => {
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    callsFor(SINGLE)[0]!.resolve(fakeAnalysis(callsFor(SINGLE)[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().renameDockerfile('Dockerfile.single', 'Dockerfile.one')).toBeNull();
    expect(store.getState().compareDockerfile).toBe('Dockerfile.one');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison?.path).toBe('Dockerfile.one');
    expect(callsFor(SINGLE)).toHaveLength(1);
  });

  it('labels an answer that lands after a rename with the new name', async () => {
    const { analyzer, callsFor } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    store.getState().renameDockerfile('Dockerfile.single', 'Dockerfile.one');
    callsFor(SINGLE)[0]!.resolve(fakeAnalysis(callsFor(SINGLE)[0]!.input));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().comparison?.path).toBe('Dockerfile.one');
    expect(callsFor(SINGLE)).toHaveLength(1);
  });

  it('compares the other way round when the compared tab becomes the active one', () => {
    const store = createAppStore({ workspace: workspace(), analyzeSync: fakeAnalysis });
    store.getState().setCompareDockerfile('Dockerfile.single');
    store.getState().setActiveDockerfile('Dockerfile.single');
    expect(store.getState().compareDockerfile).toBe('Dockerfile');
    expect(inputOf(store.getState().comparison!.analysis).dockerfile).toBe(MAIN);
  });

  it('sends nothing after dispose', () => {
    const { analyzer, calls } = manualAnalyzer();
    const store = createAppStore({ workspace: workspace(), analyzer, analyzeSync: fakeAnalysis });
    store.getState().dispose();
    store.getState().setCompareDockerfile('Dockerfile.single');
    expect(calls).toHaveLength(0);
  });
});
