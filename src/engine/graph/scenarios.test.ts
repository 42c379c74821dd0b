/**
 * SCENARIOS.md items about stage resolution, target selection and graph errors, each with the
 * Dockerfile and the outcome BuildKit's tests give (numbers refer to SCENARIOS.md).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalyzeInput } from '../analysis';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const run = (dockerfile: string, options: Omit<AnalyzeInput, 'dockerfile'> = {}) => analyze({ dockerfile, ...options });
const errors = (a: ReturnType<typeof analyze>) => a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const needed = (a: ReturnType<typeof analyze>) => a.graph!.stages.filter((s) => s.neededByBuildKit).map((s) => s.index);

describe('A. stage references', () => {
  const dockerfile = lines('FROM scratch AS foo', 'ENV FOO bar', 'FROM foo', 'COPY --from=foo f1 /', 'COPY --from=0 f2 /');

  it('1. a numeric --from is a 0-based stage index; FROM foo reuses stage foo', () => {
    const a = run(dockerfile);
    expect(errors(a)).toEqual([]);
    expect(a.graph!.stages[1]!.base).toEqual({ kind: 'stage', index: 0, name: 'foo' });
    expect(a.graph!.edges.filter((e) => e.kind === 'copy').map((e) => [e.from, e.to])).toEqual([[0, 1], [0, 1]]);
  });

  it('2. --target is case-insensitive; an unknown target is an error', () => {
    expect(run(dockerfile, { target: 'Foo' }).graph!.targetIndex).toBe(0);
    expect(errors(run(dockerfile, { target: 'nosuch' }))).toEqual(['target stage "nosuch" could not be found']);
  });

  it('3. names are case-insensitive for COPY --from and --target', () => {
    const a = run(lines('FROM scratch AS STAge0', 'COPY foo bar', 'FROM scratch AS staGE1', 'COPY --from=staGE0 bar baz', 'FROM scratch', 'COPY --from=stage1 baz bax'), { target: 'Stage1' });
    expect(errors(a)).toEqual([]);
    expect(a.graph!.targetIndex).toBe(1);
    expect(needed(a)).toEqual([0, 1]);
  });

  it('4/5. COPY --from an unknown name is an image; a stage name shadows an image', () => {
    const a = run(lines('FROM scratch', 'COPY --from=busybox /etc/passwd test'));
    expect(a.graph!.edges.find((e) => e.kind === 'copy')!.from).toBe('busybox');
    expect(a.graph!.externalImages).toEqual(['busybox']);
    const b = run(lines('FROM busybox AS golang', 'RUN echo -n foo > /usr/bin/go', 'FROM scratch', 'COPY --from=golang /usr/bin/go go'));
    expect(b.graph!.edges.find((e) => e.kind === 'copy')!.from).toBe(0);
  });

  it('6. copying from a stage defined later fails', () => {
    const a = run(lines('FROM busybox AS target', 'COPY --from=build / /out', 'FROM alpine AS build', 'RUN true', 'FROM target'));
    expect(errors(a)).toEqual(['cannot copy from stage "build", it needs to be defined before current stage "target"']);
    expect(a.diagnostics.find((d) => d.code === 'SC4002')!.range.startLine).toBe(2);
  });

  it('7. a stage copying from itself is a cycle', () => {
    expect(errors(run(lines('FROM busybox AS stage0', 'COPY --from=stage0 f1 /sub/')))).toEqual(['circular dependency detected on stage: stage0']);
  });

  it('8. a cycle through three stages names stage0', () => {
    const a = run(lines('FROM busybox AS stage0', 'COPY --from=stage2 f1 /', 'FROM busybox AS stage1', 'COPY --from=stage0 f2 /', 'FROM busybox AS stage2', 'COPY --from=stage1 f3 /'));
    expect(errors(a)).toEqual(['circular dependency detected on stage: stage0']);
  });

  it('9. a target typo gets a suggestion', () => {
    const a = run(lines('FROM busybox AS build', 'RUN true', 'FROM busybox', 'COPY --from=build /a /a'), { target: 'bulid' });
    expect(errors(a)).toEqual(['target stage "bulid" could not be found (did you mean build?)']);
  });

  it('10. only ARGs means no stages', () => {
    expect(errors(run(lines('ARG foo=bar')))).toContain('dockerfile contains no stages to build');
  });

  it('11. COPY --from does not expand variables', () => {
    expect(errors(run(lines('FROM scratch', 'COPY --from=$FOO . .')))).toEqual([
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    ]);
  });

  it('14. an empty base name is an error', () => {
    expect(errors(run(lines('FROM ${BLANK} AS foo')))).toEqual(['base name (${BLANK}) should not be blank']);
  });

  it('20. duplicate stage names are a warning only; FROM binds to the latest earlier one', () => {
    const a = run(lines('FROM scratch AS b', 'FROM scratch AS b', 'FROM b'));
    expect(errors(a)).toEqual([]);
    expect(a.diagnostics.find((d) => d.code === 'SC4007')).toMatchObject({ message: 'Duplicate stage name "b", stage names should be unique', range: { startLine: 2 } });
    expect(a.graph!.stages[2]!.base).toEqual({ kind: 'stage', index: 1, name: 'b' });
  });

  it('21. FROM with a capitalised stage name does not find the stage and fails as a reference', () => {
    const a = run(lines('FROM scratch AS build', 'FROM Build'));
    expect(a.graph!.stages[1]!.base).toEqual({ kind: 'image', ref: 'Build' });
    expect(errors(a)).toEqual(['failed to parse stage name "Build": invalid reference format: repository name (library/Build) must be lowercase']);
  });

  it('FROM a AS a means the image a', () => {
    expect(run(lines('FROM a AS a')).graph!.stages[0]!.base).toEqual({ kind: 'image', ref: 'a' });
  });

  it('an out-of-range index is an error even in a stage the target skips', () => {
    const a = run(lines('FROM alpine AS unused', 'COPY --from=7 /a /a', 'FROM alpine'));
    expect(errors(a)).toEqual(['invalid stage index 7']);
  });
});

describe('target reachability (SEMANTICS.md §4)', () => {
  const dockerfile = lines('FROM golang:1.21 AS build', 'RUN go build', 'FROM build AS test', 'RUN go test', 'FROM alpine', 'COPY --from=build /app /app');

  it('BuildKit builds only what the target needs; the legacy builder builds every stage up to it', () => {
    const a = run(dockerfile);
    expect(needed(a)).toEqual([0, 2]);
    expect(a.graph!.stages.map((s) => s.neededByLegacy)).toEqual([true, true, true]);
    const t = run(dockerfile, { target: 'test' });
    expect(needed(t)).toEqual([0, 1]);
    expect(t.graph!.stages.map((s) => s.neededByLegacy)).toEqual([true, true, false]);
  });

  it('a skipped stage that copies from a later stage is no error in BuildKit mode, but is in legacy mode', () => {
    const d = lines('FROM alpine AS early', 'COPY --from=late /x /x', 'FROM alpine AS late', 'RUN true', 'FROM alpine', 'COPY --from=late /x /x');
    expect(errors(run(d))).toEqual([]);
    expect(errors(run(d, { mode: 'legacy' }))).toEqual(['cannot copy from stage "late", it needs to be defined before current stage "early"']);
  });

  it('RUN --mount from= is an edge of kind mount', () => {
    const a = run(lines('FROM alpine AS deps', 'RUN echo', 'FROM alpine', 'RUN --mount=from=deps,target=/deps ls /deps'));
    expect(a.graph!.edges.filter((e) => e.kind === 'mount').map((e) => [e.from, e.to, e.line])).toEqual([[0, 1, 4]]);
    expect(needed(a)).toEqual([0, 1]);
  });

  it('51. an ONBUILD COPY --from in a base stage makes its source needed by the child', () => {
    const a = run(lines('FROM alpine AS src', 'RUN echo 12 > /in', 'FROM alpine AS base', 'ONBUILD COPY --from=src /in /out', 'FROM base AS mid', 'RUN cat /out', 'FROM scratch', 'COPY --from=mid /out /bar'));
    expect(needed(a)).toEqual([0, 1, 2, 3]);
    expect(a.graph!.edges.find((e) => e.viaOnbuild)).toMatchObject({ kind: 'copy', from: 0, to: 2 });
  });
});

describe('C. ARGs in FROM', () => {
  it('23. a global ARG in FROM, overridden by a build arg', () => {
    const d = lines('ARG tag=nosuchtag', 'FROM busybox:${tag}');
    expect(run(d).graph!.stages[0]!.base).toEqual({ kind: 'image', ref: 'busybox:nosuchtag' });
    expect(run(d, { buildArgs: { tag: 'latest' } }).graph!.stages[0]!.base).toEqual({ kind: 'image', ref: 'busybox:latest' });
  });

  it('24. ${VAR:?msg} in a meta ARG fails without the build arg', () => {
    const d = lines('ARG FOO=${FOO:?"custom error"}', 'FROM busybox');
    expect(errors(run(d)).join('\n')).toContain('FOO: custom error');
    expect(errors(run(d, { buildArgs: { FOO: 'bar' } }))).toEqual([]);
  });

  it('33. TARGETOS works in FROM without a declaration and follows the stage chain', () => {
    const a = run(lines('FROM scratch AS build-linux', 'COPY foo bar', 'FROM build-${TARGETOS}', 'COPY foo2 bar2'));
    expect(a.graph!.stages[1]!.base).toEqual({ kind: 'stage', index: 0, name: 'build-linux' });
  });

  it('30. shell modifiers in FROM', () => {
    expect(run(lines('ARG image=idlebox', 'FROM busy${image#idle}')).graph!.stages[0]!.base).toEqual({ kind: 'image', ref: 'busybox' });
  });
});
