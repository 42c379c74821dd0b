/**
 * Go's `path/filepath.Match` on Linux, byte for byte. BuildKit uses it twice: patternmatcher
 * calls it once per `.dockerignore` pattern to reject malformed syntax, and fsutil's copy uses
 * it to expand COPY/ADD wildcard sources (`*`, `?`, `[...]`, `\` escapes; `*` and `?` never
 * match `/`). Go works on UTF-8 bytes, so this does too: `*` may resume matching in the middle
 * of a multi-byte character exactly as Go's does.
 */
import { RUNE_ERROR, decodeRune, utf8Bytes } from './goText';

/** Outcome of {@link goPathMatch}; `bad-pattern` is Go's `filepath.ErrBadPattern`. */
export type GoMatch = 'match' | 'no-match' | 'bad-pattern';

const SLASH = 0x2f;
const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const BACKSLASH = 0x5c;
const CARET = 0x5e;
const DASH = 0x2d;

/** Sentinel returned by the chunk matcher for a malformed pattern. */
const BAD = -2;
/** Sentinel returned by the chunk matcher when the chunk does not match. */
const FAIL = -1;

/** Whether `name` matches the shell pattern `pattern` (Go's filepath.Match). */
export function goPathMatch(pattern: string, name: string): GoMatch {
  const p = utf8Bytes(pattern);
  const s = utf8Bytes(name);
  let pi = 0;
  let si = 0;
  chunks: while (pi < p.length) {
    const { star, start, end } = scanChunk(p, pi);
    pi = end;
    if (star && start === end) {
      // A trailing star matches the rest of the name unless it crosses a slash.
      return s.indexOf(SLASH, si) === -1 ? 'match' : 'no-match';
    }
    const t = matchChunk(p, start, end, s, si);
    if (t >= 0 && (t === s.length || pi < p.length)) {
      si = t;
      continue;
    }
    if (t === BAD) return 'bad-pattern';
    if (star) {
      for (let i = si; i < s.length && s[i] !== SLASH; i++) {
        const t2 = matchChunk(p, start, end, s, i + 1);
        if (t2 >= 0) {
          if (pi === p.length && t2 < s.length) continue;
          si = t2;
          continue chunks;
        }
        if (t2 === BAD) return 'bad-pattern';
      }
    }
    // Go reports a malformed remainder even when the name already failed to match.
    while (pi < p.length) {
      const rest = scanChunk(p, pi);
      pi = rest.end;
      if (matchChunk(p, rest.start, rest.end, s, s.length) === BAD) return 'bad-pattern';
    }
    return 'no-match';
  }
  return si === s.length ? 'match' : 'no-match';
}

/** Leading stars, then the chunk up to the next star outside a class: `[start, end)`. */
function scanChunk(p: Uint8Array, at: number): { star: boolean; start: number; end: number } {
  let i = at;
  let star = false;
  while (i < p.length && p[i] === STAR) {
    i++;
    star = true;
  }
  let inRange = false;
  let j = i;
  for (; j < p.length; j++) {
    const c = p[j];
    if (c === BACKSLASH) {
      if (j + 1 < p.length) j++;
    } else if (c === OPEN) inRange = true;
    else if (c === CLOSE) inRange = false;
    else if (c === STAR && !inRange) break;
  }
  return { star, start: i, end: j };
}

/**
 * Match chunk `p[cs..ce)` at the start of `s[si..]`: the index after the match, FAIL or BAD.
 * After a mismatch Go keeps parsing the chunk (without reading `s`) so syntax errors surface.
 */
function matchChunk(p: Uint8Array, cs: number, ce: number, s: Uint8Array, si: number): number {
  let failed = false;
  let c = cs;
  while (c < ce) {
    if (!failed && si >= s.length) failed = true;
    const ch = p[c];
    if (ch === OPEN) {
      let r = 0;
      if (!failed) {
        const [rune, n] = decodeRune(s, si);
        r = rune;
        si += n;
      }
      c++;
      let negated = false;
      if (c < ce && p[c] === CARET) {
        negated = true;
        c++;
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (c < ce && p[c] === CLOSE && ranges > 0) {
          c++;
          break;
        }
        const lo = classChar(p, c, ce);
        if (lo === null) return BAD;
        c = lo.next;
        let hi = lo.rune;
        if (p[c] === DASH) {
          const h = classChar(p, c + 1, ce);
          if (h === null) return BAD;
          hi = h.rune;
          c = h.next;
        }
        if (lo.rune <= r && r <= hi) matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (ch === QUESTION) {
      if (!failed) {
        if (s[si] === SLASH) failed = true;
        si += decodeRune(s, si)[1];
      }
      c++;
    } else {
      if (ch === BACKSLASH) {
        c++;
        if (c >= ce) return BAD;
      }
      if (!failed) {
        if (p[c] !== s[si]) failed = true;
        si++;
      }
      c++;
    }
  }
  return failed ? FAIL : si;
}

/** Go's getEsc: one (possibly escaped) character of a class; null for a malformed class. */
function classChar(p: Uint8Array, at: number, ce: number): { rune: number; next: number } | null {
  let i = at;
  if (i >= ce || p[i] === DASH || p[i] === CLOSE) return null;
  if (p[i] === BACKSLASH) {
    i++;
    if (i >= ce) return null;
  }
  const [rune, n] = decodeRune(p, i, ce);
  if (rune === RUNE_ERROR && n === 1) return null;
  const next = i + n;
  if (next >= ce) return null;
  return { rune, next };
}

/**
 * Whether a path segment holds wildcard syntax, as fsutil's `containsWildcards` decides on Linux:
 * `*`, `?` or `[` not preceded by a backslash escape.
 */
export function containsWildcards(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}
