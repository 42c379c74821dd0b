import { describe, expect, it } from 'vitest';
import { containsWildcards, goPathMatch, type GoMatch } from './goMatch';

// golang/go src/path/filepath/match_test.go, `matchTests` (TestMatch), non-Windows.
const MATCH_TESTS: ReadonlyArray<readonly [string, string, GoMatch]> = [
  ['abc', 'abc', 'match'],
  ['*', 'abc', 'match'],
  ['*c', 'abc', 'match'],
  ['a*', 'a', 'match'],
  ['a*', 'abc', 'match'],
  ['a*', 'ab/c', 'no-match'],
  ['a*/b', 'abc/b', 'match'],
  ['a*/b', 'a/c/b', 'no-match'],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', 'match'],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', 'match'],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', 'no-match'],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', 'no-match'],
  ['a*b?c*x', 'abxbbxdbxebxczzx', 'match'],
  ['a*b?c*x', 'abxbbxdbxebxczzy', 'no-match'],
  ['ab[c]', 'abc', 'match'],
  ['ab[b-d]', 'abc', 'match'],
  ['ab[e-g]', 'abc', 'no-match'],
  ['ab[^c]', 'abc', 'no-match'],
  ['ab[^b-d]', 'abc', 'no-match'],
  ['ab[^e-g]', 'abc', 'match'],
  ['a\\*b', 'a*b', 'match'],
  ['a\\*b', 'ab', 'no-match'],
  ['a?b', 'a☺b', 'match'],
  ['a[^a]b', 'a☺b', 'match'],
  ['a???b', 'a☺b', 'no-match'],
  ['a[^a][^a][^a]b', 'a☺b', 'no-match'],
  ['[a-ζ]*', 'α', 'match'],
  ['*[a-ζ]', 'A', 'no-match'],
  ['a?b', 'a/b', 'no-match'],
  ['a*b', 'a/b', 'no-match'],
  ['[\\]a]', ']', 'match'],
  ['[\\-]', '-', 'match'],
  ['[x\\-]', 'x', 'match'],
  ['[x\\-]', '-', 'match'],
  ['[x\\-]', 'z', 'no-match'],
  ['[\\-x]', 'x', 'match'],
  ['[\\-x]', '-', 'match'],
  ['[\\-x]', 'a', 'no-match'],
  ['[]a]', ']', 'bad-pattern'],
  ['[-]', '-', 'bad-pattern'],
  ['[x-]', 'x', 'bad-pattern'],
  ['[x-]', '-', 'bad-pattern'],
  ['[x-]', 'z', 'bad-pattern'],
  ['[-x]', 'x', 'bad-pattern'],
  ['[-x]', '-', 'bad-pattern'],
  ['[-x]', 'a', 'bad-pattern'],
  ['\\', 'a', 'bad-pattern'],
  ['[a-b-c]', 'a', 'bad-pattern'],
  ['[', 'a', 'bad-pattern'],
  ['[^', 'a', 'bad-pattern'],
  ['[^bc', 'a', 'bad-pattern'],
  ['a[', 'a', 'bad-pattern'],
  ['a[', 'ab', 'bad-pattern'],
  ['a[', 'x', 'bad-pattern'],
  ['a/b[', 'x', 'bad-pattern'],
  ['*x', 'xxx', 'match'],
];

describe('goPathMatch: Go filepath TestMatch', () => {
  it.each(MATCH_TESTS)('Match(%j, %j) = %s', (pattern, name, expected) => {
    expect(goPathMatch(pattern, name)).toBe(expected);
  });
});

// golang/go src/path/filepath/match_test.go, TestWindowsGlob's relative table, run against the
// names of its tree one level at a time (`*` never crosses `/`).
describe('goPathMatch: TestWindowsGlob name table', () => {
  const names = ['a', 'b', 'dir'];
  it.each([
    ['a', ['a']],
    ['b', ['b']],
    ['c', []],
    ['*', ['a', 'b', 'dir']],
    ['d*', ['dir']],
    ['*i*', ['dir']],
    ['*r', ['dir']],
    ['?ir', ['dir']],
    ['?r', []],
  ] as const)('%s', (pattern, expected) => {
    expect(names.filter((n) => goPathMatch(pattern, n) === 'match')).toEqual(expected);
  });
  it('d*/*/bin/git.exe', () => {
    expect(goPathMatch('d*/*/bin/git.exe', 'dir/d/bin/git.exe')).toBe('match');
  });
});

describe('containsWildcards (fsutil copy.containsWildcards, non-Windows)', () => {
  it.each([
    ['foo*', true],
    ['f?o', true],
    ['[ab]', true],
    ['foo', false],
    ['foo\\*', false],
    ['a\\[b', false],
  ] as const)('%s → %s', (segment, expected) => {
    expect(containsWildcards(segment)).toBe(expected);
  });
});
