import { describe, expect, it } from 'vitest';
import { goRegexpToJs } from './goRegexp';

// Meanings from Go's regexp/syntax package documentation (RE2 syntax as Go implements it).
describe('goRegexpToJs keeps Go regexp meanings', () => {
  it.each([
    ['^[[:alpha:]]$', 'q', true],
    ['^[[:alpha:]]$', '1', false],
    ['^[[:^alpha:]]$', '1', true],
    ['^[[:digit:]x]$', 'x', true],
    ['^\\d$', '7', true],
    ['^\\s$', '\u00a0', false],
    ['^\\s$', '\t', true],
    ['^\\pL$', 'ζ', true],
    ['^\\pN$', 'ζ', false],
    ['^\\x41$', 'A', true],
    ['^\\101$', 'A', true],
    ['^\\a$', '\u0007', true],
    ['^\\Qa.b\\E$', 'a.b', true],
    ['^\\Qa.b\\E$', 'axb', false],
    ['^.$', '\n', false],
    ['^.$', '\r', true],
    ['^a]$', 'a]', true],
    ['^[]a]$', ']', true],
    ['^\\-$', '-', true],
  ] as const)('%s on %j → %s', (source, text, expected) => {
    const re = goRegexpToJs(source);
    expect(re).not.toBeNull();
    expect(re?.test(text)).toBe(expected);
  });

  it.each([
    ['^[l-O]$', 'reversed range'],
    ['^\\q$', 'unknown escape'],
    ['^\\1$', 'backreference'],
    ['^[[:foo:]]$', 'unknown class name'],
    ['^[a$', 'missing ]'],
    ['^\\p{$', 'braced class name is not produced'],
  ])('rejects %s (%s)', (source) => {
    expect(goRegexpToJs(source)).toBeNull();
  });
});
