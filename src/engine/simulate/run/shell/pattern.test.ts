import { describe, expect, it } from 'vitest';
import { escapePattern, hasGlobChars, matchPattern } from './pattern';
import { replacePattern, trimPattern } from './trimPattern';

/**
 * `[pattern, subject, matches]`: the answer of dash 0.5.12 to
 * `case 'subject' in pattern) echo y;; *) echo n;; esac` (each row was run through dash).
 */
const DASH_CASE: [string, string, boolean][] = [
  ['*', 'anything', true],
  ['*', '', true],
  ['?', '', false],
  ['a?c', 'abc', true],
  ['a?c', 'ac', false],
  ['*.tar.gz', 'x.tar.gz', true],
  ['*.tar.gz', 'x.tgz', false],
  ['[abc]', 'b', true],
  ['[abc]', 'd', false],
  ['[!abc]', 'd', true],
  ['[^abc]', 'a', true],
  ['[a-c]x', 'bx', true],
  ['[c-a]', 'b', false],
  ['[]]', ']', true],
  ['[]a]', 'a', true],
  ['[!]]', 'x', true],
  ['[[:digit:]]*', '9lives', true],
  ['[[:alpha:]]', '1', false],
  ['[[:space:]]', ' ', true],
  ['[[:upper:]][[:lower:]]', 'Ab', true],
  ['[', '[', true],
  ['[a', '[a', true],
  ['a[', 'a[', true],
  ['\\*', '*', true],
  ['\\*', 'x', false],
  ['a\\?', 'a?', true],
  ['a\\?', 'ab', false],
  ['*/bin', '/usr/bin', true],
  ['x*y*z', 'xaaybbz', true],
  ['x*y*z', 'xaaybb', false],
  ['[a-]', '-', true],
  ['[-a]', '-', true],
  ['[!-]', 'a', true],
  ['*[0-9]', 'v10', true],
  ['v[0-9].[0-9]*', 'v1.22', true],
  ['[.]*', '.git', true],
  ['[\\]]', ']', true],
  ['[a\\-z]', '-', true],
  ['[[:alpha:]-]', '-', true],
];

describe('matchPattern (case semantics)', () => {
  it.each(DASH_CASE)('%s vs %j -> %s', (pattern, subject, expected) => {
    expect(matchPattern(pattern, subject)).toBe(expected);
  });

  it('negates with ^ in bash only', () => {
    expect(matchPattern('[^abc]', 'a', 'bash')).toBe(false);
    expect(matchPattern('[^abc]', 'd', 'bash')).toBe(true);
  });

  it('treats regex characters literally', () => {
    for (const s of ['a.b', '(x)', 'a+b', '{1}', '$^', 'a|b', 'a/b']) expect(matchPattern(escapePattern(s), s)).toBe(true);
    expect(matchPattern('a.b', 'axb')).toBe(false);
  });
});

describe('escapePattern and hasGlobChars', () => {
  it('escapes exactly the pattern characters', () => {
    expect(escapePattern('a*b?[c]\\d')).toBe('a\\*b\\?\\[c\\]\\\\d');
    expect(hasGlobChars('a\\*b')).toBe(false);
    expect(hasGlobChars('src/*.go')).toBe(true);
    expect(hasGlobChars('x[')).toBe(true);
  });
});

describe('trimPattern', () => {
  // dash: a=abcabc; echo ${a#*b} ${a##*b} ${a%b*} ${a%%b*} -> cabc c abca a
  it.each([
    ['trimShortestPrefix', '*b', 'cabc'],
    ['trimLongestPrefix', '*b', 'c'],
    ['trimShortestSuffix', 'b*', 'abca'],
    ['trimLongestSuffix', 'b*', 'a'],
    ['trimShortestPrefix', 'x', 'abcabc'],
  ] as const)('%s %s', (op, pattern, expected) => {
    expect(trimPattern('abcabc', pattern, op, 'dash')).toBe(expected);
  });

  it('gives the same answers on long values', () => {
    const long = 'ab'.repeat(5000) + '/tail';
    expect(trimPattern(long, '*/', 'trimLongestPrefix', 'dash')).toBe('tail');
    expect(trimPattern(long, '*b', 'trimShortestPrefix', 'dash')).toBe(long.slice(2));
    expect(trimPattern(long, '/*', 'trimLongestSuffix', 'dash')).toBe('ab'.repeat(5000));
  });
});

describe('replacePattern (bash 5.2 results)', () => {
  // bash: a='hello world'; echo "${a/o/0}|${a//o/0}|${a/#h/H}|${a/%d/D}|${a/l*o/_}|${a//[lo]/}"
  it.each([
    ['replaceFirst', 'o', '0', 'hell0 world'],
    ['replaceAll', 'o', '0', 'hell0 w0rld'],
    ['replacePrefix', 'h', 'H', 'Hello world'],
    ['replaceSuffix', 'd', 'D', 'hello worlD'],
    ['replaceFirst', 'l*o', '_', 'he_rld'],
    ['replaceAll', '[lo]', '', 'he wrd'],
  ] as const)('%s %s', (op, pattern, replacement, expected) => {
    expect(replacePattern('hello world', pattern, replacement, op)).toBe(expected);
  });
});
