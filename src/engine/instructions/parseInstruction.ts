/**
 * One AST node to one typed instruction (BuildKit: instructions/parse.go
 * `ParseInstructionWithLinter`), with the build-check findings raised on the way.
 */
import type { InstructionNode } from '../parse/ast';
import { withSuggestion } from '../suggest';
import { goLower } from './goText';
import { definitionDescription, lintFinding, MAINTAINER_DEPRECATED, type LintFinding } from './lintRules';
import { parseCmd, parseEntrypoint, parseShell } from './parseCommandLine';
import { parseAdd, parseCopy } from './parseCopyAdd';
import { fromLints, parseFrom } from './parseFrom';
import { parseHealthcheck } from './parseHealthcheck';
import { parseArg, parseEnv, parseLabel } from './parseKeyValues';
import { parseOnbuild } from './parseOnbuild';
import { failure, requestFromNode, type Parsed, type ParseRequest } from './parseRequest';
import { parseRun } from './parseRun';
import {
  parseExpose,
  parseMaintainer,
  parseStopSignal,
  parseUser,
  parseVolume,
  parseWorkdir,
} from './parseSimple';
import type { Instruction, InstructionKind } from './types';

/** The 18 keywords, uppercase (BuildKit's command.Commands). */
export const INSTRUCTION_KEYWORDS: readonly string[] = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

export interface InstructionParse {
  result: Parsed<Instruction>;
  /** Build-check findings for this instruction (raised even when it then fails to parse). */
  lints: LintFinding[];
}

type Parser = (req: ParseRequest) => Parsed<Instruction>;

const PARSERS: Record<Exclude<InstructionKind, 'onbuild'>, Parser> = {
  add: parseAdd,
  arg: parseArg,
  cmd: parseCmd,
  copy: parseCopy,
  entrypoint: parseEntrypoint,
  env: parseEnv,
  expose: parseExpose,
  from: parseFrom,
  healthcheck: parseHealthcheck,
  label: parseLabel,
  maintainer: parseMaintainer,
  run: parseRun,
  shell: parseShell,
  stopsignal: parseStopSignal,
  user: parseUser,
  volume: parseVolume,
  workdir: parseWorkdir,
};

/** Read one instruction without its build checks (used for ONBUILD triggers). */
function parseNode(node: InstructionNode): Parsed<Instruction> {
  return parseInstruction(node).result;
}

/** Read one AST node. Never throws. */
export function parseInstruction(node: InstructionNode): InstructionParse {
  const req = requestFromNode(node);
  const kind = goLower(node.keyword);
  const lints: LintFinding[] = [];
  if (kind === 'onbuild') return { result: parseOnbuild(req, parseNode), lints };
  if (!Object.hasOwn(PARSERS, kind)) {
    const message = withSuggestion(`unknown instruction: ${node.keyword}`, node.keyword, INSTRUCTION_KEYWORDS, false);
    return { result: failure('SC2001', message), lints };
  }
  if (kind === 'maintainer') {
    lints.push(lintFinding(MAINTAINER_DEPRECATED, 'Maintainer instruction is deprecated in favor of using label', req.base));
  }
  if (kind === 'from') lints.push(...fromLints(req));
  const result = PARSERS[kind as keyof typeof PARSERS](req);
  if (result.ok && result.value.kind === 'from' && result.value.stageName !== '') {
    const finding = definitionDescription('FROM', [result.value.stageName], req.base);
    if (finding) lints.push(finding);
  }
  if (result.ok && result.value.kind === 'arg') {
    const finding = definitionDescription('ARG', result.value.args.map((a) => a.key), req.base);
    if (finding) lints.push(finding);
  }
  return { result, lints };
}
