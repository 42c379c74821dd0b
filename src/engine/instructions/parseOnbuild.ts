/**
 * ONBUILD (BuildKit: instructions/parse.go `parseOnBuild`). BuildKit keeps only the trigger text;
 * it reads the trigger as an instruction when a later build starts FROM this image. We also read
 * it now (for the editor and the stage graph) but, like BuildKit, do not fail on it here.
 */
import type { InstructionNode } from '../parse/ast';
import { goTrimSpace, goUpper } from './goText';
import { atLeastOne, checkFlags, failure, success, type Parsed, type ParseRequest } from './parseRequest';
import type { Command, Instruction, OnbuildInstruction } from './types';

/** Reads a trigger node; passed in to keep this module free of the dispatcher. */
export type TriggerParser = (node: InstructionNode) => Parsed<Instruction>;

/** Go's `(?i)^\s*ONBUILD\s*` (RE2 `\s` has no vertical tab). */
const ONBUILD_PREFIX = /^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i;

export function parseOnbuild(req: ParseRequest, parseTrigger: TriggerParser): Parsed<OnbuildInstruction> {
  if (req.args.length === 0) return atLeastOne('ONBUILD');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const triggerWord = goUpper(goTrimSpace(req.args[0]!));
  if (triggerWord === 'ONBUILD') {
    return failure('SC2008', "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  }
  if (triggerWord === 'MAINTAINER' || triggerWord === 'FROM') {
    return failure('SC2008', `${triggerWord} isn't allowed as an ONBUILD trigger`);
  }
  let expression = req.base.original.replace(ONBUILD_PREFIX, '');
  for (const h of req.heredocs) expression += '\n' + h.content + h.name;

  let trigger: Command | null = null;
  let triggerError: string | null = null;
  const nested = req.node.args.find((a) => a.kind === 'nested');
  if (nested?.kind === 'nested') {
    // The parser hangs heredoc bodies on the ONBUILD node, not on its trigger.
    const node = nested.node.heredocs.length > 0 ? nested.node : { ...nested.node, heredocs: req.heredocs };
    const parsed = parseTrigger(node);
    if (!parsed.ok) triggerError = parsed.error.message;
    else if (parsed.value.kind !== 'from') trigger = parsed.value;
  }
  return success({ kind: 'onbuild', ...req.base, expression, trigger, triggerError });
}
