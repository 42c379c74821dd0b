/**
 * One `.dockerignore` pattern as moby/patternmatcher prepares and matches it (`New` and
 * `Pattern.compile`). A pattern is classified the way patternmatcher does, because the class
 * changes the answer, not just the speed: `**x` is a plain suffix test (so `**file` matches
 * `dir/myfile`), `x/**` a plain prefix test, and everything with wildcards a regexp where `*`
 * and `?` stay within one segment and `**` spans any number of them.
 */
import { goPathMatch } from './goMatch';
import { goRegexpToJs } from './goRegexp';
import { cleanPath, goTrimSpace } from './goText';

/** How patternmatcher decided to match a pattern. `invalid`: its regexp does not compile. */
export type PatternKind = 'exact' | 'prefix' | 'suffix' | 'regexp' | 'invalid';

/** A prepared pattern (patternmatcher's `*Pattern`). */
export interface CompiledPattern {
  /** The cleaned pattern without its `!` (patternmatcher's `Pattern.String()`). */
  readonly text: string;
  /** True for a `!` line: it re-includes what earlier patterns excluded. */
  readonly exclusion: boolean;
  readonly kind: PatternKind;
  /** The Go regexp source patternmatcher builds (for `regexp` and `invalid` kinds). */
  readonly goRegexp?: string;
  readonly regexp?: RegExp;
}

/** Result of preparing one pattern string. */
export type PrepareResult =
  | { ok: true; pattern: CompiledPattern }
  | { ok: false; message: string }
  | { ok: 'empty' };

/** Go's `filepath.ErrBadPattern` text. */
export const BAD_PATTERN_MESSAGE = 'syntax error in pattern';

/**
 * patternmatcher.New for one string: trim, clean, split off `!`, and validate with
 * `filepath.Match(p, ".")`. Blank patterns are skipped (`empty`).
 */
export function preparePattern(raw: string): PrepareResult {
  let p = goTrimSpace(raw);
  if (p === '') return { ok: 'empty' };
  p = cleanPath(p);
  let exclusion = false;
  if (p.startsWith('!')) {
    if (p.length === 1) return { ok: false, message: 'illegal exclusion pattern: "!"' };
    exclusion = true;
    p = p.slice(1);
  }
  if (goPathMatch(p, '.') === 'bad-pattern') return { ok: false, message: BAD_PATTERN_MESSAGE };
  return { ok: true, pattern: compilePattern(p, exclusion) };
}

/** patternmatcher's `Pattern.compile` with `/` as the separator. */
export function compilePattern(text: string, exclusion: boolean): CompiledPattern {
  const cps = Array.from(text);
  let reg = '^';
  let kind: PatternKind = 'exact';
  let pos = 0;
  // `iteration` counts loop turns, not characters: a leading `**` is recognised on turn 0 only.
  for (let iteration = 0; pos < cps.length; iteration++) {
    const ch = cps[pos++] as string;
    if (ch === '*') {
      if (cps[pos] === '*') {
        pos++;
        if (cps[pos] === '/') pos++;
        if (pos >= cps.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            reg += '.*';
            kind = 'regexp';
          }
        } else {
          reg += '(.*/)?';
          kind = 'regexp';
        }
        if (iteration === 0) kind = 'suffix';
      } else {
        reg += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      reg += '[^/]';
      kind = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      reg += `\\${ch}`;
    } else if (ch === '\\') {
      if (pos < cps.length) {
        reg += `\\${cps[pos++] as string}`;
        kind = 'regexp';
      } else reg += '\\';
    } else if (ch === '[' || ch === ']') {
      reg += ch;
      kind = 'regexp';
    } else {
      reg += ch;
    }
  }
  if (kind !== 'regexp') return { text, exclusion, kind };
  reg += '$';
  const regexp = goRegexpToJs(reg);
  if (regexp === null) return { text, exclusion, kind: 'invalid', goRegexp: reg };
  return { text, exclusion, kind, goRegexp: reg, regexp };
}

/** patternmatcher's `Pattern.match`: true/false, or null for a pattern that cannot compile. */
export function matchPattern(pattern: CompiledPattern, path: string): boolean | null {
  switch (pattern.kind) {
    case 'exact':
      return path === pattern.text;
    case 'prefix':
      return path.startsWith(pattern.text.slice(0, -2));
    case 'suffix': {
      const suffix = pattern.text.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix.startsWith('/') && path === suffix.slice(1);
    }
    case 'regexp':
      return pattern.regexp?.test(path) ?? null;
    case 'invalid':
      return null;
  }
}
