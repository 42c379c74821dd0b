/**
 * Byte strings: BuildKit's parser works on UTF-8 bytes, and several of its steps look at single
 * bytes (flag extraction, HEALTHCHECK's type split, comment text). To reproduce it exactly we run
 * the parser on a "byte string": a JS string whose char codes are the input's UTF-8 bytes (0-255).
 *
 * Conversion back to ordinary JS strings decodes UTF-8. A byte that Go's decoder rejects is kept
 * as the lone surrogate U+DC00+byte (as Python's "surrogateescape" does), and `toBytes` maps such a
 * surrogate back to its byte, so `toBytes(fromBytes(b)) === b` and the dump of a converted AST is
 * still BuildKit's byte for byte. Other lone surrogates in input text become U+FFFD, as Go's
 * `string(rune)` conversion would.
 */

/** Go's `utf8.RuneError`. */
export const RUNE_ERROR = 0xfffd;

const NON_ASCII = /[\u0080-\uffff]/;

/** True when the string has only 7-bit characters (then it is its own byte string). */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

const encoder = new TextEncoder();

/** `isAscii` for whole files: the native encoder is faster than a regexp on long strings. */
function isAsciiLong(s: string): boolean {
  if (s.length < 256) return isAscii(s);
  const { read, written } = encoder.encodeInto(s, new Uint8Array(s.length));
  return read === s.length && written === s.length;
}

const CHUNK = 8192;

function codesToString(codes: Uint8Array | Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    const part = codes.subarray(i, Math.min(length, i + CHUNK));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

/** The UTF-8 byte string of a JS string, or of raw bytes (a `Uint8Array`, e.g. a Node Buffer). */
export function toBytes(input: string | Uint8Array): string {
  if (typeof input !== 'string') return codesToString(input, input.length);
  if (isAsciiLong(input)) return input;
  const out = new Uint8Array(input.length * 3);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else if (c >= 0xdc80 && c <= 0xdcff) {
        out[n++] = c - 0xdc00;
        continue;
      } else {
        c = RUNE_ERROR;
      }
    }
    n = encodeRuneInto(out, n, c);
  }
  return codesToString(out, n);
}

function encodeRuneInto(out: Uint8Array, n: number, c: number): number {
  if (c < 0x80) {
    out[n++] = c;
  } else if (c < 0x800) {
    out[n++] = 0xc0 | (c >> 6);
    out[n++] = 0x80 | (c & 0x3f);
  } else if (c < 0x10000) {
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  } else {
    out[n++] = 0xf0 | (c >> 18);
    out[n++] = 0x80 | ((c >> 12) & 0x3f);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}

/** The UTF-8 bytes of one rune as a byte string (Go's `utf8.AppendRune`; invalid runes give U+FFFD). */
export function runeBytes(c: number): string {
  if (c >= 0 && c < 0x80) return String.fromCharCode(c);
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = RUNE_ERROR;
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  if (c < 0x10000) {
    return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (c >> 18),
    0x80 | ((c >> 12) & 0x3f),
    0x80 | ((c >> 6) & 0x3f),
    0x80 | (c & 0x3f),
  );
}

/**
 * Go's `utf8.DecodeRuneInString(s[i:])`, packed as `rune * 8 + width`: an invalid or truncated
 * sequence decodes as (RuneError, 1). `i` must be inside `s`.
 */
export function decodeRune(s: string, i: number): number {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  const bad = RUNE_ERROR * 8 + 1;
  if (b0 < 0xc2 || b0 > 0xf4) return bad;
  const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
  if (b0 < 0xe0) {
    return b1 >= 0x80 && b1 <= 0xbf ? (((b0 & 0x1f) << 6) | (b1 & 0x3f)) * 8 + 2 : bad;
  }
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return bad;
  const b2 = i + 2 < s.length ? s.charCodeAt(i + 2) : -1;
  if (b2 < 0x80 || b2 > 0xbf) return bad;
  if (b0 < 0xf0) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) * 8 + 3;
  const b3 = i + 3 < s.length ? s.charCodeAt(i + 3) : -1;
  if (b3 < 0x80 || b3 > 0xbf) return bad;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) * 8 + 4;
}

/** Go's `utf8.DecodeLastRuneInString(s[:end])`, packed like {@link decodeRune}; `end` > 0. */
export function decodeLastRune(s: string, end: number): number {
  let start = end - 1;
  if (s.charCodeAt(start) < 0x80) return s.charCodeAt(start) * 8 + 1;
  const lim = Math.max(0, end - 4);
  for (start--; start >= lim; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const packed = decodeRune(s.slice(start, end), 0);
  if (start + (packed & 7) !== end) return RUNE_ERROR * 8 + 1;
  return packed;
}

/** Decode a byte string to a JS string; bytes Go rejects become U+DC80..U+DCFF (see above). */
export function fromBytes(b: string): string {
  if (isAscii(b)) return b;
  const out = new Uint16Array(b.length);
  let n = 0;
  for (let i = 0; i < b.length; ) {
    const c = b.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      i++;
      continue;
    }
    const packed = decodeRune(b, i);
    const r = Math.floor(packed / 8);
    const w = packed & 7;
    if (w === 1) {
      out[n++] = 0xdc00 + c;
    } else if (r >= 0x10000) {
      out[n++] = 0xd800 + ((r - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((r - 0x10000) & 0x3ff);
    } else {
      out[n++] = r;
    }
    i += w;
  }
  return codesToString(out, n);
}
