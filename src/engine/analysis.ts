/**
 * The contract between the engine and everything that shows its results (UI, CLI, tests).
 * `analyze()` (analyze.ts) turns an {@link AnalyzeInput} into one immutable {@link Analysis}.
 */
import type { CacheStore } from './cache';
import type { BuildContext } from './context';
import type { Diagnostic } from './diagnostics';
import type { StageGraph } from './graph/types';
import type { InstructionsResult } from './instructions';
import type { ParseResult } from './parse/ast';
import type { BuildPlan } from './plan';
import type { BuildReport } from './report';
import type { BuildResult } from './simulate';

/** Which builder's stage selection to model. */
export type BuilderMode = 'buildkit' | 'legacy';

/** Everything the engine needs; pure data so it can cross a Worker boundary and a share link. */
export interface AnalyzeInput {
  /** The Dockerfile text. */
  dockerfile: string;
  /** `--target`; empty or absent means the last stage. */
  target?: string;
  /** `--build-arg KEY=VALUE` pairs. */
  buildArgs?: Record<string, string>;
  /** Which builder decides what gets built (default `buildkit`). */
  mode?: BuilderMode;
  /** Also simulate the build (with this context and these cache options); absent: no build. */
  build?: BuildOptions;
}

/** What a simulated build needs beyond the Dockerfile, target, build args and mode. */
export interface BuildOptions {
  /** The build context as the user has it (its .dockerignore is applied by the build). */
  context?: BuildContext;
  /** `--no-cache`. */
  noCache?: boolean;
  /** `--no-cache-filter` stage names (case-insensitive). */
  noCacheFilter?: string[];
  /** The cache store a previous build returned (empty when absent). */
  cache?: CacheStore;
}

/** The simulated build of an analysis. */
export interface AnalysisBuild {
  /** Which stages run, in which waves, with which step totals. */
  plan: BuildPlan;
  /** Stages, steps (cached or not, and why), events and the plain log. */
  result: BuildResult;
  /** The cache store to pass to the next build. */
  cache: CacheStore;
  /** History, sizes, efficiency, breakdown and comparison; null when no image was produced. */
  report: BuildReport | null;
}

/** The engine's answer for one input. */
export interface Analysis {
  /** The parser's result (instructions with line ranges, directives). */
  parse: ParseResult;
  /** Typed instructions grouped into stages (meta ARGs apart). */
  instructions: InstructionsResult;
  /** The stage graph, or null when the file could not be read far enough to build one. */
  graph: StageGraph | null;
  /** Every diagnostic from every stage, in the order BuildKit meets them (the first error is the one it reports). */
  diagnostics: Diagnostic[];
  /** True when there is no error-severity diagnostic. */
  ok: boolean;
  /** The simulated build, when the input asked for one (`AnalyzeInput.build`). */
  build?: AnalysisBuild;
}
