/**
 * FROM (BuildKit: instructions/parse.go `parseFrom`, `parseBuildStageName`, and the casing
 * checks `ParseInstructionWithLinter` runs before it).
 */
import { goQuote } from '../parse/goQuote';
import { goLower, goUpper, isAsKeyword } from './goText';
import { FROM_AS_CASING, lintFinding, STAGE_NAME_CASING, type LintFinding } from './lintRules';
import { checkFlags, docComment, failure, success, type Parsed, type ParseRequest } from './parseRequest';
import type { FromInstruction } from './types';

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** The casing warnings, raised whenever there are three arguments (even if FROM then fails). */
export function fromLints(req: ParseRequest): LintFinding[] {
  const out: LintFinding[] = [];
  const at = req.base;
  const args = req.args;
  if (args.length === 3 && args[2] !== goLower(args[2]!)) {
    out.push(lintFinding(STAGE_NAME_CASING, `Stage name '${args[2]}' should be lowercase`, at));
  }
  if (args.length >= 3 && !fromMatchesAsCase(req.keyword, args[1]!)) {
    out.push(lintFinding(FROM_AS_CASING, `'${args[1]}' and '${req.keyword}' keywords' casing do not match`, at));
  }
  return out;
}

/** A mixed-case FROM is ConsistentInstructionCasing's business, so it passes here. */
function fromMatchesAsCase(from: string, as: string): boolean {
  const lower = from === goLower(from);
  const upper = from === goUpper(from);
  if (!lower && !upper) return true;
  return lower ? as === goLower(as) : as === goUpper(as);
}

export function parseFrom(req: ParseRequest): Parsed<FromInstruction> {
  const args = req.args;
  let stageName = '';
  if (args.length === 3 && isAsKeyword(args[1]!)) {
    stageName = goLower(args[2]!);
    if (!VALID_STAGE_NAME.test(stageName)) {
      const message = `invalid name for build stage: ${goQuote(args[2]!)}, name can't start with a number or contain symbols`;
      return failure('SC2005', message);
    }
  } else if (args.length !== 1) {
    return failure('SC2003', 'FROM requires either one or three arguments');
  }
  const checked = checkFlags(req, [{ name: 'platform', kind: 'string' }]);
  if (!checked.ok) return checked;
  return success({
    kind: 'from',
    ...req.base,
    image: args[0]!,
    stageName,
    stageNameAsWritten: stageName === '' ? '' : args[2]!,
    asKeyword: stageName === '' ? '' : args[1]!,
    platform: checked.value.string('platform'),
    docComment: docComment(req.node.prevComment, stageName),
  });
}

/**
 * A FROM that failed still opens a stage for the editor (BuildKit stops at the error): the image
 * word, the name when it is valid, and the raw `--platform` value when one is there.
 */
export function fallbackFrom(req: ParseRequest): FromInstruction {
  const platformFlag = req.base.flags.find((f) => f.startsWith('--platform='));
  const args = req.args;
  const named = args.length === 3 && isAsKeyword(args[1]!) && VALID_STAGE_NAME.test(goLower(args[2]!));
  return {
    kind: 'from',
    ...req.base,
    image: args[0] ?? '',
    stageName: named ? goLower(args[2]!) : '',
    stageNameAsWritten: named ? args[2]! : '',
    asKeyword: named ? args[1]! : '',
    platform: platformFlag === undefined ? '' : platformFlag.slice('--platform='.length),
    docComment: '',
  };
}
