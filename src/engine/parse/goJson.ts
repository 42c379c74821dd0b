/**
 * The part of Go's `encoding/json.Unmarshal` that decides BuildKit's exec form
 * (`parseJSON` in line_parsers.go) and the `{"syntax": ...}` directive (directives.go).
 *
 * Why not `JSON.parse`: Go validates the whole document first (with a nesting limit of 10000),
 * turns invalid surrogate escapes and invalid UTF-8 into U+FFFD, and fails the whole call when a
 * number does not fit a float64 (so `["a", 1e999]` is *invalid* JSON for BuildKit and falls back
 * to shell form, while `["a", 1]` is the "strings only" error). This scanner is iterative, so deep
 * nesting cannot overflow the stack, and it works on byte strings (utf8.ts).
 */
import { decodeRune, RUNE_ERROR, runeBytes } from './utf8';

/** Go's `maxNestingDepth` in encoding/json/scanner.go. */
const MAX_DEPTH = 10000;

/** What the top level of a document holds; only the top container's members are decoded. */
export interface JsonTop {
  kind: 'array' | 'object' | 'other';
  /** Top-level array members: the decoded string, or null for any non-string value. */
  elements: (string | null)[];
  /** Top-level object members (last duplicate wins), same encoding as `elements`. */
  entries: Map<string, string | null>;
}

function ws(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** End index (after the closing quote) of a valid JSON string starting at `i`, or -1. */
function scanString(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -1;
    if (c !== 0x5c) {
      j++;
      continue;
    }
    const e = s.charCodeAt(j + 1);
    if (e === 0x75) {
      for (let k = 2; k < 6; k++) if (!isHex(s.charCodeAt(j + k))) return -1;
      j += 6;
    } else if ('"\\/bfnrt'.includes(String.fromCharCode(e)) && j + 1 < s.length) {
      j += 2;
    } else {
      return -1;
    }
  }
  return -1;
}

function u4(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x5c || s.charCodeAt(i + 1) !== 0x75) return -1;
  const digits = s.slice(i + 2, i + 6);
  if (digits.length !== 4 || ![...digits].every((d) => isHex(d.charCodeAt(0)))) return -1;
  return parseInt(digits, 16);
}

const SIMPLE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decode the (already validated) string literal s[i..end) the way Go's `unquote` does. */
function decodeString(s: string, i: number, end: number): string {
  let out = '';
  let j = i + 1;
  const stop = end - 1;
  while (j < stop) {
    const c = s.charCodeAt(j);
    if (c === 0x5c) {
      const e = s[j + 1] ?? '';
      if (e !== 'u') {
        out += SIMPLE[e] ?? e;
        j += 2;
        continue;
      }
      let r = u4(s, j);
      j += 6;
      if (r >= 0xd800 && r <= 0xdfff) {
        const r2 = u4(s, j);
        if (r <= 0xdbff && r2 >= 0xdc00 && r2 <= 0xdfff) {
          r = 0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00);
          j += 6;
        } else {
          r = RUNE_ERROR;
        }
      }
      out += runeBytes(r);
    } else if (c < 0x80) {
      out += s[j];
      j++;
    } else {
      const packed = decodeRune(s, j);
      const w = packed & 7;
      out += w === 1 ? runeBytes(RUNE_ERROR) : s.slice(j, j + w);
      j += w;
    }
  }
  return out;
}

/** End of a valid JSON number at `i`, or -1; sets `overflow` when float64 cannot hold it. */
function scanNumber(s: string, i: number, state: { overflow: boolean }): number {
  let j = i;
  if (s.charCodeAt(j) === 0x2d) j++;
  const digit = (k: number) => {
    const c = s.charCodeAt(k);
    return c >= 0x30 && c <= 0x39;
  };
  if (s.charCodeAt(j) === 0x30) j++;
  else if (digit(j)) while (digit(j)) j++;
  else return -1;
  if (s.charCodeAt(j) === 0x2e) {
    j++;
    if (!digit(j)) return -1;
    while (digit(j)) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 0x65 || e === 0x45) {
    j++;
    const sign = s.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j++;
    if (!digit(j)) return -1;
    while (digit(j)) j++;
  }
  if (!Number.isFinite(Number(s.slice(i, j)))) state.overflow = true;
  return j;
}

/**
 * Scan a whole document as Go's `json.Unmarshal` would; null when Go would return an error
 * (syntax error, nesting deeper than 10000, or a number that overflows float64).
 */
export function scanJson(s: string): JsonTop | null {
  const top: JsonTop = { kind: 'other', elements: [], entries: new Map() };
  const stack: number[] = [];
  const state = { overflow: false };
  let key = '';
  let i = 0;
  // Reads `"key" :` inside an object; -1 on error.
  const readKey = (at: number): number => {
    const k = ws(s, at);
    if (s.charCodeAt(k) !== 0x22) return -1;
    const end = scanString(s, k);
    if (end < 0) return -1;
    if (stack.length === 1) key = decodeString(s, k, end);
    const colon = ws(s, end);
    return s.charCodeAt(colon) === 0x3a ? colon + 1 : -1;
  };
  for (;;) {
    i = ws(s, i);
    const c = s.charCodeAt(i);
    let value: string | null = null;
    let complete = true;
    if (c === 0x5b || c === 0x7b) {
      if (stack.length >= MAX_DEPTH) return null;
      stack.push(c);
      if (stack.length === 1) top.kind = c === 0x5b ? 'array' : 'object';
      i = ws(s, i + 1);
      if (s.charCodeAt(i) === c + 2) {
        stack.pop();
        i++;
      } else {
        complete = false;
        if (c === 0x7b) {
          i = readKey(i);
          if (i < 0) return null;
        }
      }
    } else if (c === 0x22) {
      const end = scanString(s, i);
      if (end < 0) return null;
      if (stack.length === 1) value = decodeString(s, i, end);
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      i = scanNumber(s, i, state);
      if (i < 0) return null;
    } else if (s.startsWith('true', i)) i += 4;
    else if (s.startsWith('false', i)) i += 5;
    else if (s.startsWith('null', i)) i += 4;
    else return null;
    if (!complete) continue;
    // A value just ended: record it, then consume separators and closers.
    for (;;) {
      if (stack.length === 1) {
        if (stack[0] === 0x5b) top.elements.push(value);
        else top.entries.set(key, value);
      }
      value = null;
      if (stack.length === 0) {
        return ws(s, i) === s.length && !state.overflow ? top : null;
      }
      i = ws(s, i);
      const sep = s.charCodeAt(i);
      const open = stack[stack.length - 1] ?? 0;
      if (sep === 0x2c) {
        i++;
        if (open === 0x7b) {
          i = readKey(i);
          if (i < 0) return null;
        }
        break;
      }
      if (sep !== open + 2) return null;
      stack.pop();
      i++;
    }
  }
}

/** BuildKit's exec-form decision for text starting with `[`. */
export type JsonArrayResult =
  | { kind: 'strings'; values: string[] }
  | { kind: 'notStrings' }
  | { kind: 'invalid' };

/** `json.Unmarshal` into `[]any` followed by BuildKit's "strings only" check. */
export function parseJsonStringArray(s: string): JsonArrayResult {
  const top = scanJson(s);
  if (!top || top.kind !== 'array') return { kind: 'invalid' };
  const values: string[] = [];
  for (const v of top.elements) {
    if (v === null) return { kind: 'notStrings' };
    values.push(v);
  }
  return { kind: 'strings', values };
}
