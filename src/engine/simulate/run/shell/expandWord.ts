/**
 * Word expansion in POSIX order (2.6): tilde, parameter, command substitution and arithmetic
 * (expandParts), then field splitting on IFS (splitFields), then pathname expansion through the
 * caller's glob callback, with quote removal falling out of the quoted/unquoted pieces.
 *
 * Nothing here throws: an expansion error (`x: parameter not set`, `Bad substitution`, an
 * arithmetic error) comes back as `{ ok: false, error }` with dash's text, and the command
 * that needed it fails.
 */
import type { Assignment, HereDoc, Word } from './ast';
import { lookupParam } from './expandParam';
import { expandParts, expandToPattern, expandToString } from './expandParts';
import { createExpandState, ExpansionError, type ExpandContext, type ExpandResult, type ExpandState, type ExpandStringResult, type Segment } from './expandTypes';
import { hasGlobChars } from './pattern';
import { splitFields, type Field } from './splitFields';

function asError(e: unknown): { ok: false; error: string } {
  if (e instanceof ExpansionError) return { ok: false, error: e.message };
  return { ok: false, error: e instanceof RangeError ? 'expansion nested too deeply' : String(e) };
}

function globFields(fields: readonly Field[], state: ExpandState): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const pattern = field.pattern;
    if (pattern === null || state.ctx.noglob === true || !hasGlobChars(pattern) || state.ctx.glob === undefined) {
      out.push(field.text);
      continue;
    }
    const matches = state.ctx.glob(pattern);
    // No match leaves the word as written (minus quotes), as POSIX says.
    if (matches.length === 0 || (matches.length === 1 && matches[0] === pattern)) out.push(field.text);
    else out.push(...matches);
  }
  return out;
}

function expandInto(word: Word, state: ExpandState): string[] {
  const segments: Segment[] = [];
  expandParts(word.parts, state, segments, { quoted: false, tilde: 'word' });
  return globFields(splitFields(segments, lookupParam(state, 'IFS')), state);
}

/**
 * Expand one word to fields (a command's arguments, `for` items).
 *
 * @example
 * expandWord(word('"$@" x'), { env: new Map(), positional: ['a b', 'c'] }) // { ok: true, fields: ['a b', 'c', 'x'] }
 */
export function expandWord(word: Word, ctx: ExpandContext): ExpandResult {
  return expandWords([word], ctx);
}

/** Expand words left to right; `${x=v}` in one word is seen by the next. Stops at the first error. */
export function expandWords(words: readonly Word[], ctx: ExpandContext): ExpandResult {
  const state = createExpandState(ctx);
  try {
    const fields: string[] = [];
    for (const word of words) fields.push(...expandInto(word, state));
    return { ok: true, fields };
  } catch (e) {
    return asError(e);
  }
}

export interface ExpandStringOptions {
  /** Tilde expansion after `=` and every unquoted `:` too (POSIX 2.6.1 for assignments). */
  assignment?: boolean;
}

/**
 * Expand a word to a single string with no field splitting or pathname expansion: assignment
 * values, redirection targets, a `case` subject.
 */
export function expandString(word: Word, ctx: ExpandContext, options: ExpandStringOptions = {}): ExpandStringResult {
  const state = createExpandState(ctx);
  try {
    return { ok: true, value: expandToString(word.parts, state, false, options.assignment === true ? 'assignment' : 'word') };
  } catch (e) {
    return asError(e);
  }
}

/** The value an assignment (`NAME=value`) stores. */
export function expandAssignment(assignment: Assignment, ctx: ExpandContext): ExpandStringResult {
  return expandString(assignment.value, ctx, { assignment: true });
}

/** A `case` pattern: expansions applied, quoted characters escaped (match with `matchPattern`). */
export function expandPattern(word: Word, ctx: ExpandContext): ExpandStringResult {
  const state = createExpandState(ctx);
  try {
    return { ok: true, value: expandToPattern(word.parts, state, 'word') };
  } catch (e) {
    return asError(e);
  }
}

/** A here-document's text: literal when the delimiter was quoted, else `$`, `` ` `` and `\` apply. */
export function expandHeredoc(doc: HereDoc, ctx: ExpandContext): ExpandStringResult {
  if (doc.quoted) return { ok: true, value: doc.body.text };
  const state = createExpandState(ctx);
  try {
    const segments: Segment[] = [];
    expandParts(doc.body.parts, state, segments, { quoted: true, tilde: 'none' });
    return { ok: true, value: segments.map((s) => (s === null ? ' ' : s.text)).join('') };
  } catch (e) {
    return asError(e);
  }
}
