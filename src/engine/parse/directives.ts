/**
 * Parser directives (BuildKit: parser/directives.go).
 *
 * Two readers exist in BuildKit and they disagree on purpose:
 * - `Parse` feeds every line (left-trimmed) to a `DirectiveParser`; that one decides the escape
 *   token, rejects duplicates, and stops at the first line that is not `# key=value` with a known
 *   key. A `#!` first line therefore ends directive scanning for `Parse`.
 * - `DetectSyntax` / `ParseDirective` re-read the raw file: they drop a BOM and a `#!` first line,
 *   do not left-trim, and for `syntax` also accept `//syntax=` and a JSON `{"syntax": ...}`. The
 *   value they return is cut at the first space (`# syntax = img // opts` gives `img`).
 */
import { scanJson } from './goJson';
import { skipSpace } from './goStrings';

/** The directive names BuildKit knows. */
export type DirectiveName = 'syntax' | 'escape' | 'check';

/** One `# key=value` match (byte strings). */
export interface DirectiveMatch {
  name: DirectiveName;
  value: string;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isReSpace(c: number): boolean {
  // Go regexp `\s` is ASCII [\t\n\f\r ] (no \v).
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/**
 * The regexp `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, matched by hand: [key, value] or null.
 * With leftmost-first semantics the value is the rest trimmed of `\s`, except that an all-blank
 * rest yields its last blank character.
 */
export function matchDirective(s: string): [string, string] | null {
  if (!isAsciiLetter(s.charCodeAt(0))) return null;
  let i = 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isAsciiLetter(c) && !(c >= 0x30 && c <= 0x39)) break;
    i++;
  }
  const key = s.slice(0, i);
  while (i < s.length && isReSpace(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 0x3d) return null;
  const rest = s.slice(i + 1);
  if (rest.length === 0 || rest.includes('\n')) return null;
  let start = 0;
  while (start < rest.length && isReSpace(rest.charCodeAt(start))) start++;
  if (start === rest.length) return [key, rest.slice(-1)];
  let end = rest.length;
  while (isReSpace(rest.charCodeAt(end - 1))) end--;
  return [key, rest.slice(start, end)];
}

/** BuildKit's `DirectiveParser`: feed it lines in order. */
export class DirectiveParser {
  private readonly seen = new Set<string>();
  /** True once a line was not a directive; later lines are never directives. */
  done = false;

  constructor(private readonly comment = '#') {}

  /** A directive, null for "not a directive", or an error message (duplicate). */
  parseLine(line: string): DirectiveMatch | null | { error: string } {
    if (this.done) return null;
    if (!line.startsWith(this.comment)) {
      this.done = true;
      return null;
    }
    const body = line.slice(this.comment.length);
    const match = matchDirective(body.slice(skipSpace(body)));
    const name = match?.[0].toLowerCase();
    if (!match || (name !== 'syntax' && name !== 'escape' && name !== 'check')) {
      this.done = true;
      return null;
    }
    if (this.seen.has(name)) return { error: `only one ${name} parser directive can be used` };
    this.seen.add(name);
    return { name, value: match[1] };
  }
}

/** A directive found by `DetectSyntax`/`ParseDirective` (byte strings, 1-based line). */
export interface DetectedDirective {
  /** The value up to the first space: what BuildKit uses. */
  value: string;
  /** The whole value (BuildKit's `cmdline`). */
  cmdline: string;
  line: number;
}

function detectWith(key: DirectiveName, dt: string, firstLine: number, comment: string) {
  const parser = new DirectiveParser(comment);
  let line = firstLine;
  let pos = 0;
  // bufio.ScanLines: split at \n, drop one trailing \r; ParseAll stops at the first error.
  while (pos < dt.length && !parser.done) {
    const nl = dt.indexOf('\n', pos);
    let text = dt.slice(pos, nl < 0 ? dt.length : nl);
    pos = nl < 0 ? dt.length : nl + 1;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    line++;
    const d = parser.parseLine(text);
    if (d && 'error' in d) return null;
    if (d && d.name === key) {
      const space = d.value.indexOf(' ');
      return { value: space < 0 ? d.value : d.value.slice(0, space), cmdline: d.value, line };
    }
  }
  return null;
}

/**
 * BuildKit's `DetectSyntax` (`anyFormat`) or `ParseDirective` on a byte string.
 * Returns null when the directive is absent.
 */
export function detectDirective(
  key: DirectiveName,
  bytes: string,
  anyFormat: boolean,
): DetectedDirective | null {
  let dt = bytes.startsWith('\xef\xbb\xbf') ? bytes.slice(3) : bytes;
  let line = 0;
  if (dt.startsWith('#!')) {
    const nl = dt.indexOf('\n');
    dt = nl < 0 ? '' : dt.slice(nl + 1);
    line = 1;
  }
  const found = detectWith(key, dt, line, '#') ?? (anyFormat ? detectWith(key, dt, line, '//') : null);
  if (found || !anyFormat) return found;
  if (dt.charCodeAt(skipJsonSpace(dt)) !== 0x7b) return null;
  const top = scanJson(dt);
  const value = top?.kind === 'object' ? top.entries.get(key) : undefined;
  if (typeof value !== 'string') return null;
  return { value, cmdline: value, line: Math.max(1, line) };
}

function skipJsonSpace(s: string): number {
  let i = 0;
  while (i < s.length && ' \t\n\r'.includes(s[i] ?? '')) i++;
  return i;
}
