/**
 * The build simulator: dispatches the planned stages instruction by instruction against a
 * virtual filesystem and the cache, and returns every stage's image, the steps (cached or not,
 * and why), the events, and a `--progress=plain` style log. simulate/run is the simulated shell.
 */
export type {
  BuildEvent,
  BuildResult,
  ImageConfig,
  ImageLayer,
  MissReason,
  SizeSource,
  StageImage,
  StageResult,
  StepKind,
  StepResult,
} from './types';
export { simulateBuild, type SimulationOutput } from './simulateBuild';
export type { CommandRunner, SimulateInput } from './session';
export { SIMULATED_BANNER, elapsed } from './progressLog';
export { TIME_MODEL } from './durations';
export { COMPRESSION_RATIO, COMPRESSION_SOURCE, estimateCompressed } from './compression';
export { resolveBaseImage, type BaseImage } from './baseImage';
