/**
 * The `unicode` predicates BuildKit's lexer calls, on code points. JS `\s` is not Go's
 * `unicode.IsSpace` (it includes U+FEFF and misses nothing else Go has), so spaces are listed.
 */

/** Go's `unicode.IsSpace` (one definition, shared with the parser). */
export { isSpaceRune as isGoSpace } from '../parse/goStrings';

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
