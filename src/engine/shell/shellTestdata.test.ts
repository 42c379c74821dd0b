/**
 * BuildKit's own expansion tables (frontend/dockerfile/shell/envVarTest and wordsTest), read at
 * test time and driven the way lex_test.go drives them: TestShellParser4EnvVars and
 * TestShellParser4Words, escape token `\`, Unix rows (`A` and `U`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { isGoSpace } from './goUnicode';
import { envFromPairs, envFromSlice } from './env';
import { processWord, processWords } from './processWord';

/** bufio.Scanner with ScanLines: split at `\n`, drop one `\r` before it, no empty last line. */
function scanLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Go's strings.TrimSpace / TrimLeft(s, " "). */
function trimSpace(s: string): string {
  const runes = Array.from(s);
  let a = 0;
  let b = runes.length;
  while (a < b && isGoSpace(runes[a]!.codePointAt(0)!)) a++;
  while (b > a && isGoSpace(runes[b - 1]!.codePointAt(0)!)) b--;
  return runes.slice(a, b).join('');
}
const trimLeftSpaces = (s: string) => s.replace(/^ +/, '');

function readTable(name: string): string[] {
  return scanLines(readFileSync(sharedPath('anchors', 'buildkit', 'shell-testdata', name), 'utf8'));
}

interface EnvVarRow {
  line: number;
  source: string;
  expected: string;
}

function loadEnvVarRows(): { rows: EnvVarRow[]; windowsOnly: number } {
  const rows: EnvVarRow[] = [];
  let windowsOnly = 0;
  readTable('envVarTest').forEach((raw, i) => {
    if (raw.startsWith('#')) return;
    const line = trimSpace(raw);
    if (line === '') return;
    const parts = line.split('|');
    if (parts.length !== 3) throw new Error(`envVarTest line ${i + 1}: expected 3 fields`);
    const [platform, source, expected] = parts.map(trimSpace) as [string, string, string];
    if (platform !== 'W' && platform !== 'A' && platform !== 'U') throw new Error(`envVarTest line ${i + 1}: bad tag ${platform}`);
    if (platform === 'W') windowsOnly++;
    else rows.push({ line: i + 1, source, expected });
  });
  return { rows, windowsOnly };
}

interface WordsRow {
  line: number;
  source: string;
  expected: string[];
  env: string[];
}

function loadWordsRows(): WordsRow[] {
  const rows: WordsRow[] = [];
  const env: string[] = [];
  readTable('wordsTest').forEach((line, i) => {
    if (line.startsWith('#')) return;
    if (line.startsWith('ENV ')) {
      env.push(trimLeftSpaces(line.slice(3)));
      return;
    }
    const parts = line.split('|');
    if (parts.length !== 2) throw new Error(`wordsTest line ${i + 1}: expected exactly one |`);
    rows.push({ line: i + 1, source: trimSpace(parts[0]!), expected: trimLeftSpaces(parts[1]!).split(','), env: [...env] });
  });
  return rows;
}

const envVar = hasShared ? loadEnvVarRows() : { rows: [], windowsOnly: 0 };
const wordsRows = hasShared ? loadWordsRows() : [];
const testEnv = envFromPairs([
  ['PWD', '/home'],
  ['SHELL', 'bash'],
  ['KOREAN', '한국어'],
  ['NULL', ''],
]);

describe.skipIf(!hasShared)(`envVarTest: ${envVar.rows.length} Unix rows (${envVar.windowsOnly} Windows-only rows skipped)`, () => {
  it('has the table', () => {
    expect(envVar.rows.length).toBeGreaterThan(200);
    expect(envVar.windowsOnly).toBeGreaterThan(0);
  });

  it.each(envVar.rows.map((r, i) => ({ ...r, n: i + 1 })))(
    'row $n/' + envVar.rows.length + ' (line $line): $source',
    ({ source, expected }) => {
      const result = processWord(source, testEnv);
      if (expected === 'error') {
        expect(result.ok, `expected an error, got ${result.ok ? JSON.stringify(result.value) : ''}`).toBe(false);
        if (!result.ok) expect(result.error.startsWith('failed to process "')).toBe(true);
      } else {
        expect(result).toMatchObject({ ok: true, value: expected });
      }
    },
  );
});

describe.skipIf(!hasShared)(`wordsTest: ${wordsRows.length} rows`, () => {
  it('has the table', () => {
    expect(wordsRows.length).toBeGreaterThan(20);
  });

  it.each(wordsRows.map((r, i) => ({ ...r, n: i + 1 })))(
    'row $n/' + wordsRows.length + ' (line $line): $source',
    ({ source, expected, env }) => {
      const result = processWords(source, envFromSlice(env));
      expect(result.ok ? result.words : ['error']).toEqual(expected);
    },
  );
});
