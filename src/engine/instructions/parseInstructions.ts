/**
 * The parser's AST to build stages (BuildKit: instructions/parse.go `Parse`): ARGs before the
 * first FROM are meta args, each FROM opens a stage, everything else joins the current stage.
 *
 * BuildKit stops at the first error. We keep going so the editor still sees later stages: a FROM
 * that fails still opens a stage, other failing instructions are left out, and `ok` is false.
 */
import { diagnostic, lineRange, parseErrorMessage, type Diagnostic } from '../diagnostics';
import type { InstructionNode, ParseResult } from '../parse/ast';
import { goLower } from './goText';
import type { LintFinding } from './lintRules';
import { fallbackFrom } from './parseFrom';
import { parseInstruction } from './parseInstruction';
import { requestFromNode } from './parseRequest';
import type { ArgInstruction, FromInstruction, Stage } from './types';

export interface InstructionsResult {
  /** True when BuildKit's parser and `instructions.Parse` would both accept the file. */
  ok: boolean;
  /** ARG instructions before the first FROM (the global scope). */
  metaArgs: ArgInstruction[];
  stages: Stage[];
  /** Errors (BuildKit's wording) and the non-experimental build-check warnings, in file order. */
  diagnostics: Diagnostic[];
  /** The first error, as `instructions.Parse` reports it; null when there is none here. */
  error: Diagnostic | null;
  /** Every build-check finding, experimental ones included; the lint layer filters them. */
  lint: LintFinding[];
}

function newStage(index: number, from: FromInstruction): Stage {
  return { index, name: from.stageName, from, commands: [], startLine: from.startLine, endLine: from.endLine };
}

function lintDiagnostic(finding: LintFinding): Diagnostic {
  const d = diagnostic('SC2009', `${finding.rule}: ${finding.message}`, lineRange(finding.startLine, finding.endLine));
  return { ...d, rule: finding.rule };
}

/** Type every instruction of a parse and group them into stages. Never throws. */
export function parseInstructions(parse: ParseResult): InstructionsResult {
  const metaArgs: ArgInstruction[] = [];
  const stages: Stage[] = [];
  const diagnostics: Diagnostic[] = [];
  const lint: LintFinding[] = [];

  const fail = (node: InstructionNode, d: Diagnostic) => {
    diagnostics.push(d);
    extendStage(node);
  };
  const extendStage = (node: InstructionNode) => {
    const stage = stages[stages.length - 1];
    if (stage) stage.endLine = Math.max(stage.endLine, node.endLine);
  };

  for (const node of parse.instructions) {
    // The parser has already reported this node.
    if (node.error) {
      extendStage(node);
      continue;
    }
    const range = lineRange(node.startLine, node.endLine);
    const { result, lints } = parseInstruction(node);
    for (const finding of lints) {
      lint.push(finding);
      if (!finding.experimental) diagnostics.push(lintDiagnostic(finding));
    }
    if (!result.ok) {
      const d = diagnostic(result.error.code, parseErrorMessage(node.startLine, result.error.message), range);
      if (goLower(node.keyword) !== 'from') fail(node, d);
      else {
        diagnostics.push(d);
        stages.push(newStage(stages.length, fallbackFrom(requestFromNode(node))));
      }
      continue;
    }
    const instruction = result.value;
    if (stages.length === 0 && instruction.kind === 'arg') {
      metaArgs.push(instruction);
    } else if (instruction.kind === 'from') {
      stages.push(newStage(stages.length, instruction));
    } else if (stages.length === 0) {
      // BuildKit's CurrentStage error carries the location but not the "parse error" wrapper.
      fail(node, diagnostic('SC2004', 'no build stage in current context', range));
    } else {
      const stage = stages[stages.length - 1]!;
      stage.commands.push(instruction);
      extendStage(node);
    }
  }
  const error = diagnostics.find((d) => d.severity === 'error') ?? null;
  const ok = parse.ok && error === null;
  return { ok, metaArgs, stages, diagnostics, error, lint };
}
