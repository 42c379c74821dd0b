/**
 * `${x#p}` `${x##p}` `${x%p}` `${x%%p}` (POSIX 2.6.2) and bash's `${x/p/r}` family: the
 * shortest or longest part of the value that the whole pattern matches. Candidates are tried
 * by length, so the result is exact for every pattern (no reliance on regex greediness).
 */
import type { ParamOp } from './ast';
import type { ShellDialect } from './parserState';
import { compilePattern, patternSource } from './pattern';

/** Longer values fall back to one greedy regex search (glob stars make that the longest match). */
const EXACT_LIMIT = 4096;

/** Long values: one anchored regex search instead of testing every candidate. */
function trimLarge(value: string, pattern: string, op: ParamOp, dialect: ShellDialect): string {
  const prefix = op === 'trimShortestPrefix' || op === 'trimLongestPrefix';
  const lazy = op === 'trimShortestPrefix';
  const source = patternSource(pattern, lazy, dialect);
  const m = new RegExp(prefix ? `^(?:${source})` : `(?:${source})$`, 'u').exec(value);
  if (m === null) return value;
  return prefix ? value.slice(m[0].length) : value.slice(0, m.index);
}

export function trimPattern(value: string, pattern: string, op: ParamOp, dialect: ShellDialect): string {
  const re = compilePattern(pattern, dialect);
  const n = value.length;
  if (n > EXACT_LIMIT && op !== 'trimShortestSuffix') return trimLarge(value, pattern, op, dialect);
  switch (op) {
    case 'trimShortestPrefix':
      for (let i = 0; i <= n; i += 1) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    case 'trimLongestPrefix':
      for (let i = n; i >= 0; i -= 1) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    case 'trimShortestSuffix':
      for (let i = n; i >= 0; i -= 1) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    default:
      for (let i = 0; i <= n; i += 1) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
  }
}

/** The longest match starting at `from`, as an end index, or -1. */
function longestAt(re: RegExp, value: string, from: number): number {
  for (let end = value.length; end >= from; end -= 1) if (re.test(value.slice(from, end))) return end;
  return -1;
}

function replaceGreedy(value: string, pattern: string, replacement: string, all: boolean): string {
  const re = new RegExp(patternSource(pattern, false, 'bash'), all ? 'gu' : 'u');
  return value.replace(re, (m) => (m === '' ? m : replacement));
}

/** bash `${x/p/r}` (first), `${x//p/r}` (all), `${x/#p/r}` (prefix), `${x/%p/r}` (suffix). */
export function replacePattern(value: string, pattern: string, replacement: string, op: ParamOp): string {
  if (pattern === '') return value;
  // Replacement is a bash/ash form, so bash's pattern rules apply.
  const re = compilePattern(pattern, 'bash');
  if (op === 'replacePrefix') {
    const end = longestAt(re, value, 0);
    return end < 0 ? value : replacement + value.slice(end);
  }
  if (op === 'replaceSuffix') {
    for (let i = 0; i <= value.length; i += 1) if (re.test(value.slice(i))) return value.slice(0, i) + replacement;
    return value;
  }
  const all = op === 'replaceAll';
  if (value.length > EXACT_LIMIT) return replaceGreedy(value, pattern, replacement, all);
  let out = '';
  let i = 0;
  while (i <= value.length) {
    const end = longestAt(re, value, i);
    if (end > i) {
      out += replacement;
      i = end;
      if (!all) return out + value.slice(i);
      continue;
    }
    if (i < value.length) out += value[i];
    i += 1;
  }
  return out;
}
