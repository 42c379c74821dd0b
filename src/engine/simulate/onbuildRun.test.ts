import { describe, expect, it } from 'vitest';
import type { RunContext, RunOutcome } from './run/types';
import { fileIn, stageNamed, testBuild } from './testBuild';

describe('ONBUILD across stages (SCENARIOS 49-52)', () => {
  it('runs a same-file stage\'s triggers in its children, labelled ONBUILD (50)', () => {
    const df = 'FROM busybox AS base\nONBUILD RUN mkdir -p /out && echo -n 11 >> /out/foo\nFROM base AS mid\nRUN cp /out/foo /out/bar\nFROM scratch\nCOPY --from=mid /out/bar /\n';
    const r = testBuild(df);
    expect(fileIn(r.build.stages[2]!, '/bar')).toMatchObject({ content: '11' });
    expect(stageNamed(r, 'mid').steps.map((s) => s.label)).toEqual([
      '[mid 1/2] ONBUILD RUN mkdir -p /out && echo -n 11 >> /out/foo',
      '[mid 2/2] RUN cp /out/foo /out/bar',
    ]);
    // The base image keeps its trigger; the child's config does not.
    expect(stageNamed(r, 'base').image?.config.OnBuild).toEqual(['RUN mkdir -p /out && echo -n 11 >> /out/foo']);
    expect(stageNamed(r, 'mid').image?.config.OnBuild).toEqual([]);
  });
  it('builds a stage that only a trigger\'s COPY --from references (51)', () => {
    const df = 'FROM busybox AS src\nRUN mkdir -p /in && echo -n 12 > /in/file\nFROM busybox AS base\nONBUILD COPY --from=src /in/file /out/foo\nFROM base AS mid\nRUN cp /out/foo /out/bar\nFROM scratch\nCOPY --from=mid /out/bar /\n';
    const r = testBuild(df);
    expect(r.build.ok).toBe(true);
    expect(stageNamed(r, 'src').built).toBe(true);
    expect(fileIn(r.build.stages[3]!, '/bar')).toMatchObject({ content: '12' });
  });
  it('does not run triggers again in grandchildren (52)', () => {
    const df = 'FROM busybox AS base\nONBUILD RUN mkdir -p /out && echo 1 >> /out/didrun\nFROM base AS child\nRUN rm /out/didrun\nFROM child AS grand\nRUN echo ok > /ok\n';
    const r = testBuild(df);
    expect(r.build.ok).toBe(true);
    expect(stageNamed(r, 'grand').steps.map((s) => s.isOnBuild)).toEqual([false]);
    expect(fileIn(stageNamed(r, 'grand'), '/out/didrun')).toBeUndefined();
  });
});

describe('RUN', () => {
  it('fails a non-zero exit with BuildKit\'s message (shell, quoted, exec form)', () => {
    const a = testBuild('FROM busybox\nRUN exit 3\n');
    expect(a.build.error?.message).toBe('process "/bin/sh -c exit 3" did not complete successfully: exit code: 3');
    expect(a.build.error?.code).toBe('SC5003');
    const b = testBuild('FROM busybox\nRUN echo "hi" && false\n');
    expect(b.build.error?.message).toBe('process "/bin/sh -c echo \\"hi\\" && false" did not complete successfully: exit code: 1');
    const c = testBuild('FROM busybox\nRUN ["false"]\n');
    expect(c.build.error?.message).toBe('process "false" did not complete successfully: exit code: 1');
    expect(c.build.log).toContain(`ERROR: failed to solve: ${c.build.error?.message}`);
  });
  it('stops the build at the failure: later stages are not built', () => {
    const r = testBuild('FROM busybox AS a\nRUN false\nFROM busybox\nCOPY --from=a /x /\n');
    expect(r.build.stages.map((s) => [s.built, s.failed ?? false])).toEqual([[true, true], [false, false]]);
  });
  it('does not shrink the image when a later layer deletes a file (DESIGN §4.4)', () => {
    const big = 10 * 1024 * 1024;
    const r = testBuild('FROM alpine:3.19\nRUN fallocate -l 10M /big\nRUN rm /big\n');
    const image = r.build.stages[0]!.image!;
    const [add, del] = r.build.stages[0]!.steps.slice(1);
    expect(add?.layerSize).toBe(big);
    expect(del?.layerSize).toBe(0);
    expect(image.size).toBe(7_400_000 + big);
    expect(fileIn(r.build.stages[0]!, '/big')).toBeUndefined();
    expect(r.report?.final?.efficiency.wastedBytes).toBe(big);
  });
  it('never throws: a crashing shell becomes an internal-error diagnostic at the RUN line', () => {
    const crash = (_ctx: RunContext): RunOutcome => {
      throw new Error('boom');
    };
    const r = testBuild('FROM busybox\nRUN anything\n', {}, { runCommand: crash });
    expect(r.build.ok).toBe(false);
    expect(r.build.error).toMatchObject({ code: 'SC5007', message: 'internal simulator error: boom' });
    expect(r.build.error?.range.startLine).toBe(2);
  });
  it('passes cwd, user, shell, mounts and the base image to the shell', () => {
    let seen: RunContext | undefined;
    const spy = (ctx: RunContext): RunOutcome => ((seen = ctx), { tree: ctx.tree, exitCode: 0, output: [], notSimulated: [], durationMs: 1, durationSource: 'x', diagnostics: [] });
    testBuild('FROM node:20-alpine\nWORKDIR /app\nUSER node\nSHELL ["/bin/ash", "-c"]\nRUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=tok npm ci\n', {}, { runCommand: spy });
    expect(seen).toMatchObject({ cwd: '/app', user: 'node', shell: ['/bin/ash', '-c'], command: { form: 'shell', script: 'npm ci' }, osFamily: 'alpine', baseImage: 'node:20-alpine' });
    expect(seen?.mounts.map((m) => [m.type, m.target, m.cacheId])).toEqual([['cache', '/root/.npm', '/root/.npm'], ['secret', '/run/secrets/tok', 'tok']]);
  });
  it('keeps cache-mount contents for the next build, outside every layer', () => {
    const writes = (ctx: RunContext): RunOutcome => {
      const mount = ctx.mounts[0]!;
      const had = mount.source?.tree.root.childCount ?? 0;
      return { tree: ctx.tree, exitCode: 0, output: [`had ${had}`], notSimulated: [], durationMs: 1, durationSource: 'x', diagnostics: [], cacheMounts: { [mount.cacheId!]: ctx.tree } };
    };
    const df = 'FROM alpine:3.19\nRUN --mount=type=cache,target=/cache echo $((1))\n';
    const a = testBuild(df, {}, { runCommand: writes });
    expect(a.build.stages[0]!.steps[1]?.output).toEqual(['had 0']);
    expect(a.cache.cacheMounts?.['/cache']?.length).toBeGreaterThan(0);
    const b = testBuild(df, {}, { runCommand: writes, cache: a.cache, noCache: true });
    expect(b.build.stages[0]!.steps[1]?.output[0]).not.toBe('had 0');
  });
});

