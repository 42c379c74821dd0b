/**
 * Expansion cases from BuildKit's lex_test.go (TestProcessWithMatches, TestShellParserMandatoryEnvVars,
 * TestProcessWithMatchesPlatform) plus exact messages and quirks read from lex.go.
 */
import { describe, expect, it } from 'vitest';
import { envFromPairs, envFromSlice } from './env';
import { Lexer } from './lexer';
import { expandForDisplay, processWord, processWords } from './processWord';

interface MatchCase {
  input: string;
  env: Record<string, string>;
  expected?: string;
  matched?: string[];
  unmatched?: string[];
}

// TestProcessWithMatches: `expected` undefined means BuildKit expects an error.
const withMatches: MatchCase[] = [
  { input: 'x', env: { DUMMY: 'dummy' }, expected: 'x' },
  { input: 'x ${UNUSED}', env: { DUMMY: 'dummy' }, expected: 'x ', unmatched: ['UNUSED'] },
  { input: 'x ${FOO}', env: { FOO: 'y' }, expected: 'x y', matched: ['FOO'] },
  { input: '${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', env: { FOO: 'xxx', BAR: '' }, expected: 'xxx  ccc', matched: ['FOO', 'BAR'], unmatched: ['BAZ'] },
  { input: '${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', env: { FOO: 'xxx', BAR: '' }, expected: 'xxx bbb ccc', matched: ['FOO', 'BAR'], unmatched: ['BAZ'] },
  { input: '${FOO:-}', env: { FOO: 'xxx', BAR: '' }, expected: 'xxx', matched: ['FOO'] },
  { input: '${FOO:-}', env: {}, expected: '', unmatched: ['FOO'] },
  { input: '${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', env: { FOO: 'xxx', BAR: '' }, expected: 'aaa bbb ', matched: ['FOO', 'BAR'], unmatched: ['BAZ'] },
  { input: '${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', env: { FOO: 'xxx', BAR: '' }, expected: 'aaa  ', matched: ['FOO', 'BAR'], unmatched: ['BAZ'] },
  { input: '${FOO?aaa}', env: { FOO: 'xxx', BAR: '' }, expected: 'xxx', matched: ['FOO'] },
  { input: '${BAR?bbb}', env: { FOO: 'xxx', BAR: '' }, expected: '', matched: ['BAR'] },
  { input: '${BAZ?ccc}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${FOO:?aaa}', env: { FOO: 'xxx', BAR: '' }, expected: 'xxx', matched: ['FOO'] },
  { input: '${BAR:?bbb}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${BAZ:?ccc}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${BAZ:?}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${FOO=aaa}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${FOO=:aaa}', env: { FOO: 'xxx', BAR: '' } },
  { input: '${FOO=}', env: {} },
  { input: '${FOO#()[]{\\}^$.\\*\\?|\\\\}', env: { FOO: '()[]{}^$.*?|\\x' }, expected: 'x', matched: ['FOO'] },
  { input: '${FOO%%\\**}', env: { FOO: 'xx**' }, expected: 'xx', matched: ['FOO'] },
  { input: '${FOO#*x*y}', env: { FOO: 'xxyy' }, expected: 'y', matched: ['FOO'] },
  { input: '${FOO#*}', env: { FOO: 'xxyy' }, expected: 'xxyy', matched: ['FOO'] },
  { input: '${FOO#$BAR}', env: { FOO: 'xxyy', BAR: 'x' }, expected: 'xyy', matched: ['FOO', 'BAR'] },
  { input: '${FOO#$BAR}', env: { FOO: 'xxyy', BAR: '' }, expected: 'xxyy', matched: ['FOO', 'BAR'] },
  { input: '${FOO#}', env: { FOO: 'xxyy' }, expected: 'xxyy', matched: ['FOO'] },
  { input: '${FOO##*x}', env: { FOO: 'xxyy' }, expected: 'yy', matched: ['FOO'] },
  { input: '${FOO##}', env: { FOO: 'xxyy' }, expected: 'xxyy', matched: ['FOO'] },
  { input: '${FOO#?\\?}', env: { FOO: '???y' }, expected: '?y', matched: ['FOO'] },
  { input: '${ABC:-.}${FOO%x}${ABC:-.}', env: { FOO: 'xxyy' }, expected: '.xxyy.', matched: ['FOO'], unmatched: ['ABC'] },
  { input: '${FOO%%\\**\\*}', env: { FOO: 'a***yy*' }, expected: 'a', matched: ['FOO'] },
  { input: '${FOO%}', env: { FOO: 'xxyy' }, expected: 'xxyy', matched: ['FOO'] },
  { input: '${FOO%%$BAR}', env: { FOO: 'xxyy', BAR: '' }, expected: 'xxyy', matched: ['FOO', 'BAR'] },
  { input: '${FOO:#}', env: {} },
  { input: '${FOO:##}', env: {} },
  { input: '${FOO:%}', env: {} },
  { input: '${FOO:%%}', env: {} },
  { input: '${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}', env: { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' }, expected: '/foo.*/*.txt - /foo..*.txt', matched: ['FOO', 'NEEDLE'] },
  { input: '${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}', env: { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' }, expected: '/tmp/bar.txt - /bar.txt', matched: ['FOO', 'NEEDLE'] },
  {
    input: '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
    env: { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' },
    expected: '/foo/b/c.txt - /foo/c.txt',
    matched: ['FOO', 'NEEDLE', 'REPLACEMENT'],
  },
  {
    input: '${FOO/$NEEDLE/$REPLACEMENT}',
    env: { FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://' },
    expected: 'https://google.de',
    matched: ['FOO', 'NEEDLE', 'REPLACEMENT'],
  },
  { input: '${FOO//\\//\\/}', env: { FOO: '/tmp/foo.txt' }, expected: '\\/tmp\\/foo.txt', matched: ['FOO'] },
  { input: '${FOO/$BAR/ww}', env: { FOO: 'xxyy', BAR: '' }, expected: 'wwxxyy', matched: ['FOO', 'BAR'] },
  { input: '${FOO//ww}', env: { FOO: 'xxyy' } },
  { input: '${FOO//}', env: { FOO: 'xxyy' } },
  { input: '${FOO///}', env: { FOO: 'xxyy' }, expected: 'xxyy', matched: ['FOO'] },
  { input: '${FOO///}', env: {}, expected: '', unmatched: ['FOO'] },
];

describe(`lex_test.go TestProcessWithMatches: ${withMatches.length} cases`, () => {
  it.each(withMatches)('$input', ({ input, env, expected, matched = [], unmatched = [] }) => {
    const result = processWord(input, envFromPairs(env));
    if (expected === undefined) {
      expect(result.ok).toBe(false);
      return;
    }
    expect(result).toMatchObject({ ok: true, value: expected });
    if (!result.ok) return;
    expect([...result.matched].sort()).toEqual([...matched].sort());
    expect([...result.unmatched].sort()).toEqual([...unmatched].sort());
  });
});

describe('lex_test.go TestShellParserMandatoryEnvVars', () => {
  const set = envFromSlice(['VAR=plain', 'ARG=x']);
  const empty = envFromSlice(['VAR=', 'ARG=x']);
  const unset = envFromSlice(['ARG=x']);
  const noEmpty = '${VAR:?message here$ARG}';
  const noUnset = '${VAR?message here$ARG}';

  it('${VAR:?msg} refuses empty and unset', () => {
    expect(processWord(noEmpty, set)).toMatchObject({ ok: true, value: 'plain' });
    expect(processWord(noEmpty, empty)).toMatchObject({ ok: false, cause: 'VAR: message herex' });
    expect(processWord(noEmpty, unset)).toMatchObject({ ok: false, cause: 'VAR: message herex' });
  });

  it('${VAR?msg} refuses only unset', () => {
    expect(processWord(noUnset, set)).toMatchObject({ ok: true, value: 'plain' });
    expect(processWord(noUnset, empty)).toMatchObject({ ok: true, value: '' });
    expect(processWord(noUnset, unset)).toMatchObject({ ok: false, cause: 'VAR: message herex' });
  });
});

describe('lex_test.go TestProcessWithMatchesPlatform', () => {
  const release = 'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
  it.each([
    [{ VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm', TARGETVARIANT: 'v7' }, 'something-v1.2.3.linux-arm-v7.tar.gz'],
    [{ VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm64', TARGETVARIANT: '' }, 'something-v1.2.3.linux-arm64.tar.gz'],
    [{ VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm64' }, 'something-v1.2.3.linux-arm64.tar.gz'],
  ])('%o', (env, expected) => {
    expect(processWord(release, envFromPairs(env))).toMatchObject({ ok: true, value: expected });
  });
});

describe('error messages (lex.go wording, wrapped as `failed to process %q`)', () => {
  const env = envFromPairs({ SET: 'v', EMPTY: '' });
  it.each([
    ['${}', 'syntax error: bad substitution'],
    ['${:x}', 'syntax error: bad substitution'],
    ['${{x}', 'syntax error: bad substitution'],
    ['${', "syntax error: missing '}'"],
    ['${SET:-x', "syntax error: missing '}'"],
    ["${SET:-'x", "syntax error: missing '}'"],
    ['${SET/x', "syntax error: missing '/' in ${}"],
    ['${SET/x/y', "syntax error: missing '}'"],
    ['${UNSET?}', 'UNSET: is not allowed to be unset'],
    ['${EMPTY:?}', 'EMPTY: is not allowed to be empty'],
    ['${UNSET:?custom error}', 'UNSET: custom error'],
    ['${SET:#x}', 'unsupported modifier (:#) in substitution'],
    ['${SET:%%x}', 'unsupported modifier (:%) in substitution'],
    ['${SET:=x}', 'unsupported modifier (:=) in substitution'],
    ['${SET=x}', 'unsupported modifier (=) in substitution'],
    ['${SET', 'unsupported modifier (\uFFFD) in substitution'],
    ['${SET#\\x}', "invalid pattern (\\x) in substitution: invalid escape '\\x'"],
    ['"abc', 'unexpected end of statement while looking for matching double-quote'],
    ["'abc", 'unexpected end of statement while looking for matching single-quote'],
  ])('%s gives %s', (word, cause) => {
    expect(processWord(word, env)).toEqual({ ok: false, cause, error: `failed to process "${word.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}": ${cause}` });
  });

  it('quotes the word the Go way (%q)', () => {
    expect(processWord('\'a"\\', env)).toMatchObject({ error: 'failed to process "\'a\\"\\\\": unexpected end of statement while looking for matching single-quote' });
  });

  it('a suffix pattern error names the reversed pattern, as trimSuffix does', () => {
    expect(processWord('${SET%ab\\x}', env)).toMatchObject({ cause: "invalid pattern (\\xba) in substitution: invalid escape '\\x'" });
  });
});

describe('modifiers on set, empty and unset variables', () => {
  const env = envFromPairs({ S: 'a.b.c', E: '' });
  it.each([
    ['${S:-d}|${E:-d}|${U:-d}', 'a.b.c|d|d'],
    ['${S-d}|${E-d}|${U-d}', 'a.b.c||d'],
    ['${S:+d}|${E:+d}|${U:+d}', 'd||'],
    ['${S+d}|${E+d}|${U+d}', 'd|d|'],
    ['${S:?e}|${E?e}', 'a.b.c|'],
    ['${S#*.}|${S##*.}|${S%.*}|${S%%.*}', 'b.c|c|a.b|a'],
    ['${S/./-}|${S//./-}|${U/./-}', 'a-b.c|a-b-c|'],
    ['${S/?/X}|${S#\\?}', 'X.b.c|a.b.c'],
    ['[${S#[a]}]', '[a.b.c]'],
  ])('%s → %s', (word, expected) => {
    expect(processWord(word, env)).toMatchObject({ ok: true, value: expected });
  });

  it('replace-all follows Go ReplaceAllString: $0 is the match, an empty match after a match is skipped', () => {
    const abc = envFromPairs({ A: 'abc' });
    expect(processWord("${A//b/'<$0>'}", abc)).toMatchObject({ value: 'a<b>c' });
    expect(processWord("${A/b/'<$0>'}", abc)).toMatchObject({ value: 'a<$0>c' });
    expect(processWord("${A//b/'$$x$1'}", abc)).toMatchObject({ value: 'a$xc' });
    expect(processWord('${A//*/x}', abc)).toMatchObject({ value: 'x' });
    expect(processWord('${A///-}', abc)).toMatchObject({ value: '-a-b-c-' });
  });

  it('digits and special parameters are names that are never set', () => {
    const result = processWord('$1$12x${@}$$', envFromPairs({}));
    expect(result).toMatchObject({ ok: true, value: 'x' });
    if (result.ok) expect([...result.unmatched].sort()).toEqual(['$', '1', '12', '@']);
  });

  it('keys are case-sensitive (Linux)', () => {
    expect(processWord('$pwd|$PWD', envFromPairs({ PWD: '/home' }))).toMatchObject({ value: '|/home' });
  });

  it('skips a leading byte order mark, as text/scanner does', () => {
    expect(processWord('\uFEFFa\uFEFF', envFromPairs({}))).toMatchObject({ value: 'a\uFEFF' });
  });
});

