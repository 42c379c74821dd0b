/**
 * The engine's public surface: the only import point for code outside src/engine.
 *
 * @example
 * const analysis = analyze({ dockerfile: 'FROM alpine AS a\nFROM scratch\nCOPY --from=a /etc/os-release /\n' });
 * analysis.graph?.edges; // [{ kind: 'copy', from: 0, to: 1, line: 3, reference: 'a' }, ...]
 */
export { analyze } from './analyze';
export type { Analysis, AnalyzeInput, BuilderMode } from './analysis';
export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Range, type Severity } from './diagnostics';
/** Parser: {@link parseDockerfile} reads text as BuildKit does; {@link dump} prints BuildKit's Node.Dump(). */
export { dump, dumpInstruction, parseDockerfile, type InstructionNode, type ParseResult } from './parse';
/** Typed instructions grouped into stages, with BuildKit's validation. */
export { parseInstructions, type Instruction, type InstructionsResult, type Stage } from './instructions';
/** BuildKit's variable expansion. */
export { processWord, processWords, type Env } from './shell';
/** The stage graph. */
export { buildStageGraph, parseImageReference, type EdgeKind, type GraphEdge, type GraphStage, type StageBase, type StageGraph } from './graph';
