/**
 * Go `strings` helpers on ordinary JS strings, where Go and JavaScript disagree: Go maps case
 * rune by rune with simple mappings (`İ` lowercases to `i`, `ß` stays `ß` in upper case), and
 * `TrimSpace` uses `unicode.IsSpace` (U+0085 is space, U+FEFF is not).
 */
import { goToLower, trimSpace } from '../parse/goStrings';
import { fromBytes, toBytes } from '../parse/utf8';

/** Go's `strings.ToLower`. */
export function goLower(s: string): string {
  return fromBytes(goToLower(toBytes(s)));
}

/** Go's `strings.ToUpper` (simple case mapping: a rune never becomes two). */
export function goUpper(s: string): string {
  let out = '';
  for (const ch of s) {
    const upper = ch.toUpperCase();
    out += Array.from(upper).length === 1 ? upper : ch;
  }
  return out;
}

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  return fromBytes(trimSpace(toBytes(s)));
}

/** Go's `strings.EqualFold` for the ASCII word `as` (what FROM checks). */
export function isAsKeyword(s: string): boolean {
  return goLower(s) === 'as' || goUpper(s) === 'AS';
}

/** Go's `sort.Strings` order: byte-wise UTF-8, which is code point order. */
export function compareGoStrings(a: string, b: string): number {
  const x = toBytes(a);
  const y = toBytes(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
