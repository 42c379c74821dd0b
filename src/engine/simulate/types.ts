/**
 * The simulated build's results: what every stage's image holds, how each step went (cached or
 * not, and why), and the events and log a person watches. Everything here is plain data, so it
 * can cross a Worker boundary and be compared between two builds.
 */
import type { Diagnostic } from '../diagnostics';
import type { FileTree, Layer } from '../fs';

/** OCI image config as `docker inspect` shows it (the fields a Dockerfile can set). */
export interface ImageConfig {
  Env: string[];
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  User: string;
  ExposedPorts: string[];
  Volumes: string[];
  Labels: Record<string, string>;
  Shell: string[] | null;
  StopSignal: string;
  Healthcheck: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; StartInterval?: number; Retries?: number } | null;
  OnBuild: string[];
}

/** Where a number comes from, so every figure on screen can be explained. */
export interface SizeSource {
  /** e.g. `catalog: golang:1.21 (shared/data/sizes)`, `apt: Installed-Size of curl + 12 deps`. */
  source: string;
  /** True when the figure is a model's estimate rather than a measured/registry figure. */
  estimated: boolean;
}

/** One layer of an image, as `docker history` lists it (newest last here). */
export interface ImageLayer {
  /** `RUN /bin/sh -c apt-get update # buildkit`, or the base image's own history line. */
  createdBy: string;
  /** Bytes the layer adds or changes. */
  size: number;
  /** Estimated compressed (pull) size. */
  compressedSize: number;
  /** False for config-only history entries (ENV, LABEL ...): they have no layer. */
  hasLayer: boolean;
  /** The stage and Dockerfile line that made it; absent for base-image layers. */
  stageIndex?: number;
  line?: number;
  /** The filesystem change; absent for base-image layers we model as one skeleton layer. */
  diff?: Layer;
  sizeSource: SizeSource;
}

/** The reason a step could not use the cache, in words a person can act on. */
export interface MissReason {
  kind: 'first-build' | 'no-cache' | 'instruction-changed' | 'parent-changed' | 'source-changed' | 'arg-changed' | 'env-changed' | 'base-changed' | 'mount-changed';
  /** e.g. `src/main.go changed`, `ARG VERSION changed from dev to 1.2`, `the previous step re-ran`. */
  message: string;
}

/** The kinds of instruction that make a build step (an LLB vertex). */
export type StepKind = 'from' | 'run' | 'copy' | 'add' | 'workdir';

/** One build step (FROM image, RUN, COPY, ADD, WORKDIR) in a built stage. */
export interface StepResult {
  kind: StepKind;
  /** The stage this step belongs to. */
  stageIndex: number;
  /** True for a trigger inherited from the base stage's ONBUILD. */
  isOnBuild: boolean;
  /** 1-based Dockerfile lines. */
  line: number;
  endLine: number;
  /** The instruction as written, continuation lines joined. */
  instruction: string;
  /** BuildKit's progress name: `[build 3/5] RUN go build -o /out/app .` */
  label: string;
  cached: boolean;
  missReason?: MissReason;
  /** Cache key digest (128-bit hex, see cache/fastHash.ts). */
  cacheKey: string;
  /** Bytes of the layer this step made (0 when none). */
  layerSize: number;
  /** Simulated duration in ms (0 when cached), with the model that produced it. */
  durationMs: number;
  durationSource: string;
  /** What the step takes when it runs (also known for a cached step: what the cache saved). */
  modelledMs: number;
  /** Simulated start time in ms from build start (stages run in parallel in BuildKit mode). */
  startMs: number;
  endMs: number;
  /** Commands of a RUN the simulator did not model; each is also a warning diagnostic. */
  notSimulated: string[];
  /** Output lines the simulated step prints (labelled simulated in the log). */
  output: string[];
  error?: string;
}

/** One stage's image: its layers, config and filesystem. */
export interface StageImage {
  layers: ImageLayer[];
  config: ImageConfig;
  /** The final filesystem (a snapshot; cheap to keep). */
  tree: FileTree;
  /** Sum of layer sizes (bytes on disk). */
  size: number;
  /** Estimated compressed size. */
  compressedSize: number;
  /**
   * The filesystem layers as simulated: the base image's skeleton as one layer (absent for
   * scratch), then one per step that made a layer. What dive's efficiency is computed on.
   */
  fsLayers: Layer[];
  /** The image at the root of the FROM chain (`docker.io/library/golang:1.21`), '' for scratch. */
  baseImage: string;
  /** Catalog id of that image (`golang:1.21`; the asked-for tag when estimated), '' for scratch. */
  baseImageId: string;
  /** OS family of the base image (`alpine`, `debian`, ...; `scratch`). */
  osFamily: string;
}

export interface StageResult {
  index: number;
  /** Display name (`builder`, `stage-2`). */
  name: string;
  /** True when this build ran (or cached) the stage; false when the target does not need it. */
  built: boolean;
  steps: StepResult[];
  image?: StageImage;
  /** True when the stage started but the build failed before it finished (or in it). */
  failed?: boolean;
}

/** Events that drive the UI's timeline and animation, in simulated-time order. */
export type BuildEvent =
  | { kind: 'stage-started'; stage: number; atMs: number }
  | { kind: 'step-started'; stage: number; step: number; atMs: number }
  | { kind: 'step-cached'; stage: number; step: number; atMs: number }
  | { kind: 'step-done'; stage: number; step: number; atMs: number; durationMs: number }
  | { kind: 'step-failed'; stage: number; step: number; atMs: number; error: string }
  | { kind: 'layer-committed'; stage: number; step: number; atMs: number; size: number }
  | { kind: 'image-exported'; stage: number; atMs: number; size: number };

/** The whole simulated build. */
export interface BuildResult {
  ok: boolean;
  /** The error BuildKit would print after `failed to solve: `, when the build fails. */
  error?: Diagnostic;
  targetIndex: number;
  stages: StageResult[];
  events: BuildEvent[];
  /** BuildKit `--progress=plain` style log, first line says it is simulated. */
  log: string[];
  /** For a replay: the simulated time (ms) at which each `log` line is printed (same length). */
  logAtMs: number[];
  /** Total simulated wall time in ms and what the cache saved. */
  totalMs: number;
  savedByCacheMs: number;
  diagnostics: Diagnostic[];
}
