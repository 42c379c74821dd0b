/**
 * Go's `strings`/`unicode` helpers as BuildKit's parser calls them, on byte strings (see utf8.ts).
 * Exactness matters: `unicode.IsSpace` includes U+0085 and U+00A0, `TrimSpace` decodes runes from
 * both ends, `ToLower` uses simple case mapping, and the parser's `[\t\v\f\r ]+` split has
 * quirks of its own (Go's `Regexp.Split`).
 */
import { decodeLastRune, decodeRune, RUNE_ERROR, runeBytes } from './utf8';

/** Go's `unicode.IsSpace`. */
export function isSpaceRune(r: number): boolean {
  if (r <= 0xff) {
    return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  }
  return (
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
}

/** `unicode.IsSpace(rune(b))` for a single byte, as `extractBuilderFlags` and HEALTHCHECK use it. */
export function isSpaceByte(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x85 || b === 0xa0;
}

/** Index of the first rune of `s[from:to]` that is not a space; `to` when none. */
export function skipSpace(s: string, from = 0, to = s.length): number {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        i++;
        continue;
      }
      return i;
    }
    const packed = decodeRune(s, i);
    if (!isSpaceRune(Math.floor(packed / 8))) return i;
    i += packed & 7;
  }
  return i;
}

/** Go's `bytes.TrimLeftFunc(s, unicode.IsSpace)`. */
export function trimLeftSpace(s: string): string {
  const i = skipSpace(s);
  return i === 0 ? s : s.slice(i);
}

/** Go's `strings.TrimRightFunc(s, unicode.IsSpace)`, including its forward re-decode of the kept rune. */
export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        i--;
        continue;
      }
      return i === s.length ? s : s.slice(0, i);
    }
    const packed = decodeLastRune(s, i);
    const start = i - (packed & 7);
    if (!isSpaceRune(Math.floor(packed / 8))) {
      const end = start + (decodeRune(s, start) & 7);
      return end >= s.length ? s : s.slice(0, end);
    }
    i = start;
  }
  return '';
}

/** Go's `strings.TrimSpace`. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

/** Go's `unicode.ToLower` (simple case mapping). */
function lowerRune(r: number): number {
  if (r === 0x130) return 0x69;
  const lowered = String.fromCodePoint(r).toLowerCase();
  const cp = lowered.codePointAt(0) ?? r;
  return lowered.length === (cp > 0xffff ? 2 : 1) ? cp : r;
}

/** Go's `strings.ToLower` on a byte string (invalid bytes become U+FFFD, as `strings.Map` does). */
export function goToLower(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : s[i];
      i++;
      continue;
    }
    const packed = decodeRune(s, i);
    const w = packed & 7;
    out += w === 1 ? runeBytes(RUNE_ERROR) : runeBytes(lowerRune(Math.floor(packed / 8)));
    i += w;
  }
  return out;
}

function isWsByte(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/**
 * Go's `reWhitespace.Split(s, n)` with `reWhitespace = [\t\v\f\r ]+` (n < 0: no limit).
 * Like Go it yields an empty first field for leading blanks, a trailing "" for trailing blanks,
 * and `[""]` for an empty string.
 */
export function splitWhitespace(s: string, n: number): string[] {
  if (s.length === 0) return [''];
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  let i = 0;
  let matches = 0;
  while (i < s.length) {
    if (!isWsByte(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isWsByte(s.charCodeAt(j))) j++;
    if (n > 0 && matches === n) break;
    matches++;
    if (n > 0 && out.length === n - 1) break;
    end = i;
    out.push(s.slice(beg, end));
    beg = j;
    i = j;
  }
  if (end !== s.length) out.push(s.slice(beg));
  return out;
}

const PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{Nd}$/u;

/** Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020. */
export function isPrintRune(r: number): boolean {
  if (r <= 0xff) {
    if (r >= 0x20 && r <= 0x7e) return true;
    if (r >= 0xa1 && r <= 0xff) return r !== 0xad;
    return false;
  }
  return PRINT_RE.test(String.fromCodePoint(r));
}

/** Go's `unicode.IsLetter`. */
export function isLetterRune(r: number): boolean {
  if (r < 0x80) return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  return r <= 0x10ffff && LETTER_RE.test(String.fromCodePoint(r));
}

/** Go's `unicode.IsDigit`. */
export function isDigitRune(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39;
  return r <= 0x10ffff && DIGIT_RE.test(String.fromCodePoint(r));
}
