import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../engine/testing/sharedDir';
import type { CliIo } from './io';
import { main } from './main';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function runCli(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(path, 'utf8');
    },
  };
  const code = main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('stagecraft dump', () => {
  it.skipIf(!hasShared)('prints BuildKit\'s dump of a parser testfile byte for byte', () => {
    const dir = sharedPath('anchors', 'buildkit', 'parser-testfiles', 'brimstone-consuldock');
    const r = runCli(['dump', `${dir}/Dockerfile`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(`${dir}/result`, 'utf8'));
  });

  it('exits 1 with the error at its line on a parse error', () => {
    const r = runCli(['dump', 'Dockerfile'], { Dockerfile: 'FROM alpine\nRUN <<EOF\necho never ends\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Dockerfile:2: error: .*unterminated heredoc/);
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['dump']).code).toBe(2);
    expect(runCli(['nope']).code).toBe(2);
    expect(runCli(['dump', '/no/such/file']).stderr).toMatch(/cannot read/);
  });
});

describe('stagecraft graph', () => {
  const dockerfile = 'FROM golang:1.21 AS build\nRUN go build -o /app\nFROM build AS test\nRUN go test\nFROM alpine:3.19\nCOPY --from=build /app /app\n';

  it('prints the JSON fields DESIGN.md §5 names', () => {
    const r = runCli(['graph', 'Dockerfile', '--json'], { Dockerfile: dockerfile });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.stages.map((s: { index: number; name: string; line: number; needed: boolean }) => [s.index, s.name, s.line, s.needed])).toEqual([
      [0, 'build', 1, true],
      [1, 'test', 3, false],
      [2, '', 5, true],
    ]);
    expect(json.stages[1].base).toEqual({ kind: 'stage', name: 'build', index: 0 });
    expect(json.stages[2].base).toEqual({ kind: 'image', name: 'alpine:3.19' });
    expect(json.edges).toContainEqual({ kind: 'copy', from: 0, to: 2, line: 6, reference: 'build' });
    expect(json.edges).toContainEqual({ kind: 'from', from: 'golang:1.21', to: 0, line: 1, reference: 'golang:1.21' });
  });

  it('honours --target and --legacy', () => {
    const t = JSON.parse(runCli(['graph', 'Dockerfile', '--json', '--target', 'test'], { Dockerfile: dockerfile }).stdout);
    expect(t.stages.map((s: { needed: boolean }) => s.needed)).toEqual([true, true, false]);
    const l = JSON.parse(runCli(['graph', 'Dockerfile', '--json', '--legacy'], { Dockerfile: dockerfile }).stdout);
    expect(l.stages.map((s: { needed: boolean }) => s.needed)).toEqual([true, true, true]);
  });

  it('reports BuildKit errors with exit 1', () => {
    const r = runCli(['graph', 'Dockerfile', '--json', '--target', 'bulid'], { Dockerfile: dockerfile });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe('target stage "bulid" could not be found (did you mean build?)');
  });

  it('passes --build-arg to FROM expansion', () => {
    const r = runCli(['graph', 'Dockerfile', '--json', '--build-arg', 'V=3.20'], { Dockerfile: 'ARG V=3.19\nFROM alpine:$V\n' });
    expect(JSON.parse(r.stdout).stages[0].base).toEqual({ kind: 'image', name: 'alpine:3.20' });
  });
});

describe('the stagecraft bin', () => {
  it('runs from a checkout through tsx', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stagecraft-')), 'Dockerfile');
    writeFileSync(file, 'FROM alpine AS a\nFROM scratch\nCOPY --from=a /etc/os-release /\n');
    const out = execFileSync(process.execPath, [resolve(repoRoot, 'bin/stagecraft.mjs'), 'graph', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).edges).toContainEqual({ kind: 'copy', from: 0, to: 1, line: 3, reference: 'a' });
  });
});
