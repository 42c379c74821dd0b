import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { dump, dumpInstruction, parseDockerfile } from './index';

const anchors = (...p: string[]) => sharedPath('anchors', 'buildkit', ...p);

describe.skipIf(!hasShared)('BuildKit parser testfiles (TestParseCases)', () => {
  const dirs = hasShared ? readdirSync(anchors('parser-testfiles')).sort() : [];
  it('has all 33 cases', () => expect(dirs).toHaveLength(33));
  it.each(dirs)('%s: dump is byte-identical to result', (dir) => {
    // Read as bytes: the parser must be exact on the raw file, whatever its encoding.
    const result = parseDockerfile(readFileSync(anchors('parser-testfiles', dir, 'Dockerfile')));
    const want = readFileSync(anchors('parser-testfiles', dir, 'result'));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Buffer.from(dump(result), 'utf8').equals(want)).toBe(true);
    expect(dump(result)).toBe(want.toString('utf8'));
  });
  it.each(dirs)('%s: same dump when given as a JS string', (dir) => {
    const text = readFileSync(anchors('parser-testfiles', dir, 'Dockerfile'), 'utf8');
    expect(dump(parseDockerfile(text))).toBe(readFileSync(anchors('parser-testfiles', dir, 'result'), 'utf8'));
  });
});

describe.skipIf(!hasShared)('BuildKit negative testfiles (TestParseErrorCases)', () => {
  // Reasons as listed in anchors/buildkit/README.md.
  const cases: [string, string, number][] = [
    ['empty_dockerfile', 'the Dockerfile cannot be empty', 1],
    ['env_no_value', 'ENV must have two arguments', 3],
    ['only_comments', 'file with no instructions', 3],
    ['shykes-nested-json', 'when using JSON array syntax, arrays must be comprised of strings only', 1],
  ];
  it('covers every negative directory', () => {
    expect(readdirSync(anchors('parser-testfiles-negative')).sort()).toEqual(cases.map((c) => c[0]).sort());
  });
  it.each(cases)('%s fails with %s', (dir, message, line) => {
    const result = parseDockerfile(readFileSync(anchors('parser-testfiles-negative', dir, 'Dockerfile')));
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.message)).toEqual([message]);
    expect(errors[0]?.range.startLine).toBe(line);
  });
  it('keeps the readable instructions of a failing file', () => {
    const result = parseDockerfile(readFileSync(anchors('parser-testfiles-negative', 'env_no_value', 'Dockerfile')));
    expect(result.instructions.map((n) => n.keyword)).toEqual(['FROM', 'ENV']);
    expect(result.instructions[1]?.error?.message).toBe('ENV must have two arguments');
    expect(result.instructions[0]?.error).toBeUndefined();
  });
});

describe.skipIf(!hasShared)('line numbers (TestParseIncludesLineNumbers)', () => {
  it('root spans 5-31 with children [5,5], [11,12], [17,31]', () => {
    const result = parseDockerfile(readFileSync(anchors('parser-testfile-line', 'Dockerfile')));
    expect(result.ok).toBe(true);
    expect([result.startLine, result.endLine]).toEqual([5, 31]);
    expect(result.instructions.map((n) => [n.startLine, n.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });
});

describe('empty continuation lines (TestParseWarnsOnEmptyContinutationLine)', () => {
  // The Dockerfile of BuildKit's parser_test.go.
  const text = `
FROM alpine:3.6

RUN valid \\
    continuation

RUN something \\

    following \\

    more

RUN another \\

    thing

RUN non-indented \\
# this is a comment
   after-comment

RUN indented \\
    # this is an indented comment
    comment
	`;
  const result = parseDockerfile(text);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');

  it('parses, with one warning per affected instruction', () => {
    expect(result.ok).toBe(true);
    expect(warnings.map((w) => w.message)).toEqual([
      'Empty continuation line found in: RUN something     following     more',
      'Empty continuation line found in: RUN another     thing',
    ]);
    expect(warnings.every((w) => w.code === 'SC1007')).toBe(true);
  });
  it('reports each warning at the last line of the instruction', () => {
    expect(warnings.map((w) => w.range.startLine)).toEqual([11, 15]);
  });
  it('skips comment lines inside continuations', () => {
    expect(result.instructions.map((n) => n.original).slice(4)).toEqual([
      'RUN non-indented    after-comment',
      'RUN indented     comment',
    ]);
  });
});

describe('line length limit (TestParseReturnsScannerErrors)', () => {
  const message = 'dockerfile line greater than max allowed size of 65535';
  it('rejects a 65536-byte line', () => {
    const text = `\n\t\tFROM image\n\t\tLABEL test=${'a'.repeat(65536)}\n`;
    const result = parseDockerfile(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range.startLine])).toEqual([['SC1002', message, 3]]);
    expect(result.instructions.map((n) => n.keyword)).toEqual(['FROM', 'LABEL']);
  });
  it('counts bytes, not UTF-16 units, and accepts 65535 bytes (CR included)', () => {
    expect(parseDockerfile(`FROM a\nLABEL a=${'b'.repeat(65526)}\r\n`).ok).toBe(true);
    expect(parseDockerfile(`FROM a\nLABEL a=${'b'.repeat(65527)}\r\n`).ok).toBe(false);
    // 'é' is two bytes: 32764 of them plus "LABEL a=" exceed the limit.
    expect(parseDockerfile(`FROM a\nLABEL a=${'é'.repeat(32764)}`).ok).toBe(false);
    expect(parseDockerfile(`FROM a\nLABEL a=${'é'.repeat(32763)}`).ok).toBe(true);
  });
});

describe('lines, BOM and CRLF', () => {
  it('strips a UTF-8 BOM and CRLF line endings', () => {
    const result = parseDockerfile('\ufeffFROM a\r\nRUN x \\\r\n  y\r\n');
    expect(dump(result)).toBe('(from "a")\n(run "x   y")\n');
    expect(parseDockerfile(Buffer.from('\xef\xbb\xbfFROM a\n', 'latin1')).instructions[0]?.keyword).toBe('FROM');
  });
  it('keeps CRLF inside heredoc bodies, as BuildKit does', () => {
    const result = parseDockerfile('FROM a\r\nRUN <<EOF\r\nhi\r\nEOF\r\n');
    expect(result.instructions[1]?.heredocs[0]?.content).toBe('hi\r\n');
  });
  it('a lone escape line starts an instruction on the next line', () => {
    const result = parseDockerfile('\\\nFROM x\n');
    expect(dump(result)).toBe('(from "x")\n');
    expect(result.instructions[0]?.startLine).toBe(1);
  });
  it('a lone escape at EOF makes an empty instruction (BuildKit parses it; the instruction layer rejects it)', () => {
    const result = parseDockerfile('\\\n   \n');
    expect(dump(result)).toBe('("")\n');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SC1007']);
  });
  it('reports file with no instructions at the last line', () => {
    const result = parseDockerfile('# a\n\n# b\n');
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range.startLine])).toEqual([
      ['SC1001', 'file with no instructions', 3],
    ]);
    expect([result.startLine, result.endLine]).toEqual([0, 0]);
  });
});

