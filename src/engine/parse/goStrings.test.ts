import { describe, expect, it } from 'vitest';
import { goToLower, isSpaceRune, splitWhitespace, trimSpace } from './goStrings';
import { toBytes } from './utf8';

describe('Go string helpers', () => {
  it('unicode.IsSpace: the Latin-1 set plus White_Space (unicode/graphic.go)', () => {
    const spaces = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    expect(spaces.every(isSpaceRune)).toBe(true);
    expect([0x200b, 0xfeff, 0x1c, 0x41].some(isSpaceRune)).toBe(false);
  });
  it('strings.TrimSpace (example in the strings package docs)', () => {
    expect(trimSpace(' \t\n Hello, Gophers \n\t\r\n')).toBe('Hello, Gophers');
    expect(trimSpace(toBytes('\u00a0x\u3000'))).toBe('x');
    // An invalid byte is not a space.
    expect(trimSpace('\xff \n')).toBe('\xff');
  });
  it('strings.ToLower uses simple case mapping', () => {
    expect(goToLower('Gopher')).toBe('gopher');
    expect(goToLower(toBytes('İ'))).toBe('i');
    expect(goToLower(toBytes('ΣΑΣ'))).toBe(toBytes('σασ'));
    expect(goToLower('A\xffB')).toBe(toBytes('a\ufffdb'));
  });
  it('Regexp.Split with [\\t\\v\\f\\r ]+ keeps empty edge fields', () => {
    expect(splitWhitespace('a  b\tc', -1)).toEqual(['a', 'b', 'c']);
    expect(splitWhitespace(' a ', -1)).toEqual(['', 'a', '']);
    expect(splitWhitespace('', -1)).toEqual(['']);
    expect(splitWhitespace('a b c', 2)).toEqual(['a', 'b c']);
    expect(splitWhitespace('a\nb', -1)).toEqual(['a\nb']);
  });
});
