import { describe, expect, it } from 'vitest';
import { createMatcher, type DockerignoreMatcher } from './createMatcher';
import type { MatchInfo } from './evaluatePatterns';
import { cleanPath } from './goText';
import { MATCHES_CASES, MULTI_PATTERN_CASES } from './patternmatcherCases';

/** patternmatcher's package-level helper: New, Clean, never exclude ".". */
function pkgMatches(file: string, patterns: string[]): boolean | 'error' {
  const matcher = createMatcher(patterns);
  if (matcher.errors.length > 0) return 'error';
  const clean = cleanPath(file);
  return clean === '.' ? false : matcher.matchesOrParentMatches(clean);
}

/** The MatchesUsingParentResults subtest: feed each parent directory's info down. */
function usingParents(matcher: DockerignoreMatcher, text: string): boolean {
  const parent = cleanPath(text.slice(0, text.lastIndexOf('/') + 1));
  let info: MatchInfo | undefined;
  if (parent !== '.') {
    const dirs = parent.split('/');
    for (let i = 0; i < dirs.length; i++) {
      info = matcher.matchesUsingParentResults(dirs.slice(0, i + 1).join('/'), info).info;
    }
  }
  return matcher.matchesUsingParentResults(text, info).matched;
}

describe('patternmatcher TestMatches', () => {
  const all = [
    ...MATCHES_CASES.map(([p, text, pass]) => [[p], text, pass] as const),
    ...MULTI_PATTERN_CASES,
  ];
  it.each(all)('MatchesOrParentMatches %j vs %s (%s)', (patterns, text, pass) => {
    expect(createMatcher([...patterns]).matchesOrParentMatches(text)).toBe(pass !== 'fail');
  });
  it.each(all)('MatchesUsingParentResults %j vs %s (%s)', (patterns, text, pass) => {
    expect(usingParents(createMatcher([...patterns]), text)).toBe(pass !== 'fail');
  });
  it.each(all)('MatchesUsingParentResultsNoContext %j vs %s (%s)', (patterns, text, pass) => {
    expect(createMatcher([...patterns]).matchesUsingParentResults(text).matched).toBe(pass !== 'fail');
  });
});

describe('patternmatcher single-purpose tests', () => {
  it.each([
    ['TestWildcardMatches', 'fileutils.go', ['*'], true],
    ['TestPatternMatches', 'fileutils.go', ['*.go'], true],
    ['TestExclusionPatternMatchesPatternBefore', 'fileutils.go', ['!fileutils.go', '*.go'], true],
    ['TestPatternMatchesFolderExclusions', 'docs/README.md', ['docs', '!docs/README.md'], false],
    ['TestPatternMatchesFolderWithSlashExclusions', 'docs/README.md', ['docs/', '!docs/README.md'], false],
    ['TestPatternMatchesFolderWildcardExclusions', 'docs/README.md', ['docs/*', '!docs/README.md'], false],
    ['TestExclusionPatternMatchesPatternAfter', 'fileutils.go', ['*.go', '!fileutils.go'], false],
    ['TestExclusionPatternMatchesWholeDirectory', '.', ['*.go'], false],
    ['TestMatchesWithNoPatterns', '/any/path/there', [], false],
    ['TestSingleExclamationError', 'fileutils.go', ['!'], 'error'],
    ['TestMatchesWithMalformedPatterns', '/any/path/there', ['['], 'error'],
  ] as const)('%s', (_name, file, patterns, expected) => {
    expect(pkgMatches(file, [...patterns])).toBe(expected);
  });

  it('counts cleaned patterns and exclusions (TestCleanPatterns*)', () => {
    expect(createMatcher(['docs', 'config']).patterns).toHaveLength(2);
    expect(createMatcher(['docs', 'config', '']).patterns).toHaveLength(2);
    expect(createMatcher(['docs', '!docs/README.md']).hasExclusions).toBe(true);
    expect(createMatcher(['docs', 'config']).hasExclusions).toBe(false);
  });

  it('reports a malformed pattern that passes New only when matched (regression moby/moby#52203)', () => {
    const matcher = createMatcher(['[Local-Only]/']);
    expect(matcher.errors).toEqual([]);
    expect(matcher.matchesOrParentMatches('x')).toBe(false);
    expect(matcher.matchesOrParentMatches('x')).toBe(false);
  });
});

