import { describe, expect, it } from 'vitest';
import type { BuildResult, StepResult } from '../engine';
import { formatMs, nextEventMs, stepStatesAt, toTimeline, logLinesAt } from './buildTimeline';
import { toStageBuildSummaries } from './buildStageSummary';

function step(stageIndex: number, over: Partial<StepResult>): StepResult {
  return {
    kind: 'run', stageIndex, isOnBuild: false, line: 1, endLine: 1, instruction: 'RUN x', label: '[a 1/1] RUN x',
    cached: false, cacheKey: 'k', layerSize: 0, durationMs: 0, durationSource: 'model', modelledMs: 0, startMs: 0, endMs: 0,
    notSimulated: [], output: [], ...over,
  };
}

// Two stages BuildKit runs side by side, then a final stage that waits for `b`.
const result: BuildResult = {
  ok: true,
  targetIndex: 2,
  stages: [
    { index: 0, name: 'a', built: true, steps: [step(0, { cached: true, startMs: 0, endMs: 0 }), step(0, { startMs: 0, endMs: 400, durationMs: 400, missReason: { kind: 'source-changed', message: 'src/a changed' } })] },
    { index: 1, name: 'b', built: true, steps: [step(1, { startMs: 0, endMs: 900, durationMs: 900, missReason: { kind: 'first-build', message: 'not built before' } })] },
    { index: 2, name: 'skipped', built: false, steps: [] },
    { index: 3, name: 'final', built: true, failed: true, steps: [step(3, { startMs: 900, endMs: 1000, durationMs: 100, error: 'exit code 1' })] },
  ],
  events: [
    { kind: 'step-cached', stage: 0, step: 0, atMs: 0 },
    { kind: 'step-started', stage: 0, step: 1, atMs: 0 },
    { kind: 'step-started', stage: 1, step: 0, atMs: 0 },
    { kind: 'step-done', stage: 0, step: 1, atMs: 400, durationMs: 400 },
    { kind: 'step-done', stage: 1, step: 0, atMs: 900, durationMs: 900 },
    { kind: 'step-started', stage: 3, step: 0, atMs: 900 },
    { kind: 'step-failed', stage: 3, step: 0, atMs: 1000, error: 'exit code 1' },
  ],
  log: [],
  logAtMs: [],
  totalMs: 1000,
  savedByCacheMs: 250,
  diagnostics: [],
};

describe('toTimeline', () => {
  it('makes one lane per built stage with its steps at the engine times', () => {
    const t = toTimeline(result);
    expect(t.lanes.map((l) => l.name)).toEqual(['a', 'b', 'final']);
    expect(t.lanes[0]?.steps.map((s) => s.id)).toEqual(['step-0-0', 'step-0-1']);
    expect(t.lanes[0]?.steps[1]).toMatchObject({ cached: false, missReason: 'src/a changed', startMs: 0, endMs: 400 });
    expect(t.lanes[0]?.steps[0]?.missReason).toBeUndefined();
    expect(t.lanes[2]?.steps[0]?.failed).toBe(true);
    expect([t.cachedCount, t.stepCount, t.totalMs, t.savedByCacheMs]).toEqual([1, 4, 1000, 250]);
  });

  it('is empty without a build', () => {
    expect(toTimeline(undefined)).toEqual({ lanes: [], totalMs: 0, savedByCacheMs: 0, cachedCount: 0, stepCount: 0 });
  });
});

describe('stepStatesAt', () => {
  it.each([
    [0, { '0-0': 'cached', '0-1': 'running', '1-0': 'running' }],
    [500, { '0-0': 'cached', '0-1': 'done', '1-0': 'running' }],
    [950, { '0-0': 'cached', '0-1': 'done', '1-0': 'done', '3-0': 'running' }],
    [1000, { '0-0': 'cached', '0-1': 'done', '1-0': 'done', '3-0': 'failed' }],
  ])('at %ims', (at, expected) => {
    expect(Object.fromEntries(stepStatesAt(result.events, at))).toEqual(expected);
  });

  it('steps to the next event, then to the end', () => {
    expect(nextEventMs(result.events, -1, 1000)).toBe(0);
    expect(nextEventMs(result.events, 0, 1000)).toBe(400);
    expect(nextEventMs(result.events, 1000, 1000)).toBe(1000);
  });
});

describe('formatMs', () => {
  it.each([[350, '350ms'], [1234, '1.2s'], [125_000, '2m 05s']])('%i -> %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe('toStageBuildSummaries', () => {
  it('reads built / cached / skipped / failed and the cache ratio from the result', () => {
    const all = toStageBuildSummaries({ ...result, stages: [...result.stages, { index: 4, name: 'c', built: true, steps: [step(4, { cached: true })] }] });
    expect([0, 1, 2, 3, 4].map((i) => all.get(i)?.status)).toEqual(['built', 'built', 'skipped', 'failed', 'cached']);
    expect(all.get(0)?.cacheText).toBe('1/2 steps');
    expect(all.get(2)?.cacheText).toBe('');
    expect(all.get(0)?.sizeText).toBe('');
  });
});

describe('logLinesAt', () => {
  const lines = ['#0 banner', '#1 [a 1/1] RUN x', '#1 DONE 0.4s', '#2 [b 1/1] RUN y', '#2 DONE 0.9s'];
  const times = [0, 0, 400, 0, 900];
  it('shows what was printed by then, in the log\'s order', () => {
    expect(logLinesAt(lines, times, 0)).toEqual(['#0 banner', '#1 [a 1/1] RUN x', '#2 [b 1/1] RUN y']);
    expect(logLinesAt(lines, times, 500)).toEqual(['#0 banner', '#1 [a 1/1] RUN x', '#1 DONE 0.4s', '#2 [b 1/1] RUN y']);
    expect(logLinesAt(lines, times, null)).toEqual(lines);
  });
});
