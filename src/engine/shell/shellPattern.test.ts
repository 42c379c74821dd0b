/**
 * Pattern cases from BuildKit's lex_test.go (TestConvertShellPatternToRegex, TestReverseString,
 * TestReversePattern), checked by behaviour since our regex source differs from Go's.
 */
import { describe, expect, it } from 'vitest';
import { compileShellPattern, reversePattern, reverseString, trimPrefix, trimSuffix } from './shellPattern';

function matchAtStart(pattern: string, text: string): string | undefined {
  const compiled = compileShellPattern(pattern, true, true);
  if (!compiled.ok) throw new Error(compiled.error);
  compiled.regex.lastIndex = 0;
  return compiled.regex.exec(text)?.[0];
}

describe('compileShellPattern', () => {
  it.each([
    ['*', 'anything', 'anything'],
    ['?', 'xy', 'x'],
    ['\\*', '*x', '*'],
    ['(()[]{\\}^$.\\*\\?|\\\\', '(()[]{}^$.*?|\\rest', '(()[]{}^$.*?|\\'],
  ])('%s matches %s as %s', (pattern, text, expected) => {
    expect(matchAtStart(pattern, text)).toBe(expected);
  });

  it('`\\*` is literal', () => {
    expect(matchAtStart('\\*', 'x')).toBeUndefined();
  });

  it.each(['\\', '\\x', '\\\\\\'])('rejects %s', (pattern) => {
    expect(compileShellPattern(pattern, true, true).ok).toBe(false);
  });

  it('words the error as BuildKit (a missing escaped rune prints as U+FFFD)', () => {
    expect(compileShellPattern('\\x', true, true)).toEqual({ ok: false, error: "invalid escape '\\x'" });
    expect(compileShellPattern('a\\', true, true)).toEqual({ ok: false, error: "invalid escape '\\\uFFFD'" });
  });

  it('wildcards do not cross a newline, like Go `.`', () => {
    expect(matchAtStart('*', 'a\nb')).toBe('a');
    expect(matchAtStart('?', '\r')).toBe('\r');
  });
});

describe('reverse helpers', () => {
  it('reverseString works on code points', () => {
    expect(reverseString('54321')).toBe('12345');
    expect(reverseString('🖖🚀👽')).toBe('👽🚀🖖');
  });

  it.each([
    ['a\\*c', 'c\\*a'],
    ['\\\\\\ab', 'b\\a\\\\'],
    ['ab\\', '\\ba'],
    ['👽\\🚀🖖', '🖖\\🚀👽'],
    ['\\\\b', 'b\\\\'],
  ])('reversePattern(%s) = %s', (pattern, expected) => {
    expect(reversePattern(pattern)).toBe(expected);
  });
});

describe('trimPrefix / trimSuffix', () => {
  it.each([
    ['*.', 'a.b.c', false, 'b.c'],
    ['*.', 'a.b.c', true, 'c'],
    ['x', 'a.b.c', true, 'a.b.c'],
  ])('trimPrefix(%s, %s, greedy=%s) = %s', (pattern, value, greedy, expected) => {
    expect(trimPrefix(pattern, value, greedy)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['.*', 'a.b.c', false, 'a.b'],
    ['.*', 'a.b.c', true, 'a'],
    ['\\*\\*', 'xx**', false, 'xx'],
  ])('trimSuffix(%s, %s, greedy=%s) = %s', (pattern, value, greedy, expected) => {
    expect(trimSuffix(pattern, value, greedy)).toEqual({ ok: true, value: expected });
  });
});
