/**
 * `${v/pattern/repl}` and `${v//pattern/repl}` (BuildKit: shell/lex.go processDollar, case '/').
 * The pattern is greedy and unanchored. The first-match form splices `repl` in as is. The
 * replace-all form goes through Go's `Regexp.ReplaceAllString`, whose quirks are kept:
 * - `$0`/`${0}` in `repl` inserts the match and `$$` a dollar; any other `$name` is empty
 *   (the pattern has no groups) and a `$` not followed by a name stays literal;
 * - an empty match right after a previous match is skipped, so `*` replaces `abc` once, not twice.
 */
import { isGoDigit, isGoLetter } from './goUnicode';
import { compileShellPattern } from './shellPattern';

type Replaced = { ok: true; value: string } | { ok: false; error: string };

/** Replace the first (or every) match of a shell pattern in `value`. */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): Replaced {
  const compiled = compileShellPattern(pattern, true, false);
  if (!compiled.ok) return { ok: false, error: `invalid pattern (${pattern}) in substitution: ${compiled.error}` };
  const re = compiled.regex;
  if (!all) {
    re.lastIndex = 0;
    const m = re.exec(value);
    if (!m) return { ok: true, value };
    return { ok: true, value: value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length) };
  }
  return { ok: true, value: goReplaceAll(re, value, replacement) };
}

/** Width in UTF-16 units of the code point at `i` (0 at the end), as Go steps one rune. */
function runeWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const cp = s.codePointAt(i) ?? 0;
  return cp > 0xffff ? 2 : 1;
}

/** Go's `Regexp.replaceAll` loop. */
function goReplaceAll(re: RegExp, src: string, template: string): string {
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= src.length) {
    re.lastIndex = searchPos;
    const m = re.exec(src);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out += src.slice(lastMatchEnd, start);
    if (end > lastMatchEnd || start === 0) out += expandTemplate(template, m[0]);
    lastMatchEnd = end;
    const width = runeWidth(src, searchPos);
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return out + src.slice(lastMatchEnd);
}

/** Go's `Regexp.expand` for a regex whose only group is the whole match. */
function expandTemplate(template: string, match: string): string {
  if (!template.includes('$')) return template;
  let out = '';
  let rest = template;
  for (let i = rest.indexOf('$'); i >= 0; i = rest.indexOf('$')) {
    out += rest.slice(0, i);
    rest = rest.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      rest = rest.slice(1);
      continue;
    }
    const ref = extractReference(rest);
    if (!ref) {
      out += '$';
      continue;
    }
    rest = ref.rest;
    if (ref.name === '0') out += match;
  }
  return out + rest;
}

/** Go's regexp `extract`: a `name` or `{name}` of letters, digits and `_` after a `$`. */
function extractReference(text: string): { name: string; rest: string } | undefined {
  const brace = text.startsWith('{');
  const body = brace ? text.slice(1) : text;
  let end = 0;
  for (const ch of body) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isGoLetter(cp) && !isGoDigit(cp) && ch !== '_') break;
    end += ch.length;
  }
  if (end === 0) return undefined;
  const name = body.slice(0, end);
  if (!brace) return { name, rest: body.slice(end) };
  if (body[end] !== '}') return undefined;
  return { name, rest: body.slice(end + 1) };
}
