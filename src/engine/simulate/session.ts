/**
 * What one simulated build shares across its stages: the inputs, the build context as a tree,
 * the cache (read) and the records this build adds, the simulated clock, and diagnostics.
 */
import type { Analysis } from '../analysis';
import type { CacheRecord, CacheStore } from '../cache';
import type { BuildContext } from '../context';
import type { Diagnostic } from '../diagnostics';
import { buildTree, type EntryOrigin, type FileTree, type TreeItem } from '../fs';
import type { BuildPlan } from '../plan';
import { buildGlobalScope, EMPTY_ENV, proxyEnvFromBuildArgs, type Env } from '../shell';
import { contextTime, TIME_MODEL } from './durations';
import type { ImageVertex } from './imageSource';
import type { RunContext, RunOutcome } from './run/types';
import type { StageState } from './stageState';
import type { StepResult } from './types';

/** Runs one RUN command in the simulated shell (simulate/run's `runCommand`). */
export type CommandRunner = (ctx: RunContext) => RunOutcome;

export interface SimulateInput {
  analysis: Analysis;
  plan: BuildPlan;
  /** The context after .dockerignore (what BuildKit transfers). */
  context: BuildContext;
  buildArgs: Readonly<Record<string, string>>;
  store: CacheStore;
  runCommand: CommandRunner;
  /** Bytes of the Dockerfile (the log's `transferring dockerfile`). */
  dockerfileBytes?: number;
  /** Bytes of the .dockerignore in use, when there is one (the log's `load .dockerignore`). */
  dockerignoreBytes?: number;
}

/** The `[internal] load build context` vertex, once a step reads the context. */
export interface ContextLoad {
  startMs: number;
  endMs: number;
  bytes: number;
  source: string;
}

export interface BuildSession {
  input: SimulateInput;
  escapeToken: '\\' | '`';
  /** The global scope (automatic platform args + meta ARGs) that `ARG NAME` redeclares from. */
  globalScope: Env;
  /** Proxy build-args every RUN receives without an ARG (not in cache keys or history). */
  proxyEnv: Env;
  /** Records this build adds to the cache store. */
  records: CacheRecord[];
  /** Cache keys run or loaded in this build, with when they finish: an identical vertex runs once (BuildKit dedupes). */
  executed: Map<string, number>;
  /** Cache-mount contents by id, as this build leaves them. */
  cacheMounts: Map<string, FileTree>;
  diagnostics: Diagnostic[];
  /** Steps of every stage, in the order they were simulated. */
  steps: StepResult[];
  /** Built stages' end times (ms). */
  stageEnd: Map<number, number>;
  /** Built stages' final states (what COPY --from and FROM <stage> read). */
  finalStates: Map<number, StageState>;
  /** Images pulled only as COPY/mount sources, by reference. */
  imageVertices: Map<string, ImageVertex>;
  /** When metadata resolution ends: the earliest any step starts. */
  startMs: number;
  /** Legacy builder: one step at a time, on this clock. */
  clockMs: number;
  /** A counter stamped on files as their mtime (the engine has no clock). */
  stepSeq: number;
  contextLoad: ContextLoad | null;
  contextTree(): FileTree;
}

function contextItems(context: BuildContext): TreeItem[] {
  const origin: EntryOrigin = { category: 'code', context: true };
  const items: TreeItem[] = [];
  for (const dir of context.dirs) items.push({ path: `/${dir}`, kind: 'dir', origin });
  for (const [path, file] of context.files) {
    const mode = file.mode ?? 0o644;
    if (file.content !== undefined) items.push({ path: `/${path}`, kind: 'file', content: file.content, size: file.size, mode, origin });
    else if (file.digest !== undefined) items.push({ path: `/${path}`, kind: 'file', size: file.size, digest: file.digest, mode, origin });
    else items.push({ path: `/${path}`, kind: 'file', size: file.size, seed: `context:${path}`, mode, origin });
  }
  return items;
}

const contextTrees = new WeakMap<BuildContext, FileTree>();

/** The context as a tree, memoised per context value so content checksums carry over between builds. */
function contextTreeOf(context: BuildContext): FileTree {
  let tree = contextTrees.get(context);
  if (tree === undefined) {
    tree = buildTree(contextItems(context));
    contextTrees.set(context, tree);
  }
  return tree;
}

export function createSession(input: SimulateInput): BuildSession {
  const { analysis, buildArgs } = input;
  const stages = analysis.instructions.stages;
  const target = input.plan.targetIndex >= 0 ? input.plan.stages[input.plan.targetIndex] : undefined;
  const scope = buildGlobalScope({
    metaArgs: analysis.instructions.metaArgs.flatMap((a) => a.args.map((p) => ({ key: p.key, value: p.value ?? undefined }))),
    buildArgs,
    target: target?.name ?? stages[stages.length - 1]?.name ?? '',
    escapeToken: analysis.parse.escapeToken,
  });
  const startMs = input.plan.images.length > 0 ? TIME_MODEL.metadataMs : 0;
  return {
    input,
    escapeToken: analysis.parse.escapeToken,
    globalScope: scope.ok ? scope.env : EMPTY_ENV,
    proxyEnv: proxyEnvFromBuildArgs(buildArgs),
    records: [],
    executed: new Map(),
    cacheMounts: new Map(),
    diagnostics: [],
    steps: [],
    stageEnd: new Map(),
    finalStates: new Map(),
    imageVertices: new Map(),
    startMs,
    clockMs: startMs,
    stepSeq: 0,
    contextLoad: null,
    contextTree: () => contextTreeOf(input.context),
  };
}

/** The time the context is available; the first caller starts its transfer. */
export function contextReady(session: BuildSession, atMs: number): number {
  if (session.contextLoad === null) {
    let bytes = 0;
    for (const file of session.input.context.files.values()) bytes += file.size;
    const timed = contextTime(bytes);
    session.contextLoad = { startMs: atMs, endMs: atMs + timed.ms, bytes, source: timed.source };
  }
  return session.contextLoad.endMs;
}
