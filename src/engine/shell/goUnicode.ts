/**
 * The `unicode` predicates BuildKit's lexer calls, on code points. JS `\s` is not Go's
 * `unicode.IsSpace` (it includes U+FEFF and misses nothing else Go has), so spaces are listed.
 */

/** Go's `unicode.IsSpace`: Latin-1 `\t \n \v \f \r`, space, U+0085, U+00A0, then White_Space. */
export function isGoSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
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

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

/** Go's `unicode.IsLetter` (category L). */
export function isGoLetter(r: number): boolean {
  if (r < 0x80) return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  return r >= 0 && r <= 0x10ffff && LETTER.test(String.fromCodePoint(r));
}

/** Go's `unicode.IsDigit` (category Nd). */
export function isGoDigit(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39;
  return r >= 0 && r <= 0x10ffff && DIGIT.test(String.fromCodePoint(r));
}
