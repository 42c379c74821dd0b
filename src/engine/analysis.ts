/**
 * The contract between the engine and everything that shows its results (UI, CLI, tests).
 * `analyze()` (analyze.ts) turns an {@link AnalyzeInput} into one immutable {@link Analysis}.
 */
import type { Diagnostic } from './diagnostics';
import type { StageGraph } from './graph/types';
import type { InstructionsResult } from './instructions';
import type { ParseResult } from './parse/ast';

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
}
