import { describe, expect, it } from 'vitest';
import { compilePattern, matchPattern, preparePattern } from './compilePattern';
import { cleanPath } from './goText';
import { COMPILE_CASES, MATCHES_CASES } from './patternmatcherCases';

describe('compilePattern: patternmatcher TestCompile', () => {
  it.each(COMPILE_CASES)('%s compiles as %s %s', (pattern, kind, regexp) => {
    // TestCompile cleans with path.Clean and builds the Pattern directly (no New()).
    const compiled = compilePattern(cleanPath(pattern), false);
    expect(compiled.kind).toBe(kind);
    if (kind === 'regexp') expect(compiled.goRegexp).toBe(regexp);
  });
});

describe('matchPattern: patternmatcher TestMatches / MatchesExact', () => {
  it.each(MATCHES_CASES)('%s against %s (%s)', (pattern, text, pass) => {
    const prepared = preparePattern(pattern);
    if (prepared.ok !== true) throw new Error(`pattern ${pattern} refused`);
    expect(matchPattern(prepared.pattern, text)).toBe(pass === 'exact');
  });
});

describe('preparePattern: patternmatcher New', () => {
  it.each([
    // TestSingleExclamationError / TestCleanPatternsErrorSingleException
    ['!', 'illegal exclusion pattern: "!"'],
    // TestMatchesWithMalformedPatterns
    ['[', 'syntax error in pattern'],
  ])('refuses %s', (pattern, message) => {
    expect(preparePattern(pattern)).toEqual({ ok: false, message });
  });

  it('skips blank patterns (TestCleanPatternsStripEmptyPatterns)', () => {
    expect(preparePattern('')).toEqual({ ok: 'empty' });
  });

  it.each([
    // TestCleanPatternsLeadingSpaceTrimmed / TestCleanPatternsTrailingSpaceTrimmed
    ['  !docs/README.md', 'docs/README.md'],
    ['!docs/README.md  ', 'docs/README.md'],
  ])('trims %j into an exclusion', (pattern, text) => {
    const prepared = preparePattern(pattern);
    expect(prepared.ok === true && prepared.pattern).toMatchObject({ exclusion: true, text });
  });

  it('accepts [Local-Only]/ but cannot compile it (TestMatchesOrParentMatchesMalformedPattern...)', () => {
    const prepared = preparePattern('[Local-Only]/');
    expect(prepared.ok).toBe(true);
    if (prepared.ok !== true) return;
    expect(prepared.pattern.kind).toBe('invalid');
    expect(matchPattern(prepared.pattern, 'x')).toBeNull();
    expect(matchPattern(prepared.pattern, 'x')).toBeNull();
  });
});
