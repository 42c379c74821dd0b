import { describe, expect, it } from 'vitest';
import { parseCacheStore } from '../cache';
import type { BuildOutput } from '../build';
import { allSteps, fileIn, testBuild } from './testBuild';

/** `C` cached, `M` missed, per step, stage by stage. */
const pattern = (out: BuildOutput) => out.build.stages.filter((s) => s.built).map((s) => s.steps.map((x) => (x.cached ? 'C' : 'M')).join('')).join(' ');

describe('the cache store across builds (SEMANTICS §6)', () => {
  const df = 'FROM golang:1.21 AS builder\nWORKDIR /app\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o app .\n';
  const files = { 'go.mod': 'module x\n', 'go.sum': '', 'main.go': 'package main\n', 'util.go': 'package main\n' };
  const first = testBuild(df, files);
  it('misses everything on a first build, with a reason on every miss', () => {
    expect(pattern(first)).toBe('MMMMMM');
    expect(allSteps(first).every((s) => s.missReason?.kind === 'first-build')).toBe(true);
  });
  const second = testBuild(df, { ...files }, { cache: first.cache });
  it('hits every step on an identical rebuild, each taking 0 ms', () => {
    expect(pattern(second)).toBe('CCCCCC');
    expect(allSteps(second).every((s) => s.durationMs === 0)).toBe(true);
    expect(second.build.savedByCacheMs).toBeGreaterThan(0);
    expect(second.build.log.filter((l) => / CACHED$/.test(l))).toHaveLength(6);
  });
  it('re-runs exactly the steps after an edited file, naming the file', () => {
    const edited = testBuild(df, { ...files, 'main.go': 'package main\nfunc main() {}\n' }, { cache: first.cache });
    expect(pattern(edited)).toBe('CCCCMM');
    expect(edited.build.stages[0]!.steps[4]?.missReason).toEqual({ kind: 'source-changed', message: 'main.go changed' });
    expect(edited.build.stages[0]!.steps[5]?.missReason?.kind).toBe('parent-changed');
  });
  it('ignores mtimes but not modes (touching keeps the cache, chmod busts it)', () => {
    // The context carries no mtimes at all: a touched file is the same file.
    expect(pattern(testBuild(df, { ...files, 'util.go': 'package main\n' }, { cache: first.cache }))).toBe('CCCCCC');
    const chmod = testBuild(df, { ...files, 'util.go': { content: 'package main\n', mode: 0o755 } }, { cache: first.cache });
    expect(pattern(chmod)).toBe('CCCCMM');
  });
  it('survives a JSON round trip (the CLI\'s --cache FILE)', () => {
    const store = parseCacheStore(JSON.stringify(first.cache)).store;
    expect(pattern(testBuild(df, files, { cache: store }))).toBe('CCCCCC');
  });
});

describe('ARGs and the cache', () => {
  const df = 'FROM alpine:3.19 AS builder\nARG VERSION=dev\nWORKDIR /app\nRUN echo $VERSION > /v\nRUN echo other > /o\n';
  const first = testBuild(df);
  it('re-runs the RUNs that see a changed build ARG, and says which ARG', () => {
    const changed = testBuild(df, {}, { cache: first.cache, buildArgs: { VERSION: '1.2' } });
    expect(pattern(changed)).toBe('CCMM');
    expect(changed.build.stages[0]!.steps[2]?.missReason).toEqual({ kind: 'arg-changed', message: 'ARG VERSION changed from "dev" to "1.2"' });
  });
  it('keeps proxies out of the key and replays the cached output (SCENARIOS 29)', () => {
    const p = 'FROM busybox\nARG FOO\nRUN echo -n $HTTP_PROXY::$FOO > /out\n';
    const a = testBuild(p, {}, { buildArgs: { http_proxy: 'hpvalue', FOO: 'x' } });
    const b = testBuild(p, {}, { buildArgs: { http_proxy: 'changed', FOO: 'x' }, cache: a.cache });
    expect(pattern(b)).toBe('CC');
    expect(fileIn(b.build.stages[0]!, '/out')).toMatchObject({ content: 'hpvalue::x' });
    const c = testBuild(p, {}, { buildArgs: { http_proxy: 'changed', FOO: 'y' }, cache: a.cache });
    expect(pattern(c)).toBe('CM');
    expect(fileIn(c.build.stages[0]!, '/out')).toMatchObject({ content: 'changed::y' });
  });
});

describe('--no-cache and --no-cache-filter (SCENARIOS 39)', () => {
  const df = 'FROM busybox AS s0\nRUN echo 0 > /r0\nFROM busybox AS s1\nWORKDIR /w\nRUN echo 1 > /r1\nFROM scratch\nCOPY --from=s0 /r0 /\nCOPY --from=s1 /r1 /\n';
  const first = testBuild(df);
  it('re-runs RUN/COPY/ADD everywhere with --no-cache, but not FROM or WORKDIR', () => {
    const r = testBuild(df, {}, { cache: first.cache, noCache: true });
    expect(pattern(r)).toBe('CM CCM MM');
    expect(r.build.stages[0]!.steps[1]?.missReason?.kind).toBe('no-cache');
  });
  it('re-runs only the named stage with --no-cache-filter (case-insensitive)', () => {
    const r = testBuild(df, {}, { cache: first.cache, noCacheFilter: ['S1'] });
    expect(pattern(r)).toBe('CC CCM CC');
  });
});

describe('content-based cache keys', () => {
  const df = 'FROM busybox AS base\nCOPY foo* files/\nRUN echo run > /unique\nCOPY bar files/\nFROM scratch\nCOPY --from=base /unique /\n';
  const files = { foo1: '1', foo2: '2', bar: 'b' };
  const first = testBuild(df, files);
  it('keeps the RUN cached when a file copied after it changes (SCENARIOS 40)', () => {
    expect(pattern(testBuild(df, { ...files, bar: 'B' }, { cache: first.cache }))).toBe('CCCM C');
  });
  it('re-runs the RUN when a file matched by the wildcard before it changes (SCENARIOS 40)', () => {
    expect(pattern(testBuild(df, { ...files, foo2: 'two' }, { cache: first.cache }))).toBe('CMMM C');
  });
  it('busts the cache when a wildcard match is renamed (SCENARIOS 41)', () => {
    const renamed = testBuild(df, { foo1: '1', fooX: '2', bar: 'b' }, { cache: first.cache });
    expect(pattern(renamed)).toBe('CMMM C');
    expect(renamed.build.stages[0]!.steps[1]?.missReason?.message).toBe('fooX added; foo2 removed');
  });
  it('keeps a RUN mounting a rebuilt stage cached when the mounted content is identical (SCENARIOS 42)', () => {
    const m = 'FROM busybox AS build\nCOPY cachebust /\nRUN mkdir -p /out && echo foo > /out/foo\nFROM busybox AS second\nRUN --mount=from=build,src=out,target=/out,rw echo x > /unique\n';
    const a = testBuild(m, { cachebust: '1' });
    const b = testBuild(m, { cachebust: '2' }, { cache: a.cache });
    expect(pattern(b)).toBe('CMM CC');
  });
  it('keeps COPY --from consumers cached when the rebuilt source stage gives identical bytes', () => {
    const c = 'FROM busybox AS build\nCOPY cachebust /\nRUN mkdir -p /out && echo foo > /out/foo\nFROM alpine:3.19\nCOPY --from=build /out /out\nRUN echo done > /d\n';
    const a = testBuild(c, { cachebust: '1' });
    expect(pattern(testBuild(c, { cachebust: '2' }, { cache: a.cache }))).toBe('CMM CCC');
  });
});
