import { describe, expect, it } from 'vitest';
import { parseHealthConfig, parseNameVal, parseWords } from './lineParsers';
import { extractBuilderFlags, splitCommand } from './splitCommand';
import { fromBytes, toBytes } from './utf8';

const BACKSLASH = 0x5c;

describe('parseWords (TestParseWords)', () => {
  const cases: [string, string[]][] = [
    ['foo', ['foo']],
    ['foo bar', ['foo', 'bar']],
    ['foo\\ bar', ['foo\\ bar']],
    ['foo=bar', ['foo=bar']],
    ["foo bar 'abc xyz'", ['foo', 'bar', "'abc xyz'"]],
    ['foo bar "abc xyz"', ['foo', 'bar', '"abc xyz"']],
    ['àöû', ['àöû']],
    ['föo bàr "âbc xÿz"', ['föo', 'bàr', '"âbc xÿz"']],
  ];
  it.each(cases)('%s', (input, want) => {
    expect(parseWords(toBytes(input), BACKSLASH).map(fromBytes)).toEqual(want);
  });
  it('drops an escape token at the very end, and keeps empty quoted words', () => {
    expect(parseWords('a b\\', BACKSLASH)).toEqual(['a', 'b']);
    expect(parseWords('"" x', BACKSLASH)).toEqual(['""', 'x']);
    expect(parseWords('"a\\', BACKSLASH)).toEqual(['"a']);
  });
});

describe('parseNameVal (line_parsers_test.go)', () => {
  it('old format: key, rest of line, ""', () => {
    expect(parseNameVal('foo bar', 'LABEL', BACKSLASH)).toEqual({ args: ['foo', 'bar', ''], isJson: false });
  });
  it('new format: key, value, "=" per word', () => {
    expect(parseNameVal('foo=bar thing=star', 'LABEL', BACKSLASH)).toEqual({
      args: ['foo', 'bar', '=', 'thing', 'star', '='],
      isJson: false,
    });
  });
  it('errors', () => {
    expect(parseNameVal('foo', 'ENV', BACKSLASH)).toEqual({ error: 'ENV must have two arguments' });
    expect(parseNameVal('a=b w', 'ENV', BACKSLASH)).toEqual({
      error: 'Syntax error - can\'t find = in "w". Must be of the form: name=value',
    });
  });
});

describe('flags (split_command.go; README flags section)', () => {
  it('removes quotes inside flags and stops at the first non-flag word or a bare --', () => {
    expect(extractBuilderFlags('--x="a b" --y=\'c\' file', BACKSLASH)).toEqual({ rest: 'file', flags: ['--x=a b', '--y=c'] });
    expect(splitCommand('COPY --doit=true -- foo /tmp/', BACKSLASH)).toEqual({ cmd: 'COPY', flags: ['--doit=true'], args: 'foo /tmp/' });
    expect(splitCommand('COPY -- foo /tmp/', BACKSLASH)).toEqual({ cmd: 'COPY', flags: [], args: 'foo /tmp/' });
    expect(splitCommand('  RUN\t\t--a\\ b  x  ', BACKSLASH)).toEqual({ cmd: 'RUN', flags: ['--a b'], args: 'x' });
  });
  it('walks bytes: a non-ASCII byte is re-encoded as a Latin-1 rune, 0xA0 splits words', () => {
    // 'é' is C3 A9: each byte becomes its own rune (U+00C3, U+00A9).
    expect(extractBuilderFlags(toBytes('--x=é y'), BACKSLASH).flags.map(fromBytes)).toEqual(['--x=Ã©']);
    // 'à' is C3 A0: the A0 byte counts as a space and ends the flag.
    const r = extractBuilderFlags(toBytes('--x=àb y'), BACKSLASH);
    expect(r.flags.map(fromBytes)).toEqual(['--x=Ã']);
    expect(r.rest).toBe('b y');
  });
});

describe('parseHealthConfig', () => {
  it('splits the type at the first space byte, then maybe-JSON', () => {
    expect(parseHealthConfig('CMD ["a", "b"]')).toEqual({ args: ['CMD', 'a', 'b'], isJson: true });
    expect(parseHealthConfig('NONE')).toEqual({ args: ['NONE'], isJson: false });
    expect(parseHealthConfig('')).toEqual({ args: [], isJson: false });
  });
});
