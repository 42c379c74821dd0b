import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { main } from '../main';
import { readContextDir } from './contextDir';

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => readFileSync(p, 'utf8') };
  const code = main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-build-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(dir, 'src', 'main.go'), 'package main\n');
  writeFileSync(join(dir, 'node_modules', 'dep', 'index.js'), 'x');
  writeFileSync(join(dir, '.dockerignore'), 'node_modules\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.19 AS build\nWORKDIR /app\nCOPY . .\nRUN echo built > /app/out\nFROM alpine:3.19\nCOPY --from=build /app/out /out\n');
  return dir;
}

describe('stagecraft build', () => {
  it('prints the simulated plain log and exits 0', () => {
    const dir = project();
    const r = runCli(['build', join(dir, 'Dockerfile'), '--context', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^#0 simulated build/);
    expect(r.stdout).toContain('[build 3/4] COPY . .');
    expect(r.stdout).toMatch(/\nimage: 7\.4 MB on disk/);
  });
  it('prints the documented JSON, and CACHED steps on a second run with --cache', () => {
    const dir = project();
    const cache = join(mkdtempSync(join(tmpdir(), 'stagecraft-cache-')), 'cache.json');
    const first = JSON.parse(runCli(['build', join(dir, 'Dockerfile'), '--context', dir, '--cache', cache, '--json']).stdout);
    expect(first).toMatchObject({ ok: true, error: null, target: { index: 1 } });
    expect(first.stages[0].steps[2]).toMatchObject({ line: 3, instruction: 'COPY . .', cached: false, missReason: 'not built before' });
    expect(first.image).toMatchObject({ size: 7_400_000 + 'built\n'.length });
    expect(first.image.layers.at(-1)).toEqual({ createdBy: 'COPY /app/out /out # buildkit', size: 6 });
    const second = JSON.parse(runCli(['build', join(dir, 'Dockerfile'), '--context', dir, '--cache', cache, '--json']).stdout);
    expect(second.stages.flatMap((s: { steps: { cached: boolean }[] }) => s.steps.map((x) => x.cached)).every(Boolean)).toBe(true);
    // Touching a file (new mtime, same bytes) keeps the cache, as BuildKit's checksums ignore mtimes.
    utimesSync(join(dir, 'src', 'main.go'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    const touched = JSON.parse(runCli(['build', join(dir, 'Dockerfile'), '--context', dir, '--cache', cache, '--json']).stdout);
    expect(touched.stages[0].steps.every((x: { cached: boolean }) => x.cached)).toBe(true);
    writeFileSync(join(dir, 'src', 'main.go'), 'package main\nfunc main() {}\n');
    const third = JSON.parse(runCli(['build', join(dir, 'Dockerfile'), '--context', dir, '--cache', cache, '--json']).stdout);
    expect(third.stages[0].steps[2]).toMatchObject({ cached: false, missReason: 'src/main.go changed' });
  });
  it('leaves .dockerignore\'d directories out of the context', () => {
    const read = readContextDir(project());
    expect([...read.context.files.keys()].sort()).toEqual(['.dockerignore', 'Dockerfile', 'src/main.go']);
  });
  it('exits 1 with BuildKit\'s error on a failing build, and prints events with --progress json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-build-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.19\nRUN exit 2\n');
    const r = runCli(['build', join(dir, 'Dockerfile'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe('process "/bin/sh -c exit 2" did not complete successfully: exit code: 2');
    const events = runCli(['build', join(dir, 'Dockerfile'), '--progress', 'json']).stdout.split('\n').map((l) => JSON.parse(l));
    expect(events.at(-1)).toMatchObject({ kind: 'step-failed', stage: 0, step: 1 });
  });
  it('exits 2 on usage errors', () => {
    expect(runCli(['build']).code).toBe(2);
    expect(runCli(['build', 'Dockerfile', '--progress', 'tty']).code).toBe(2);
    expect(runCli(['build', '/no/such/Dockerfile']).code).toBe(2);
  });
});