describe('prevComment', () => {
  it('collects comments above an instruction, reset by a bare # and after each instruction', () => {
    const result = parseDockerfile('# syntax=docker/dockerfile:1\n# one\n#\n# two\n\n#  three  \nFROM a\n# four\nRUN x\nRUN y\n');
    expect(result.instructions.map((n) => n.prevComment)).toEqual([['two', 'three'], ['four'], []]);
  });
  it('keeps what follows the first byte of an indented comment (BuildKit slices bytesRead[1:])', () => {
    expect(parseDockerfile('  # indented\nFROM a\n').instructions[0]?.prevComment).toEqual(['# indented']);
  });
});

describe('errors are values', () => {
  it('keeps parsing after an instruction error', () => {
    const result = parseDockerfile('FROM a\nENV a=b c\nCMD ["x", 1]\nLABEL k\nRUN ok\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range.startLine])).toEqual([
      ['SC1006', 'Syntax error - can\'t find = in "c". Must be of the form: name=value', 2],
      ['SC1005', 'when using JSON array syntax, arrays must be comprised of strings only', 3],
      ['SC1006', 'LABEL must have two arguments', 4],
    ]);
    expect(result.instructions.map((n) => [n.keyword, n.args.length, n.error?.code])).toEqual([
      ['FROM', 1, undefined],
      ['ENV', 0, 'SC1006'],
      ['CMD', 0, 'SC1005'],
      ['LABEL', 0, 'SC1006'],
      ['RUN', 1, undefined],
    ]);
  });
  it('spans a multi-line instruction error over its lines', () => {
    const d = parseDockerfile('FROM a\nENV \\\n  x\n').diagnostics[0];
    expect([d?.range.startLine, d?.range.endLine]).toEqual([2, 3]);
  });
});

describe('ONBUILD and dumpInstruction', () => {
  it('nests the trigger with its own flags and JSON form', () => {
    const result = parseDockerfile('FROM a\nONBUILD COPY --from=x a b\nONBUILD RUN ["echo", "test"]\nONBUILD\n');
    expect(dump(result)).toBe(
      '(from "a")\n(onbuild (copy ["--from=x"] "a" "b"))\n(onbuild (run "echo" "test"))\n(onbuild)\n',
    );
    const inner = result.instructions[1]?.args[0];
    expect(inner?.kind === 'nested' && inner.node.flags).toEqual(['--from=x']);
    expect(inner?.kind === 'nested' && [inner.node.startLine, inner.node.original]).toEqual([2, 'COPY --from=x a b']);
    expect(result.instructions.map(dumpInstruction)[2]).toBe('onbuild (run "echo" "test")');
  });
  it('handles thousands of nested ONBUILD without recursion', () => {
    // Continuation lines keep each physical line short; the joined line nests 20000 times.
    const text = `FROM a\n${'ONBUILD \\\n'.repeat(20000)}RUN x\n`;
    const result = parseDockerfile(text);
    expect(result.ok).toBe(true);
    const d = dump(result);
    expect(d.startsWith('(from "a")\n(onbuild (onbuild (')).toBe(true);
    expect(d.endsWith('(run "x")' + ')'.repeat(20000) + '\n')).toBe(true);
  });
  it('unknown instructions get one empty argument, flags still extracted', () => {
    expect(dump(parseDockerfile('FROM a\nFOO --x=1 bar baz\n'))).toBe('(from "a")\n(foo ["--x=1"] "")\n');
  });
});
