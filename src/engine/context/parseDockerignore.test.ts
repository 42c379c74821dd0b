import { describe, expect, it } from 'vitest';
import { parseDockerignore } from './parseDockerignore';

const patternsOf = (text: string): string[] => parseDockerignore(text).patterns.map((p) => p.pattern);

describe('parseDockerignore: ReadAll', () => {
  // moby/buildkit frontend/dockerfile/dockerignore/dockerignore_test.go TestReadAll.
  const content = 'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! \n';

  it('returns the seven entries of buildkit TestReadAll', () => {
    expect(patternsOf(content)).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '!inverted/abs/path',
      '!',
      '!',
    ]);
  });

  it('keeps 1-based line numbers, skipping blank and comment lines', () => {
    expect(parseDockerignore(content).patterns.map((p) => p.line)).toEqual([1, 2, 3, 5, 7, 8, 9]);
  });

  it('reads the same without a final newline (patternmatcher ignorefile TestReadAll)', () => {
    expect(patternsOf(content.slice(0, -1))).toEqual(patternsOf(content));
  });

  it('returns nothing for empty input (TestReadAll with a nil reader)', () => {
    expect(parseDockerignore('')).toEqual({ patterns: [], diagnostics: [] });
  });

  // The rules spelled out in ReadAll's documentation comment.
  it.each([
    ['\uFEFFnode_modules\n', ['node_modules']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['  # not a comment\n', ['# not a comment']],
    ['#comment\n', []],
    ['docs   \n\t*.md \n', ['docs', '*.md']],
    ['./a/../b/\n', ['b']],
    ['//x//y/\n', ['x/y']],
    ['/\n', ['/']],
    ['.\n', ['.']],
    ['!  ./keep/\n', ['!keep']],
    ['!/\n', ['!/']],
  ] as const)('%j → %j', (text, expected) => {
    expect(patternsOf(text)).toEqual(expected);
  });
});

describe('parseDockerignore: invalid patterns become SC5001', () => {
  it('flags `!` alone with patternmatcher.New’s error (buildkit testDockerignoreInvalid)', () => {
    const parsed = parseDockerignore('ok\n!\n');
    expect(parsed.error).toBe('illegal exclusion pattern: "!"');
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'SC5001', severity: 'error', source: 'build' });
    expect(parsed.diagnostics[0]?.range.startLine).toBe(2);
  });

  it('flags an unclosed class with Go’s ErrBadPattern text (TestMatchesWithMalformedPatterns)', () => {
    const parsed = parseDockerignore('# header\n\nsrc/[\n');
    expect(parsed.error).toBe('syntax error in pattern');
    expect(parsed.diagnostics.map((d) => d.range.startLine)).toEqual([3]);
    expect(parsed.diagnostics[0]?.message).toContain('"src/["');
  });

  it('flags every bad line, and reports the first as BuildKit’s error', () => {
    const parsed = parseDockerignore('[\n!\n');
    expect(parsed.diagnostics.map((d) => d.range.startLine)).toEqual([1, 2]);
    expect(parsed.error).toBe('syntax error in pattern');
  });

  it('flags a pattern New accepts but Go cannot compile, without failing up front (moby/moby#52203)', () => {
    const parsed = parseDockerignore('[Local-Only]/\n');
    expect(parsed.error).toBeUndefined();
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.patterns).toEqual([{ line: 1, pattern: '[Local-Only]' }]);
  });

  it('fails the whole file on a line longer than bufio.Scanner allows', () => {
    const parsed = parseDockerignore(`a\n${'x'.repeat(70_000)}\n`);
    expect(parsed.patterns).toEqual([]);
    expect(parsed.error).toBe('failed parsing .dockerignore: bufio.Scanner: token too long');
    expect(parsed.diagnostics[0]?.range.startLine).toBe(2);
  });
});
