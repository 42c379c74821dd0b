/**
 * Parameter expansion (POSIX 2.6.2) with dash's behaviour and messages: special parameters,
 * `$@`/`$*`, `${x-w}` `${x=w}` `${x?w}` `${x+w}` (and `:` forms), `${#x}`, the four trims, and
 * with `dialect: 'bash'` the `${x/p/r}` and `${x:o:l}` extensions (dash: `Bad substitution`).
 */
import type { ParamPart } from './ast';
import { evaluateArithmetic } from './arithmetic';
import { expandParts, expandToPattern, expandToString } from './expandParts';
import { ExpansionError, type ExpandState, type Segment } from './expandTypes';
import { replacePattern, trimPattern } from './trimPattern';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function positional(state: ExpandState): readonly string[] {
  return state.ctx.positional ?? [];
}

/** `"$*"`: the parameters joined by the first character of IFS (space when IFS is unset). */
function joinedPositional(state: ExpandState): string {
  const ifs = lookupParam(state, 'IFS');
  return positional(state).join(ifs === undefined ? ' ' : ifs.slice(0, 1));
}

/** The value of a parameter, or undefined when it is unset. */
export function lookupParam(state: ExpandState, name: string): string | undefined {
  const assigned = state.assigned.get(name);
  if (assigned !== undefined) return assigned;
  const ctx = state.ctx;
  switch (name) {
    case '@':
    case '*':
      return joinedPositional(state);
    case '#':
      return String(positional(state).length);
    case '?':
      return String(ctx.lastStatus ?? 0);
    case '$':
      return String(ctx.pid ?? 1);
    case '!':
      return ctx.lastBackgroundPid === undefined ? undefined : String(ctx.lastBackgroundPid);
    case '-':
      return ctx.optionFlags ?? '';
    case '0':
      return ctx.scriptName ?? '/bin/sh';
  }
  if (/^[0-9]+$/.test(name)) return positional(state)[Number(name) - 1];
  return ctx.env.get(name);
}

/** Record an assignment made by an expansion (`${x=v}`, `$((x=1))`). */
export function setVariable(state: ExpandState, name: string, value: string): void {
  if (!NAME.test(name)) throw new ExpansionError(`${name}: bad variable name`);
  state.assigned.set(name, value);
  state.ctx.assign?.(name, value);
}

function isSet(state: ExpandState, name: string): boolean {
  if (name === '@' || name === '*') return positional(state).length > 0;
  return lookupParam(state, name) !== undefined;
}

/** The value for `$x`/`${#x}`/trims: an unset parameter is empty, or an error under `set -u`. */
function valueOf(state: ExpandState, name: string): string {
  const v = lookupParam(state, name);
  if (v === undefined && state.ctx.nounset === true && name !== '@' && name !== '*') throw new ExpansionError(`${name}: parameter not set`);
  return v ?? '';
}

function pushValue(value: string, quoted: boolean, out: Segment[]): void {
  out.push({ text: value, quoted, split: !quoted });
}

/** `$@`/`$*` as fields: separate fields unless `"$*"` joins them. */
function pushPositional(state: ExpandState, name: string, quoted: boolean, out: Segment[]): void {
  if (quoted && name === '*') {
    pushValue(joinedPositional(state), true, out);
    return;
  }
  positional(state).forEach((p, i) => {
    if (i > 0) out.push(null);
    pushValue(p, quoted, out);
  });
}

function length(state: ExpandState, value: string): number {
  // dash counts bytes (it has no multibyte support); bash in a UTF-8 locale counts characters.
  if (state.dialect === 'dash') return new TextEncoder().encode(value).length;
  return [...value].length;
}

function arithmeticOf(state: ExpandState, part: ParamPart['arg']): number {
  const text = expandToString(part ?? [], state, true);
  const r = evaluateArithmetic(text, { get: (n) => lookupParam(state, n), set: (n, v) => setVariable(state, n, v) }, state.dialect);
  if (!r.ok) throw new ExpansionError(r.error);
  return Number(r.value);
}

/** bash `${x:offset:length}` on code points. */
function substring(state: ExpandState, part: ParamPart, value: string): string {
  const chars = [...value];
  let start = arithmeticOf(state, part.arg);
  if (start < 0) start = Math.max(0, chars.length + start);
  if (part.arg2 === undefined) return chars.slice(start).join('');
  let count = arithmeticOf(state, part.arg2);
  if (count < 0) {
    count = chars.length + count - start;
    if (count < 0) throw new ExpansionError(`${count}: substring expression < 0`);
  }
  return chars.slice(start, start + count).join('');
}

/** Expand one parameter part into `out`. */
export function expandParam(part: ParamPart, state: ExpandState, out: Segment[], quoted: boolean): void {
  const { name, op } = part;
  const argTilde = quoted ? 'none' : 'word';
  const expandArg = (): void => expandParts(part.arg ?? [], state, out, { quoted, tilde: argTilde, argument: true });
  const pushGet = (): void => {
    if (name === '@' || name === '*') pushPositional(state, name, quoted, out);
    else pushValue(valueOf(state, name), quoted, out);
  };
  // With `:`, an empty value counts as unset.
  const present = (): boolean => isSet(state, name) && (!part.colon || (lookupParam(state, name) ?? '') !== '');
  switch (op) {
    case 'get':
      return pushGet();
    case 'length':
      return pushValue(String(length(state, valueOf(state, name))), quoted, out);
    case 'default':
      return present() ? pushGet() : expandArg();
    case 'alternative':
      if (present()) expandArg();
      return;
    case 'assign': {
      if (present()) return pushGet();
      const value = expandToString(part.arg ?? [], state, quoted, argTilde);
      setVariable(state, name, value);
      return pushValue(value, quoted, out);
    }
    case 'error': {
      if (present()) return pushGet();
      const message = part.arg !== undefined && part.arg.length > 0 ? expandToString(part.arg, state, quoted, argTilde) : part.colon ? 'parameter not set or null' : 'parameter not set';
      throw new ExpansionError(`${name}: ${message}`);
    }
    case 'trimShortestPrefix':
    case 'trimLongestPrefix':
    case 'trimShortestSuffix':
    case 'trimLongestSuffix': {
      const value = valueOf(state, name);
      return pushValue(trimPattern(value, expandToPattern(part.arg ?? [], state, 'word'), op, state.dialect), quoted, out);
    }
    case 'replaceFirst':
    case 'replaceAll':
    case 'replacePrefix':
    case 'replaceSuffix': {
      if (state.dialect === 'dash') throw new ExpansionError('Bad substitution');
      const value = valueOf(state, name);
      const pattern = expandToPattern(part.arg ?? [], state, 'word');
      const replacement = expandToString(part.arg2 ?? [], state, quoted, argTilde);
      return pushValue(replacePattern(value, pattern, replacement, op), quoted, out);
    }
    case 'substring':
      if (state.dialect === 'dash') throw new ExpansionError('Bad substitution');
      return pushValue(substring(state, part, valueOf(state, name)), quoted, out);
    case 'bad':
      throw new ExpansionError('Bad substitution');
  }
}