describe('stage selection and timing', () => {
  const df = 'FROM alpine:3.19 AS a\nRUN echo a > /a\nFROM alpine:3.19 AS b\nRUN echo b > /b\nFROM scratch\nCOPY --from=a /a /\nCOPY --from=b /b /\n';
  it('runs independent stages in parallel in BuildKit mode, one after another in legacy mode', () => {
    const bk = testBuild(df).build;
    const [a, b] = [bk.stages[0]!.steps[1]!, bk.stages[1]!.steps[1]!];
    expect(a.startMs).toBe(b.startMs);
    const legacy = testBuild(df, {}, { mode: 'legacy' }).build;
    expect(legacy.stages[1]!.steps[0]!.startMs).toBeGreaterThanOrEqual(legacy.stages[0]!.steps[1]!.endMs);
    expect(legacy.totalMs).toBeGreaterThan(bk.totalMs);
  });
  it('does not build stages the target does not need; legacy does (overridden-from)', () => {
    const o = 'FROM ubuntu:22.04\nRUN echo "Hello"\n\nFROM node:20\nCMD ["node", "--version"]\n';
    expect(testBuild(o).build.stages.map((s) => s.built)).toEqual([false, true]);
    expect(testBuild(o, {}, { mode: 'legacy' }).build.stages.map((s) => s.built)).toEqual([true, true]);
  });
  it('is deterministic: the same input gives the same log, steps and cache', () => {
    const strip = (o: ReturnType<typeof testBuild>) => JSON.stringify({ log: o.build.log, events: o.build.events, steps: o.build.stages.map((s) => s.steps), cache: o.cache });
    expect(strip(testBuild(df))).toBe(strip(testBuild(df)));
  });
  it('labels the log as simulated and prints BuildKit\'s block shapes', () => {
    const log = testBuild('FROM alpine:3.19\nRUN echo hi\n').build.log;
    expect(log[0]).toMatch(/^#0 simulated build/);
    expect(log).toContain('#4 [1/2] FROM docker.io/library/alpine:3.19');
    expect(log.some((l) => /^#5 \d+\.\d{3} hi$/.test(l))).toBe(true);
    expect(log.some((l) => /^#5 DONE \d+\.\ds$/.test(l))).toBe(true);
    expect(log.some((l) => /^#6 writing image sha256:[0-9a-f]{64} done$/.test(l))).toBe(true);
  });
});

describe('analyze() with a build', () => {
  it('returns the same build as buildImage when the input asks for one', async () => {
    const { analyze } = await import('../analyze');
    const dockerfile = 'FROM alpine:3.19\nRUN echo hi > /hi\n';
    const a = analyze({ dockerfile, build: {} });
    expect(a.build?.result.ok).toBe(true);
    expect(a.build?.plan.order).toEqual([0]);
    expect(a.build?.result.log).toEqual(testBuild(dockerfile, {}, { runCommand: undefined }).build.log);
    expect(analyze({ dockerfile }).build).toBeUndefined();
  });
});
