/**
 * The build timeline as the timeline panel draws it: one lane per built stage, one bar per step
 * on the simulated-time axis the engine computed (stages BuildKit runs in parallel overlap), and
 * each step's state at a playback time, driven by the engine's events.
 */
import type { BuildEvent, BuildResult, StepKind } from '../engine';

export interface TimelineStep {
  /** `step-<stage>-<i>`: the test id and React key. */
  id: string;
  stageIndex: number;
  index: number;
  kind: StepKind;
  label: string;
  line: number;
  cached: boolean;
  failed: boolean;
  /** The engine's miss reason, for the tooltip; absent for cached steps. */
  missReason?: string;
  startMs: number;
  endMs: number;
  durationMs: number;
}

export interface TimelineLane {
  stageIndex: number;
  name: string;
  steps: TimelineStep[];
}

export interface Timeline {
  lanes: TimelineLane[];
  /** Simulated wall time of the whole build (the axis length). */
  totalMs: number;
  savedByCacheMs: number;
  cachedCount: number;
  stepCount: number;
}

export function toTimeline(result: BuildResult | undefined): Timeline {
  if (!result) return { lanes: [], totalMs: 0, savedByCacheMs: 0, cachedCount: 0, stepCount: 0 };
  const lanes: TimelineLane[] = result.stages
    .filter((s) => s.built && s.steps.length > 0)
    .map((stage) => ({
      stageIndex: stage.index,
      name: stage.name,
      steps: stage.steps.map((step, i) => ({
        id: `step-${stage.index}-${i}`,
        stageIndex: stage.index,
        index: i,
        kind: step.kind,
        label: step.label,
        line: step.line,
        cached: step.cached,
        failed: step.error !== undefined,
        ...(step.missReason ? { missReason: step.missReason.message } : {}),
        startMs: step.startMs,
        endMs: step.endMs,
        durationMs: step.durationMs,
      })),
    }));
  const steps = lanes.flatMap((l) => l.steps);
  return {
    lanes,
    totalMs: result.totalMs,
    savedByCacheMs: result.savedByCacheMs,
    cachedCount: steps.filter((s) => s.cached).length,
    stepCount: steps.length,
  };
}

export type StepPlayState = 'pending' | 'running' | 'done' | 'cached' | 'failed';

/** Each step's state once every event up to `atMs` has happened (key: `<stage>-<step>`). */
export function stepStatesAt(events: readonly BuildEvent[], atMs: number): Map<string, StepPlayState> {
  const states = new Map<string, StepPlayState>();
  for (const e of events) {
    if (e.atMs > atMs) break;
    if (!('step' in e)) continue;
    const key = `${e.stage}-${e.step}`;
    if (e.kind === 'step-started') states.set(key, 'running');
    else if (e.kind === 'step-cached') states.set(key, 'cached');
    else if (e.kind === 'step-done') states.set(key, 'done');
    else if (e.kind === 'step-failed') states.set(key, 'failed');
  }
  return states;
}

/** The next event time after `atMs` (for the "step" control), or the end. */
export function nextEventMs(events: readonly BuildEvent[], atMs: number, totalMs: number): number {
  return events.find((e) => e.atMs > atMs)?.atMs ?? totalMs;
}

/** `1.2s`, `350ms`, `2m 05s`: the simulated durations on the axis and in titles. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/**
 * The log as printed by simulated time `atMs` (null: the whole log). Lines keep the engine's
 * order; a block whose step is still running shows its header and output so far, not its DONE.
 */
export function logLinesAt(lines: readonly string[], times: readonly number[], atMs: number | null): string[] {
  if (atMs === null) return [...lines];
  return lines.filter((_, i) => (times[i] ?? 0) <= atMs);
}
