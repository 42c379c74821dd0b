/**
 * Runs one build step (an LLB vertex: FROM image, RUN, COPY, ADD, WORKDIR) against the cache:
 * label it, key it, decide cached or not (and why not), apply its effect, commit the layer and
 * the history entry, and place it on the simulated clock.
 *
 * Caching follows BuildKit's model (SEMANTICS.md §6): a step's key digests its operation, its
 * parent's key and the content checksums of what it reads. A cached step is still computed here
 * (the simulation is deterministic, so recomputing gives what the cache holds) but takes 0 ms.
 */
import { cacheKey, explainMiss, previousForSlot, type CacheRecord, type SourceFile, type StepInputs } from '../cache';
import { diagnostic, lineRange, type Diagnostic, type DiagnosticCode } from '../diagnostics';
import { diffTrees, type FileTree, type Layer } from '../fs';
import { stepLabel } from '../plan';
import { COMPRESSION_SOURCE, estimateCompressed } from './compression';
import type { Timed } from './durations';
import type { BuildSession } from './session';
import type { StageState } from './stageState';
import type { ImageLayer, MissReason, StepKind, StepResult } from './types';

export type StepEffect =
  | {
      ok: true;
      tree: FileTree;
      timed: Timed;
      /** History `created_by` of the step's entry. */
      createdBy: string;
      output?: string[];
      notSimulated?: string[];
      diagnostics?: Diagnostic[];
      /** Entries replacing the default one (FROM: the base image's own layers). */
      history?: ImageLayer[];
      /** The filesystem layer, when not `diffTrees(before, after)` (FROM: the skeleton). */
      fsLayer?: Layer;
      /** The step's reported layer size, when not the layer's (FROM: the image size). */
      layerSize?: number;
      /** Extra data kept with the cache record (RUN: the proxy env it ran with). */
      proxyEnv?: string[];
    }
  | { ok: false; code: DiagnosticCode; error: string; output?: string[]; timed?: Timed };

export interface StepRequest {
  kind: StepKind;
  line: number;
  endLine: number;
  /** The instruction as written (continuations joined). */
  instruction: string;
  /** The vertex text: keyword uppercased, variables substituted for display. */
  text: string;
  /** The cache-key inputs, or the error BuildKit hits while computing the key. */
  inputs: StepInputs | { error: string; code: DiagnosticCode };
  /** RUN/COPY/ADD of a `--no-cache` stage. */
  ignoreCache: boolean;
  /** Times (ms) of inputs from outside the chain: source stages, the context. */
  waitMs: number[];
  /** COPY/ADD: the files the sources selected, kept so a later miss can name what changed. */
  sourceFiles?: SourceFile[];
  apply(cached: CacheRecord | undefined): StepEffect;
}

export type StepOutcome = { ok: true; step: StepResult } | { ok: false; step: StepResult; error: Diagnostic };

function missReasonFor(session: BuildSession, state: StageState, req: StepRequest, inputs: StepInputs, slot: string, known: boolean): MissReason {
  if (req.ignoreCache && known) {
    const why = session.input.plan.stages.every((s) => s.noCache) ? '--no-cache' : `--no-cache-filter names stage "${state.stage.name}"`;
    return { kind: 'no-cache', message: `${why}: the step runs again` };
  }
  return explainMiss(inputs, req.instruction, previousForSlot(session.input.store, slot), state.argNames, req.sourceFiles);
}

export function executeStep(session: BuildSession, state: StageState, req: StepRequest): StepOutcome {
  state.cmdIndex++;
  const label = stepLabel(state.stage.labelName, state.cmdIndex, state.stage.stepTotal, req.text, state.isOnBuild);
  const legacy = session.input.plan.mode === 'legacy';
  const startMs = Math.max(legacy ? session.clockMs : state.chainMs, ...req.waitMs);
  const base: StepResult = {
    kind: req.kind, stageIndex: state.stage.index, isOnBuild: state.isOnBuild, line: req.line, endLine: req.endLine,
    instruction: req.instruction, label, cached: false, cacheKey: '', layerSize: 0, durationMs: 0, durationSource: '',
    modelledMs: 0, startMs, endMs: startMs, notSimulated: [], output: [],
  };
  const fail = (code: DiagnosticCode, error: string, ms: number, output: string[] = []): StepOutcome => {
    const step: StepResult = { ...base, error, output, durationMs: ms, modelledMs: ms, endMs: startMs + ms };
    session.clockMs = step.endMs;
    state.chainMs = step.endMs;
    state.steps.push(step);
    session.steps.push(step);
    return { ok: false, step, error: diagnostic(code, error, lineRange(req.line, req.endLine)) };
  };
  if ('error' in req.inputs) return fail(req.inputs.code, req.inputs.error, 0);
  const inputs = req.inputs;
  const key = cacheKey(inputs);
  const slot = `${state.stage.displayName}#${state.cmdIndex}`;
  const record = session.input.store.records[key];
  const sharedEnd = session.executed.get(key);
  const shared = sharedEnd !== undefined;
  const cached = shared || (record !== undefined && !req.ignoreCache);
  const effect = req.apply(cached ? record : undefined);
  if (!effect.ok) return fail(effect.code, effect.error, effect.timed?.ms ?? 0, effect.output);

  const layer = effect.fsLayer ?? diffTrees(state.tree, effect.tree);
  const layerSize = effect.layerSize ?? layer.size;
  const durationMs = cached ? 0 : effect.timed.ms;
  // A vertex shared with an earlier stage is ready when that one finishes.
  const readyMs = Math.max(startMs, sharedEnd ?? 0);
  const step: StepResult = {
    ...base,
    cached,
    cacheKey: key,
    layerSize,
    durationMs,
    durationSource: cached ? 'cached: 0 ms' : effect.timed.source,
    modelledMs: effect.timed.ms,
    startMs: readyMs,
    endMs: readyMs + durationMs,
    notSimulated: effect.notSimulated ?? [],
    output: cached ? [] : effect.output ?? [],
  };
  if (!cached) step.missReason = missReasonFor(session, state, req, inputs, slot, record !== undefined);
  if (effect.diagnostics) session.diagnostics.push(...effect.diagnostics);

  const entry: ImageLayer = {
    createdBy: effect.createdBy, size: layer.size, compressedSize: estimateCompressed(layer.size), hasLayer: true,
    stageIndex: state.stage.index, line: req.line, diff: layer, sizeSource: { source: COMPRESSION_SOURCE, estimated: true },
  };
  state.layers.push(...(effect.history ?? [entry]));
  state.fsLayers.push(layer);
  state.tree = effect.tree;
  state.parentKey = key;
  state.chainMs = step.endMs;
  session.clockMs = step.endMs;
  session.executed.set(key, step.endMs);
  const saved: CacheRecord = { key, slot, instruction: req.instruction, inputs };
  if (effect.proxyEnv !== undefined && effect.proxyEnv.length > 0) saved.proxyEnv = effect.proxyEnv;
  if (req.sourceFiles !== undefined) saved.sourceFiles = req.sourceFiles;
  session.records.push(saved);
  state.steps.push(step);
  session.steps.push(step);
  return { ok: true, step };
}
