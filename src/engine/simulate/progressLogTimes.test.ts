import { describe, expect, it } from 'vitest';
import { runCommand } from './run';
import { allSteps, testBuild } from './testBuild';

describe('the log\'s replay times', () => {
  const out = testBuild('FROM alpine:3.19 AS a\nRUN echo one\nFROM alpine:3.19 AS b\nCOPY --from=a /etc/alpine-release /x\nRUN echo two\n', {}, { runCommand });
  const { log, logAtMs } = out.build;

  it('gives every line a time, in order within each vertex block', () => {
    expect(logAtMs).toHaveLength(log.length);
    expect(logAtMs.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
  });

  it('prints a step\'s header when it starts and its DONE line when it ends', () => {
    for (const step of allSteps(out).filter((s) => !s.cached)) {
      const header = log.findIndex((l) => / /.test(l) && l.endsWith(` ${step.label}`));
      expect(header, step.label).toBeGreaterThan(0);
      const n = log[header]!.split(' ')[0];
      const done = log.findIndex((l, i) => i > header && l.startsWith(`${n} DONE`));
      expect(logAtMs[header]).toBe(step.startMs);
      expect(logAtMs[done]).toBe(step.endMs);
    }
  });

  it('never prints a line after the build has finished', () => {
    expect(Math.max(...logAtMs)).toBeLessThanOrEqual(out.build.totalMs);
  });
});
