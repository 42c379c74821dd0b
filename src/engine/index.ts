/**
 * The engine's public surface: the only import point for code outside src/engine.
 *
 * @example
 * const analysis = analyze({ dockerfile: 'FROM alpine AS a\nFROM scratch\nCOPY --from=a /etc/os-release /\n' });
 * analysis.graph?.edges; // [{ kind: 'copy', from: 0, to: 1, line: 3, reference: 'a' }, ...]
 */
export { analyze } from './analyze';
/** The graph without a simulated build: light enough for a first paint on the main thread. */
export { analyzeDockerfile } from './analyzeDockerfile';
export type { Analysis, AnalysisBuild, AnalyzeInput, BuilderMode, BuildOptions } from './analysis';
export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Range, type Severity } from './diagnostics';
/** Parser: {@link parseDockerfile} reads text as BuildKit does; {@link dump} prints BuildKit's Node.Dump(). */
export { dump, dumpInstruction, parseDockerfile, type InstructionNode, type ParseResult } from './parse';
/** Typed instructions grouped into stages, with BuildKit's validation. */
export { parseInstructions, type Instruction, type InstructionsResult, type Stage } from './instructions';
/** BuildKit's variable expansion. */
export { processWord, processWords, type Env } from './shell';
/** The stage graph. */
export { buildStageGraph, parseImageReference, type EdgeKind, type GraphEdge, type GraphStage, type StageBase, type StageGraph } from './graph';
/**
 * The simulated `docker build`: {@link buildImage} runs the plan against the virtual filesystem
 * and the cache, and returns the build (steps, events, plain log), the cache for the next build
 * and the report (history, sizes, efficiency, breakdown, fat/slim comparison).
 */
export { buildImage, type BuildInput, type BuildOutput } from './build';
export { planBuild, type BuildPlan, type PlanOptions, type PlannedStage } from './plan';
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
} from './simulate';
/** The cache store that outlives a build (plain JSON: the CLI's `--cache FILE`). */
export { emptyCache, parseCacheStore, type CacheRecord, type CacheStore } from './cache';
export { buildReport, fileDetails, humanSize, pathHistory, treeAtLayer, type BreakdownRow, type BuildReport, type FileDetails, type HistoryRow, type ImageReport, type PathChange, type StageComparison } from './report';
