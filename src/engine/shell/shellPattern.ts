/**
 * The glob patterns of `${v#p}`, `${v%p}` and `${v/p/r}` (BuildKit: shell/lex.go
 * convertShellPatternToRegex, trimPrefix, trimSuffix, reversePattern). `*` and `?` are wildcards,
 * `\` escapes `*`, `?` or `\` (and is dropped before `}` and `/`); bracket classes are not
 * supported, so `[` is literal. Any other escape is an error.
 *
 * BuildKit compiles to a Go regexp; we compile to a JS RegExp with the same leftmost-first
 * semantics. Go's `.` matches any rune but `\n`, so `[^\n]` is used (JS `.` also skips `\r`,
 * U+2028 and U+2029).
 */
import { EOF, RuneScanner, RUNE_ERROR, runesToString, runeToString, toRunes } from './runeScanner';

const ANY = '[^\\n]';
const REGEX_SPECIALS = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

/** A compiled pattern, or the reason it is invalid (BuildKit's text). */
export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; error: string };

/**
 * Compile a shell pattern. `greedy` picks `*` as longest or shortest; `anchored` matches only at
 * the start. The regex has the `g` flag so callers can search from an index.
 */
export function compileShellPattern(pattern: string, greedy: boolean, anchored: boolean): CompiledPattern {
  const s = new RuneScanner(pattern);
  let out = anchored ? '^' : '';
  const star = greedy ? `${ANY}*` : `${ANY}*?`;
  for (let tok = s.next(); tok !== EOF; tok = s.next()) {
    const ch = runeToString(tok);
    if (ch === '*') {
      out += star;
    } else if (ch === '?') {
      out += ANY;
    } else if (ch === '\\') {
      // `\}` and `\/` only protect the ${} syntax; the backslash is not part of the pattern.
      if (s.peek() === 0x7d || s.peek() === 0x2f) continue;
      const escaped = s.next();
      if (escaped !== 0x2a && escaped !== 0x3f && escaped !== 0x5c) {
        return { ok: false, error: `invalid escape '\\${runeToString(escaped === EOF ? RUNE_ERROR : escaped)}'` };
      }
      out += '\\' + runeToString(escaped);
    } else {
      out += REGEX_SPECIALS.has(ch) ? '\\' + ch : ch;
    }
  }
  return { ok: true, regex: new RegExp(out, 'gu') };
}

function invalidPattern(pattern: string, error: string): string {
  return `invalid pattern (${pattern}) in substitution: ${error}`;
}

/** `${v#p}` / `${v##p}`: remove the shortest/longest matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): { ok: true; value: string } | { ok: false; error: string } {
  const compiled = compileShellPattern(pattern, greedy, true);
  if (!compiled.ok) return { ok: false, error: invalidPattern(pattern, compiled.error) };
  compiled.regex.lastIndex = 0;
  const m = compiled.regex.exec(value);
  return { ok: true, value: m ? value.slice(m.index + m[0].length) : value };
}

/** Reverse a pattern by runes, keeping each `\x` escape pair in order (`a\*c` gives `c\*a`). */
export function reversePattern(pattern: string): string {
  const runes = toRunes(pattern);
  const out: number[] = new Array<number>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i] ?? RUNE_ERROR;
    const outIdx = last - i;
    if (tok === 0x5c && i !== last) {
      out[outIdx - 1] = tok;
      out[outIdx] = runes[i + 1] ?? RUNE_ERROR;
      i += 2;
    } else {
      out[outIdx] = tok;
      i++;
    }
  }
  return runesToString(out);
}

/** Reverse a string by runes (Go's `[]rune` reversal; malformed characters become U+FFFD). */
export function reverseString(text: string): string {
  return runesToString(toRunes(text).reverse());
}

/**
 * `${v%p}` / `${v%%p}`: remove the shortest/longest matching suffix. Like BuildKit, it reverses
 * both the value and the pattern and trims a prefix, since a regex can't find the shortest
 * rightmost match directly.
 */
export function trimSuffix(pattern: string, value: string, greedy: boolean): { ok: true; value: string } | { ok: false; error: string } {
  // The error names the reversed pattern, as BuildKit's does.
  const reversed = trimPrefix(reversePattern(pattern), reverseString(value), greedy);
  return reversed.ok ? { ok: true, value: reverseString(reversed.value) } : reversed;
}
