import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from './ast';
import { dump, dumpInstruction, parseDockerfile } from './index';

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wellFormed(result: ParseResult, lineCount: number): void {
  // Plain checks collected into one assertion: keeps hundreds of generated cases fast.
  const problems: string[] = [];
  if (result.ok !== !result.diagnostics.some((d) => d.severity === 'error')) problems.push('ok');
  for (const d of result.diagnostics) {
    const { startLine, endLine } = d.range;
    if (startLine < 1 || endLine < startLine || startLine > Math.max(1, lineCount)) problems.push(`range ${startLine}-${endLine}`);
  }
  let previousEnd = 0;
  for (const n of result.instructions) {
    if (n.startLine <= previousEnd || n.endLine < n.startLine) problems.push(`lines ${n.startLine}-${n.endLine}`);
    previousEnd = n.endLine;
  }
  if (typeof dump(result) !== 'string') problems.push('dump');
  expect(problems).toEqual([]);
}

const lines = (text: string) => text.split('\n').length;

// Fragments that exercise every parser path: keywords, flags, quotes, escapes, JSON, heredocs, $.
const FRAGMENTS = [
  'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'CMD', 'ONBUILD', 'HEALTHCHECK', 'SHELL', 'run',
  ' ', ' ', '\t', '\\', '`', '\n', '\n', '\r\n', '#', '# escape=`', '# syntax=x', '"', "'", '[', ']', '",', '1',
  '<<', '<<-', 'EOF', '\nEOF\n', "'EOF'", '--mount=type=cache,target=/x', '--', '=', 'a=b', '$', '${', '}', ':-',
  'é', '\u00a0', '\u0085', '\ufeff', '\u0000', '\udcff', '😀', '{"syntax":"x"}', '\\u00e9', '1e999',
];

function randomDockerfile(rand: () => number, parts: number): string {
  let out = '';
  for (let i = 0; i < parts; i++) out += FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)] ?? '';
  return out;
}

describe('robustness: every input comes back as a value', () => {
  it('random strings and bytes never throw (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        wellFormed(parseDockerfile(text), lines(text));
      }),
      { numRuns: 200, seed: 42 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = parseDockerfile(bytes);
        wellFormed(result, lines(Buffer.from(bytes).toString('latin1')));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('Dockerfile-shaped noise never throws and parses the same from text and bytes', () => {
    const rand = prng(1234);
    for (let i = 0; i < 1500; i++) {
      const text = randomDockerfile(rand, 5 + Math.floor(rand() * 60));
      const result = parseDockerfile(text);
      wellFormed(result, lines(text));
      for (const n of result.instructions) expect(typeof dumpInstruction(n)).toBe('string');
      if (!/[\ud800-\udfff]/.test(text)) {
        expect(dump(parseDockerfile(Buffer.from(text, 'utf8')))).toBe(dump(result));
      }
    }
  });

  it('unbalanced quotes, brackets and ${ are plain text', () => {
    const result = parseDockerfile('FROM a\nRUN echo "oops\nCMD ["a", \nENV X="unclosed\nRUN <<EOF ${\nLABEL a=\'b\n');
    expect(result.ok).toBe(true);
    expect(result.instructions.map((n) => n.keyword)).toEqual(['FROM', 'RUN', 'CMD', 'ENV', 'RUN', 'LABEL']);
    expect(result.instructions[2]?.isJson).toBe(false);
  });

  it('unterminated heredocs fail at their instruction', () => {
    const result = parseDockerfile('FROM a\nCOPY <<A <<B /d\na\nA\nb\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.message, d.range.startLine, d.range.endLine])).toEqual([
      ['unterminated heredoc', 2, 5],
    ]);
    expect(result.instructions[1]?.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['A', 'a\n'],
      ['B', 'b\n'],
    ]);
  });

  it('a 70,000-byte line is an error at its line; the rest is still parsed', () => {
    const result = parseDockerfile(`FROM a\nRUN ${'x'.repeat(70000)}\nRUN b\n`);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['SC1002', 2]]);
    expect(result.instructions.map((n) => n.startLine)).toEqual([1, 2, 3]);
  });

  it('10,000 stages', () => {
    let text = '';
    for (let i = 0; i < 10000; i++) text += `FROM base${i} AS s${i}\nRUN echo ${i}\n`;
    const result = parseDockerfile(text);
    expect(result.ok).toBe(true);
    expect(result.instructions).toHaveLength(20000);
    expect(result.instructions[19999]?.endLine).toBe(20000);
  });

  it('a 5 MB file, linear time', () => {
    const unit = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY --link go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod \\\n    go mod download && \\\n    go build -o /out/app .\nENV A=1 B="two words"\nCMD ["/out/app"]\n';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const result = parseDockerfile(text);
    expect(result.ok).toBe(true);
    expect(result.instructions.length).toBe(6 * Math.ceil(5_000_000 / unit.length));
    expect(dump(result).length).toBeGreaterThan(1_000_000);
  });

  it('a 5 MB single continued instruction and a 5 MB heredoc', () => {
    const cont = parseDockerfile(`FROM a\nRUN ${'echo hi \\\n'.repeat(500_000)}done\n`);
    expect(cont.ok).toBe(true);
    expect(cont.instructions[1]?.endLine).toBe(500_002);
    const here = parseDockerfile(`FROM a\nRUN <<EOF\n${'line of body\n'.repeat(400_000)}EOF\n`);
    expect(here.instructions[1]?.heredocs[0]?.content.length).toBe(13 * 400_000);
  });

  it('deep ${a:-${a:-...}} nesting does not overflow the stack', () => {
    // Continuations keep the physical lines short; the joined RUN line nests 12000 levels deep.
    const opens = `${'${a:-'.repeat(1000)}\\\n`.repeat(12);
    const text = `FROM a\nRUN <<EOF ${opens}${'}'.repeat(12000)}\nx\nEOF\n`;
    const result = parseDockerfile(text);
    wellFormed(result, lines(text));
    expect(result.ok).toBe(true);
  });
});
