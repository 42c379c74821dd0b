/**
 * ENV, LABEL and ARG (BuildKit: instructions/parse.go `parseKvps`, `parseEnv`, `parseLabel`,
 * `parseArg`). The parser hands ENV/LABEL over as (key, value, delimiter) triples; ARG words are
 * split at their first `=` here, so `ARG NAME` keeps "no value" apart from `ARG NAME=`.
 */
import {
  atLeastOne,
  checkFlags,
  docComment,
  failure,
  success,
  type Parsed,
  type ParseRequest,
} from './parseRequest';
import type { ArgInstruction, ArgPair, EnvInstruction, KeyValuePair, LabelInstruction } from './types';

function keyValuePairs(args: readonly string[], command: 'ENV' | 'LABEL'): Parsed<KeyValuePair[]> {
  if (args.length === 0) return atLeastOne(command);
  if (args.length % 3 !== 0) return failure('SC2003', `Bad input to ${command}, too many arguments`);
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < args.length; i += 3) {
    const key = args[i]!;
    if (key === '') return failure('SC2007', `${command} names can not be blank`);
    pairs.push({ key, value: args[i + 1]!, noDelim: args[i + 2] === '' });
  }
  return success(pairs);
}

export function parseEnv(req: ParseRequest): Parsed<EnvInstruction> {
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const pairs = keyValuePairs(req.args, 'ENV');
  if (!pairs.ok) return pairs;
  return success({ kind: 'env', ...req.base, pairs: pairs.value });
}

export function parseLabel(req: ParseRequest): Parsed<LabelInstruction> {
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const pairs = keyValuePairs(req.args, 'LABEL');
  if (!pairs.ok) return pairs;
  return success({ kind: 'label', ...req.base, pairs: pairs.value });
}

/** ARG never validates its flags: BuildKit ignores them. */
export function parseArg(req: ParseRequest): Parsed<ArgInstruction> {
  if (req.args.length < 1) return atLeastOne('ARG');
  const args: ArgPair[] = [];
  for (const word of req.args) {
    const eq = word.indexOf('=');
    const key = eq === -1 ? word : word.slice(0, eq);
    if (eq !== -1 && key === '') return failure('SC2007', 'ARG names can not be blank');
    const value = eq === -1 ? null : word.slice(eq + 1);
    args.push({ key, value, docComment: docComment(req.node.prevComment, key) });
  }
  return success({ kind: 'arg', ...req.base, args });
}
