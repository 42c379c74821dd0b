import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { planBuild } from './planBuild';
import { stepLabel } from './stepLabels';

const plan = (dockerfile: string, options: Parameters<typeof planBuild>[1] = {}, target?: string) =>
  planBuild(analyze({ dockerfile, target, mode: options.mode }), options);

describe('step totals and label names (SCENARIOS 22, SEMANTICS §9)', () => {
  // testStepNames: `[base 3/3] RUN ...` and `[stage-1 1/1] COPY ...`.
  const p = plan('FROM busybox AS base\nWORKDIR /out\nRUN echo "base" > base\nFROM scratch\nCOPY --from=base --chmod=0644 /out /out\n');
  it('counts FROM of an image but not scratch', () => {
    expect(p.stages.map((s) => [s.labelName, s.stepTotal])).toEqual([['base', 3], ['stage-1', 1]]);
  });
  it('formats k right-aligned to the width of n', () => {
    expect(stepLabel('builder', 1, 12, 'FROM x')).toBe('[builder  1/12] FROM x');
    expect(stepLabel('base', 3, 3, 'RUN echo "base" > base')).toBe('[base 3/3] RUN echo "base" > base');
    expect(stepLabel('', 2, 3, 'RUN x')).toBe('[2/3] RUN x');
    expect(stepLabel('s', 1, 1, 'RUN x', true)).toBe('[s 1/1] ONBUILD RUN x');
    // An image used only by COPY --from has n = 0: no brackets.
    expect(stepLabel('', 0, 0, 'FROM docker.io/library/busybox:latest')).toBe('FROM docker.io/library/busybox:latest');
  });
  it('blanks the name when the build has a single state', () => {
    expect(plan('FROM alpine AS build\nRUN true\n').stages[0]?.labelName).toBe('');
    // COPY --from=<image> adds a state, so stage-0 keeps its name (SEMANTICS §4).
    expect(plan('FROM alpine\nCOPY --from=busybox /bin/busybox /x\n').stages[0]?.labelName).toBe('stage-0');
  });
  it('does not count FROM of a stage base, counts its ONBUILD triggers', () => {
    const q = plan('FROM busybox AS base\nONBUILD RUN echo 11 >> /out/foo\nFROM base AS mid\nRUN cp /out/foo /out/bar\n');
    expect(q.stages[1]?.stepTotal).toBe(2);
    expect(q.stages[1]?.commands.map((c) => [c.isOnBuild, c.command.kind, c.line])).toEqual([[true, 'run', 3], [false, 'run', 4]]);
    // The base stage itself does not run its own trigger.
    expect(q.stages[0]?.stepTotal).toBe(1);
  });
});

describe('which stages build', () => {
  const df = 'FROM ubuntu:22.04\nRUN echo "Hello"\n\nFROM node:20\nCMD ["node", "--version"]\n';
  it('BuildKit prunes stages the target does not need; legacy builds them (overridden-from)', () => {
    expect(plan(df).stages.map((s) => s.built)).toEqual([false, true]);
    expect(plan(df, { mode: 'legacy' }).stages.map((s) => s.built)).toEqual([true, true]);
  });
  it('puts independent stages in one wave, dependants after', () => {
    const p = plan('FROM alpine AS a\nRUN x\nFROM alpine AS b\nRUN y\nFROM scratch\nCOPY --from=a /x /\nCOPY --from=b /y /\n');
    expect(p.waves).toEqual([[0, 1], [2]]);
    expect(p.stages[2]?.dependsOn).toEqual([0, 1]);
    expect(plan('FROM alpine AS a\nRUN x\nFROM alpine AS b\nRUN y\nFROM scratch\nCOPY --from=a /x /\nCOPY --from=b /y /\n', { mode: 'legacy' }).waves).toEqual([[0], [1], [2]]);
  });
  it('follows --target', () => {
    const p = plan('FROM alpine AS a\nFROM a AS b\nFROM alpine AS c\n', {}, 'b');
    expect(p.order).toEqual([0, 1]);
    expect(p.targetIndex).toBe(1);
  });
  it('marks no-cache stages by name, case-insensitively (SEMANTICS §6)', () => {
    const p = plan('FROM alpine AS s0\nFROM alpine AS s1\nFROM scratch\n', { noCacheFilter: ['S1'] });
    expect(p.stages.map((s) => s.noCache)).toEqual([false, true, false]);
    expect(plan('FROM alpine AS s0\nFROM scratch\n', { noCache: true }).stages.every((s) => s.noCache)).toBe(true);
  });
  it('lists the images whose metadata a build loads', () => {
    const p = plan('FROM golang:1.21 AS b\nFROM alpine:3.19\nCOPY --from=b /x /x\nCOPY --from=busybox /bin/sh /sh\n');
    expect(p.images).toEqual(['golang:1.21', 'alpine:3.19', 'busybox']);
  });
});
