/**
 * Small ports of Go standard-library string and path behaviour that `.dockerignore` handling
 * depends on. BuildKit runs this logic in Go, so the exact Go rules matter: `strings.TrimSpace`
 * trims a different set of characters than `String.prototype.trim`, and `path.Clean` decides what
 * a pattern such as `./a/../b/` becomes before it is matched.
 */

/** Go's `unicode.IsSpace` (the set `strings.TrimSpace` trims). Unlike JS trim it excludes U+FEFF. */
export function isGoSpace(cp: number): boolean {
  if (cp <= 0xff) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
  return (
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * Go's `path.Clean` (what `filepath.Clean` does on Linux): collapse repeated slashes, drop `.`
 * segments, resolve `..` against earlier segments (never above `/` for a rooted path), strip a
 * trailing slash, and turn an empty result into `.`.
 */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = (rooted ? '/' : '') + out.join('/');
  return joined === '' ? '.' : joined;
}

/**
 * Compare two strings in Go's string order (UTF-8 byte order, i.e. code point order), which is
 * how Go's directory walks sort names. JS `<` compares UTF-16 code units, which puts astral
 * characters before U+E000..U+FFFF; shifting the code units fixes that.
 */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

function codeUnitRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (Go strings are byte strings). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Go's `utf8.RuneError`. */
export const RUNE_ERROR = 0xfffd;

/**
 * Go's `utf8.DecodeRune` on `bytes[at..end)`: the code point and its byte length; an invalid
 * or truncated sequence decodes as (RuneError, 1), an empty input as (RuneError, 0).
 */
export function decodeRune(bytes: Uint8Array, at: number, end: number = bytes.length): [number, number] {
  if (at >= end) return [RUNE_ERROR, 0];
  const b0 = bytes[at] ?? 0;
  if (b0 < 0x80) return [b0, 1];
  let need: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
  else return [RUNE_ERROR, 1];
  if (at + need >= end) return [RUNE_ERROR, 1];
  for (let k = 1; k <= need; k++) {
    const b = bytes[at + k] ?? 0;
    if ((b & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [RUNE_ERROR, 1];
  return [cp, need + 1];
}
