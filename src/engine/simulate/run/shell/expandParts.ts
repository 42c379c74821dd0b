/**
 * The first expansions of POSIX 2.6, applied part by part: tilde, parameter, command
 * substitution and arithmetic. The output keeps, for each piece of text, whether it was quoted
 * and whether it came from an unquoted expansion, so field splitting, pathname expansion and
 * quote removal can follow.
 */
import type { WordPart } from './ast';
import { evaluateArithmetic } from './arithmetic';
import { expandParam, lookupParam, setVariable } from './expandParam';
import { ExpansionError, type ExpandState, type Segment } from './expandTypes';
import { escapePattern } from './pattern';

/** `word`: tilde at the start of the word; `assignment`: also after each unquoted `:`. */
export type TildeMode = 'none' | 'word' | 'assignment';

export interface PartsOptions {
  /** Inside double quotes (or a here-document): nothing is split or globbed. */
  quoted: boolean;
  tilde: TildeMode;
  /** The word of `${x-word}`: its unquoted text is split like an expansion result (POSIX 2.6.2). */
  argument?: boolean;
}

function isOnlyAt(parts: readonly WordPart[]): boolean {
  return parts.length > 0 && parts.every((p) => p.kind === 'param' && p.name === '@' && p.op === 'get');
}

/** The home directory for `~user` (`~` alone: `HOME`), or undefined to leave the text as written. */
function tildeHome(state: ExpandState, user: string): string | undefined {
  if (user === '') return lookupParam(state, 'HOME');
  return state.ctx.homeOf?.(user);
}

/** Push an unquoted literal, expanding tildes where `mode` allows them. */
function pushLiteral(state: ExpandState, value: string, out: Segment[], split: boolean, mode: TildeMode, atWordStart: boolean, isLastPart: boolean): void {
  if (mode === 'none' || !value.includes('~')) {
    out.push({ text: value, quoted: false, split });
    return;
  }
  let i = 0;
  let plain = '';
  while (i < value.length) {
    const atPrefix = value[i] === '~' && ((i === 0 && atWordStart) || (mode === 'assignment' && i > 0 && value[i - 1] === ':'));
    if (!atPrefix) {
      plain += value[i];
      i += 1;
      continue;
    }
    const stops = mode === 'assignment' ? ['/', ':'] : ['/'];
    let end = i + 1;
    while (end < value.length && !stops.includes(value[end] ?? '')) end += 1;
    // A prefix that runs into a quoted or expanded part is not a tilde-prefix (dash stops there).
    const home = end === value.length && !isLastPart ? undefined : tildeHome(state, value.slice(i + 1, end));
    if (home === undefined) {
      plain += value.slice(i, end);
    } else {
      if (plain !== '') out.push({ text: plain, quoted: false, split });
      plain = '';
      out.push({ text: home, quoted: true, split: false });
    }
    i = end;
  }
  if (plain !== '') out.push({ text: plain, quoted: false, split });
}

/** Expand `parts` into `out`. Throws `ExpansionError` (caught by the public functions). */
export function expandParts(parts: readonly WordPart[], state: ExpandState, out: Segment[], options: PartsOptions): void {
  const { quoted } = options;
  parts.forEach((part, index) => {
    switch (part.kind) {
      case 'literal':
        if (quoted) out.push({ text: part.value, quoted: true, split: false });
        else pushLiteral(state, part.value, out, options.argument === true, options.tilde, index === 0, index === parts.length - 1);
        return;
      case 'escaped':
      case 'singleQuoted':
        out.push({ text: part.value, quoted: true, split: false });
        return;
      case 'doubleQuoted':
        // `""` makes a field even when empty; `"$@"` with no parameters makes none.
        if (!isOnlyAt(part.parts)) out.push({ text: '', quoted: true, split: false });
        expandParts(part.parts, state, out, { quoted: true, tilde: 'none' });
        return;
      case 'param':
        expandParam(part, state, out, quoted);
        return;
      case 'commandSub': {
        if (part.process !== undefined) {
          // bash hands the command a pipe's path; the caller may run the command and name it.
          out.push({ text: state.ctx.processSubstitution?.(part.script, part.process) ?? '/dev/fd/63', quoted: true, split: false });
          return;
        }
        const output = state.ctx.commandSubstitution?.(part.script, part.text) ?? '';
        out.push({ text: output.replace(/\n+$/, ''), quoted, split: !quoted });
        return;
      }
      case 'arith': {
        const expr = expandToString(part.parts, state, true);
        const result = evaluateArithmetic(expr, { get: (n) => lookupParam(state, n), set: (n, v) => setVariable(state, n, v) }, state.dialect);
        if (!result.ok) throw new ExpansionError(result.error);
        out.push({ text: result.value.toString(), quoted, split: !quoted });
        return;
      }
    }
  });
}

/** Join expanded segments without splitting (`"$@"` boundaries become spaces, as in `x="$@"`). */
export function joinSegments(segments: readonly Segment[]): string {
  return segments.map((s) => (s === null ? ' ' : s.text)).join('');
}

/** Expand `parts` to one string: no field splitting, no pathname expansion. */
export function expandToString(parts: readonly WordPart[], state: ExpandState, quoted: boolean, tilde: TildeMode = 'none'): string {
  const out: Segment[] = [];
  expandParts(parts, state, out, { quoted, tilde });
  return joinSegments(out);
}

/** Expand `parts` to a pattern: quoted text is escaped so it matches itself (`"*"` is a star). */
export function expandToPattern(parts: readonly WordPart[], state: ExpandState, tilde: TildeMode = 'none'): string {
  const out: Segment[] = [];
  expandParts(parts, state, out, { quoted: false, tilde });
  return out.map((s) => (s === null ? ' ' : s.quoted ? escapePattern(s.text) : s.text)).join('');
}
