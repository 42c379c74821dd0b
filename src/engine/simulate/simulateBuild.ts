/**
 * The build driver: dispatch the planned stages in file order (every dependency is earlier in the
 * file), each from its FROM through its commands, against the cache store; stop at the first
 * failure as `docker build` does. Never throws: an unexpected internal error becomes an SC5007
 * diagnostic at the line being simulated.
 */
import { serializeMount, withRecords, type CacheStore } from '../cache';
import { diagnostic, lineRange, type Diagnostic } from '../diagnostics';
import { dispatchCommand, type DispatchResult } from './dispatchCommand';
import { exportTime } from './durations';
import { buildEvents } from './events';
import { startStage } from './from';
import { progressLog, type ProgressLog } from './progressLog';

function logFields(log: ProgressLog): { log: string[]; logAtMs: number[] } {
  return { log: log.lines, logAtMs: log.atMs };
}
import { createSession, type BuildSession, type SimulateInput } from './session';
import type { StageState } from './stageState';
import type { BuildResult, StageImage, StageResult } from './types';

export interface SimulationOutput {
  build: BuildResult;
  /** The cache store after this build (the input store plus what this build ran). */
  cache: CacheStore;
}

function stageImage(state: StageState): StageImage {
  let size = 0;
  let compressedSize = 0;
  for (const layer of state.layers) {
    if (!layer.hasLayer) continue;
    size += layer.size;
    compressedSize += layer.compressedSize;
  }
  return {
    layers: state.layers, config: state.config, tree: state.tree, size, compressedSize,
    fsLayers: state.fsLayers, baseImage: state.baseImage, baseImageId: state.baseImageId, osFamily: state.osFamily,
  };
}

function internalError(error: unknown, line: number): DispatchResult {
  const message = `internal simulator error: ${error instanceof Error ? error.message : String(error)}`;
  return { ok: false, phase: 'solve', error: diagnostic('SC5007', message, lineRange(line)) };
}

function runStage(session: BuildSession, index: number): { state: StageState | null; failure: DispatchResult & { ok: false } | null } {
  const stage = session.input.plan.stages[index]!;
  if (stage.triggerError !== undefined) {
    return { state: null, failure: { ok: false, phase: 'dispatch', error: diagnostic('SC5004', stage.triggerError, lineRange(stage.line)) } };
  }
  let start;
  try {
    start = startStage(session, stage);
  } catch (error) {
    return { state: null, failure: internalError(error, stage.line) as DispatchResult & { ok: false } };
  }
  if (!start.ok) return { state: start.state, failure: { ok: false, phase: 'solve', error: start.failure.error } };
  const state = start.state;
  for (const planned of stage.commands) {
    state.isOnBuild = planned.isOnBuild;
    session.stepSeq++;
    let r: DispatchResult;
    try {
      r = dispatchCommand(session, state, planned);
    } catch (error) {
      r = internalError(error, planned.line);
    }
    if (!r.ok) return { state, failure: r };
  }
  state.isOnBuild = false;
  return { state, failure: null };
}

export function simulateBuild(input: SimulateInput): SimulationOutput {
  const session = createSession(input);
  const { plan } = input;
  const stages: StageResult[] = plan.stages.map((s) => ({ index: s.index, name: s.displayName, built: false, steps: [] }));
  let failure: (DispatchResult & { ok: false }) | null = null;
  for (const index of plan.order) {
    const run = runStage(session, index);
    const result = stages[index]!;
    result.built = true;
    if (run.state !== null) {
      result.steps = run.state.steps;
      session.stageEnd.set(index, run.state.chainMs);
      if (run.failure === null) {
        result.image = stageImage(run.state);
        session.finalStates.set(index, run.state);
      }
    }
    if (run.failure !== null) {
      result.failed = true;
      failure = run.failure;
      break;
    }
  }
  const target = plan.targetIndex >= 0 ? stages[plan.targetIndex] : undefined;
  const lastEnd = Math.max(session.startMs, ...session.steps.map((s) => s.endMs), ...[...session.imageVertices.values()].map((v) => v.endMs));
  let exported: { startMs: number; endMs: number; source: string } | null = null;
  if (failure === null && target?.image !== undefined) {
    const newBytes = target.steps.filter((s) => !s.cached && s.kind !== 'from').reduce((n, s) => n + s.layerSize, 0);
    const timed = exportTime(newBytes);
    exported = { startMs: lastEnd, endMs: lastEnd + timed.ms, source: timed.source };
  }
  const totalMs = exported?.endMs ?? lastEnd;
  const savedByCacheMs = session.steps.filter((s) => s.cached).reduce((n, s) => n + s.modelledMs, 0);
  const diagnostics: Diagnostic[] = [...session.diagnostics];
  if (failure !== null) diagnostics.push(failure.error);
  const build: BuildResult = {
    ok: failure === null,
    targetIndex: plan.targetIndex,
    stages,
    events: buildEvents(session, stages, exported),
    ...logFields(progressLog(session, failure?.error.message, exported)),
    totalMs,
    savedByCacheMs,
    diagnostics,
  };
  if (failure !== null) build.error = failure.error;
  // A conversion (dispatch) error stops BuildKit before anything runs: the cache stays as it was.
  if (failure?.phase === 'dispatch') return { build, cache: input.store };
  let cache = withRecords(input.store, session.records);
  if (session.cacheMounts.size > 0) {
    const mounts = { ...(cache.cacheMounts ?? {}) };
    for (const [id, tree] of session.cacheMounts) mounts[id] = serializeMount(tree);
    cache = { ...cache, cacheMounts: mounts };
  }
  return { build, cache };
}
