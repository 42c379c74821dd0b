/**
 * Shell pattern matching (POSIX 2.13): `*`, `?`, bracket expressions with ranges, `!`/`^`
 * negation and `[:class:]`, and `\` quoting the next character. Used by `case`, the `${x#p}`
 * family and, through the caller's glob callback, pathname expansion.
 *
 * Patterns are compiled to a JS RegExp once; a `[` without a closing `]` is an ordinary character.
 */
import type { ShellDialect } from './parserState';

const CLASSES: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

/** Characters that mean something in a pattern; `escapePattern` quotes them. */
const SPECIAL = /[*?[\]\\]/g;

/** Quote `text` so that it matches only itself as a pattern. */
export function escapePattern(text: string): string {
  return text.replace(SPECIAL, (c) => '\\' + c);
}

/** True when `pattern` has an unquoted `*`, `?` or `[` (so pathname expansion applies). */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') i += 1;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Escape for a regex outside a class (`u` mode allows escaping only syntax characters and `/`). */
function escapeRegexChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c;
}

function escapeClassChar(c: string): string {
  return /[\\\][^-]/.test(c) ? '\\' + c : c;
}

/**
 * The bracket expression starting at `[` (index `i`), or null when it has no closing `]`.
 * dash negates with `!` only (`[^a]` is a class of `^` and `a`); bash also takes `^`.
 */
function readBracket(p: string, i: number, dialect: ShellDialect): { regex: string; next: number } | null {
  let j = i + 1;
  let negate = false;
  if (p[j] === '!' || (p[j] === '^' && dialect === 'bash')) {
    negate = true;
    j += 1;
  }
  let body = '';
  let first = true;
  while (j < p.length) {
    const c = p[j] ?? '';
    if (c === ']' && !first) return { regex: body === '' ? (negate ? '[^]' : '[]') : `[${negate ? '^' : ''}${body}]`, next: j + 1 };
    first = false;
    if (c === '[' && p[j + 1] === ':') {
      const close = p.indexOf(':]', j + 2);
      const cls = close < 0 ? undefined : CLASSES[p.slice(j + 2, close)];
      if (cls !== undefined) {
        body += cls;
        j = close + 2;
        continue;
      }
    }
    if (c === '\\' && j + 1 < p.length) j += 1;
    const ch = String.fromCodePoint(p.codePointAt(j) ?? 0);
    j += ch.length;
    if (p[j] === '-' && p[j + 1] !== undefined && p[j + 1] !== ']') {
      let end = String.fromCodePoint(p.codePointAt(j + 1) ?? 0);
      let skip = end.length;
      if (end === '\\' && j + 2 < p.length) {
        end = String.fromCodePoint(p.codePointAt(j + 2) ?? 0);
        skip = 1 + end.length;
      }
      // A reversed range matches nothing in dash; an empty JS class keeps that meaning.
      if ((end.codePointAt(0) ?? 0) >= (ch.codePointAt(0) ?? 0)) body += `${escapeClassChar(ch)}-${escapeClassChar(end)}`;
      j += 1 + skip;
      continue;
    }
    body += escapeClassChar(ch);
  }
  return null;
}

/** The regex source (unanchored) for a shell pattern; `lazy` makes `*` match as little as it can. */
export function patternSource(pattern: string, lazy = false, dialect: ShellDialect = 'dash'): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      out += lazy ? '[\\s\\S]*?' : '[\\s\\S]*';
      i += 1;
    } else if (c === '?') {
      out += '[\\s\\S]';
      i += 1;
    } else if (c === '[') {
      const bracket = readBracket(pattern, i, dialect);
      if (bracket === null) {
        out += '\\[';
        i += 1;
      } else {
        out += bracket.regex;
        i = bracket.next;
      }
    } else {
      if (c === '\\' && i + 1 < pattern.length) i += 1;
      const ch = String.fromCodePoint(pattern.codePointAt(i) ?? 0);
      out += escapeRegexChar(ch);
      i += ch.length;
    }
  }
  return out;
}

const cache = new Map<string, RegExp>();

/** A RegExp that matches a whole string against `pattern`. */
export function compilePattern(pattern: string, dialect: ShellDialect = 'dash'): RegExp {
  const key = dialect + ':' + pattern;
  let re = cache.get(key);
  if (re === undefined) {
    re = new RegExp(`^(?:${patternSource(pattern, false, dialect)})$`, 'u');
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/**
 * Does `text` match the shell `pattern` as a whole (as `case` tests it)? Characters are
 * Unicode code points (dash in the C locale would count bytes: `?` does not match `é` there).
 */
export function matchPattern(pattern: string, text: string, dialect: ShellDialect = 'dash'): boolean {
  return compilePattern(pattern, dialect).test(text);
}