describe('unmatched tracking', () => {
  it('records every name looked up, found or not; single quotes hide names', () => {
    const result = processWord('$A ${B:-x} ${C+y} "$D" \'$E\' ${A#$F}', envFromPairs({ A: '1' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.matched]).toEqual(['A']);
    expect([...result.unmatched].sort()).toEqual(['B', 'C', 'D', 'F']);
  });
});

describe('escape token', () => {
  const env = envFromPairs({ PWD: '/home' });
  const tick = new Lexer('`');
  it.each([
    ['he`$PWD', 'he$PWD'],
    ['he\\$PWD', 'he\\/home'],
    ['"a`"b"', 'a"b'],
    ['"a\\b"', 'a\\b'],
    ['"a``b"', 'a`b'],
    ['hello`', 'hello'],
    ['a` b', 'a b'],
  ])('with ` : %s → %s', (word, expected) => {
    expect(tick.processWord(word, env)).toMatchObject({ ok: true, value: expected });
  });

  it('with `, a backslash does not escape a double quote', () => {
    expect(tick.processWord('"a\\"b"', env)).toMatchObject({ ok: false, cause: 'unexpected end of statement while looking for matching double-quote' });
  });

  it('pattern escapes stay backslashes whatever the escape token', () => {
    expect(tick.processWord('${A#\\*}', envFromPairs({ A: '*x' }))).toMatchObject({ value: 'x' });
  });
});

describe('word splitting (ProcessWords)', () => {
  it('splits expanded values, keeps quoted text whole, drops empty quotes', () => {
    expect(processWords('a "" $V "b  c"', envFromPairs({ V: ' x  y ' }))).toEqual({ ok: true, words: ['a', 'x', 'y', 'b  c'] });
  });

  it('keeps `<<` and the blanks after it in one word (processPossibleHeredoc)', () => {
    expect(processWords('cat <<  EOF', envFromPairs({}))).toEqual({ ok: true, words: ['cat', '<<  EOF'] });
  });

  it('a modifier expansion drops the word text before it (shared words buffer; lex.go at master)', () => {
    expect(processWords('a${V:-x}b c', envFromPairs({}))).toEqual({ ok: true, words: ['xb', 'c'] });
    expect(processWords('a${V}b', envFromPairs({}))).toEqual({ ok: true, words: ['ab'] });
  });

  it('reports errors as values', () => {
    expect(processWords('a "b', envFromPairs({}))).toMatchObject({ ok: false });
  });
});

describe('display names (RawQuotes + SkipUnsetEnv)', () => {
  it('substitutes known variables and leaves unknown ones and quotes as written', () => {
    const env = envFromPairs({ A: '1' });
    expect(expandForDisplay('echo $A ${B} "$A" \'$A\' $U ${C:-x} ${D//a/b} ${A:-z}', env)).toBe(
      'echo 1 ${B} "1" \'$A\' $U ${C:-x} ${D/a/b} 1',
    );
  });

  it('returns the text unchanged when expansion fails', () => {
    expect(expandForDisplay('echo ${A:?}', envFromPairs({ A: '' }))).toBe('echo ${A:?}');
  });

  it('uses the lexer escape token', () => {
    expect(new Lexer('`').expandForDisplay('a`$A $A', envFromPairs({ A: '1' }))).toBe('a$A 1');
  });
});