// Go's filepath TestMatch table as patternmatcher runs it (TestMatch: Matches(s, []string{p})).
// Note `a*` vs `ab/c`: true here although filepath.Match says false, because the parent `ab`
// matches.
describe('patternmatcher TestMatch', () => {
  it.each([
    ['abc', 'abc', true],
    ['*', 'abc', true],
    ['*c', 'abc', true],
    ['a*', 'a', true],
    ['a*', 'abc', true],
    ['a*', 'ab/c', true],
    ['a*/b', 'abc/b', true],
    ['a*/b', 'a/c/b', false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['a*b?c*x', 'abxbbxdbxebxczzy', false],
    ['ab[c]', 'abc', true],
    ['ab[b-d]', 'abc', true],
    ['ab[e-g]', 'abc', false],
    ['ab[^c]', 'abc', false],
    ['ab[^b-d]', 'abc', false],
    ['ab[^e-g]', 'abc', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true],
    ['a[^a]b', 'a☺b', true],
    ['a???b', 'a☺b', false],
    ['a[^a][^a][^a]b', 'a☺b', false],
    ['[a-ζ]*', 'α', true],
    ['*[a-ζ]', 'A', false],
    ['a?b', 'a/b', false],
    ['a*b', 'a/b', false],
    ['[\\]a]', ']', true],
    ['[\\-]', '-', true],
    ['[x\\-]', 'x', true],
    ['[x\\-]', '-', true],
    ['[x\\-]', 'z', false],
    ['[\\-x]', 'x', true],
    ['[\\-x]', '-', true],
    ['[\\-x]', 'a', false],
    ['[]a]', ']', 'error'],
    ['[-]', '-', 'error'],
    ['[x-]', 'x', 'error'],
    ['[x-]', '-', 'error'],
    ['[x-]', 'z', 'error'],
    ['[-x]', 'x', 'error'],
    ['[-x]', '-', 'error'],
    ['[-x]', 'a', 'error'],
    ['\\', 'a', 'error'],
    ['[a-b-c]', 'a', 'error'],
    ['[', 'a', 'error'],
    ['[^', 'a', 'error'],
    ['[^bc', 'a', 'error'],
    ['a[', 'a', 'error'],
    ['a[', 'ab', 'error'],
    ['*x', 'xxx', true],
  ] as const)('Matches(%j, [%j])', (pattern, s, expected) => {
    expect(pkgMatches(s, [pattern])).toBe(expected);
  });
});

describe('matches: the context-transfer decision (fsutil filterFS.Walk)', () => {
  it('re-includes below an excluded directory (fsutil TestFilteredOpenInvert patterns)', () => {
    const m = createMatcher(['foo', '!foo/bar', 'foo/bar/baz', '!foo/bar/baz/x']);
    expect(m.matchesOrParentMatches('foo/bar/baz/x')).toBe(false);
    expect(m.matchesOrParentMatches('foo/bar/baz/y')).toBe(true);
    expect(m.matches('foo/bar/baz/x', false)).toBe(false);
    expect(m.matches('foo/bar/baz/y', false)).toBe(true);
  });

  it('agrees with MatchesUsingParentResults on the multi-pattern table', () => {
    for (const [patterns, text, pass] of MULTI_PATTERN_CASES) {
      expect(createMatcher([...patterns]).matches(text, false)).toBe(pass !== 'fail');
    }
  });

  it('skips a whole excluded directory only when no exception can reach inside', () => {
    expect(createMatcher(['foo*', '!foo/bar2']).skipsSubtree('foo')).toBe(false);
    expect(createMatcher(['foo*', '!foo/bar2']).skipsSubtree('foo2')).toBe(true);
    expect(createMatcher(['**/bar']).skipsSubtree('foo/bar')).toBe(true);
    expect(createMatcher(['**', '!*.go']).skipsSubtree('src')).toBe(false);
  });
});
