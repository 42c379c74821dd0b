/**
 * ARG scoping scenarios from BuildKit's integration tests (SCENARIOS.md §C 23-31, 33-35), played
 * through the global scope, stage ARG resolution and expansion. Dockerfiles are in the comments.
 */
import { describe, expect, it } from 'vitest';
import { argHistoryText, buildGlobalScope, resolveStageArg, runHistoryArgs, type ArgDeclaration, type BuildArgs, type StageArg } from './buildArgs';
import { EMPTY_ENV, envToSlice, getEnv, setEnv, type Env } from './env';
import { AUTOMATIC_ARGS, formatPlatformAll } from './platformArgs';
import { processWord, processWords } from './processWord';
import { proxyEnvFromBuildArgs } from './proxyArgs';

function globalScope(metaArgs: ArgDeclaration[], buildArgs: BuildArgs = {}, target = ''): Env {
  const result = buildGlobalScope({ metaArgs, buildArgs, target });
  if (!result.ok) throw new Error(result.error);
  return result.env;
}

function expand(word: string, env: Env): string {
  const result = processWord(word, env);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Run the ARG declarations of one stage in order; returns the env and the stage's ARG list. */
function stageArgs(decls: ArgDeclaration[], global: Env, buildArgs: BuildArgs = {}, start: Env = EMPTY_ENV) {
  let env = start;
  const args: StageArg[] = [];
  for (const decl of decls) {
    const result = resolveStageArg(decl, { env, globalScope: global, buildArgs });
    if (!result.ok) return { ok: false as const, error: result.error, cause: result.cause };
    env = result.env;
    args.push({ key: result.key, value: result.value });
  }
  return { ok: true as const, env, args };
}

describe('SCENARIOS §C: global ARG scope', () => {
  it('23 testGlobalArg: a build-arg overrides a meta ARG default used in FROM', () => {
    // ARG tag=nosuchtag / FROM busybox:${tag}
    const decls = [{ key: 'tag', value: 'nosuchtag' }];
    expect(expand('busybox:${tag}', globalScope(decls, { tag: 'latest' }))).toBe('busybox:latest');
    expect(expand('busybox:${tag}', globalScope(decls))).toBe('busybox:nosuchtag');
  });

  it('24 testGlobalArgErrors: ${FOO:?msg} in a meta ARG fails unless FOO is given', () => {
    // ARG FOO=${FOO:?"custom error"} / FROM busybox
    const metaArgs = [{ key: 'FOO', value: '${FOO:?"custom error"}' }];
    const failed = buildGlobalScope({ metaArgs });
    expect(failed).toMatchObject({ ok: false, argIndex: 0, cause: 'FOO: custom error' });
    if (!failed.ok) expect(failed.error).toBe('failed to process "${FOO:?\\"custom error\\"}": FOO: custom error');
    const ok = buildGlobalScope({ metaArgs, buildArgs: { FOO: 'bar' } });
    expect(ok.ok && getEnv(ok.env, 'FOO')).toBe('bar');
  });

  it('26 testMultiArgs: meta args chain, FROM uses them, value-less stage ARGs take global values', () => {
    // ARG a1="foo bar" a2=box / ARG a3="$a2-foo" / FROM busy$a2 AS build / ARG a3 a4="123 456" a1
    const global = globalScope([
      { key: 'a1', value: '"foo bar"' },
      { key: 'a2', value: 'box' },
      { key: 'a3', value: '"$a2-foo"' },
    ]);
    expect(expand('busy$a2', global)).toBe('busybox');
    const stage = stageArgs([{ key: 'a3' }, { key: 'a4', value: '"123 456"' }, { key: 'a1' }], global);
    expect(stage.ok && expand('"$a1:$a3:$a4"', stage.env)).toBe('foo bar:box-foo:123 456');
  });

  it('27 testQuotedMetaArgs: a redeclared meta ARG feeds a stage default', () => {
    // ARG a1="box" / ARG a2="$a1-foo" / FROM busy$a1 AS build / ARG a2 / ARG a3="bar-$a2"
    const global = globalScope([
      { key: 'a1', value: '"box"' },
      { key: 'a2', value: '"$a1-foo"' },
    ]);
    expect(expand('busy$a1', global)).toBe('busybox');
    const stage = stageArgs([{ key: 'a2' }, { key: 'a3', value: '"bar-$a2"' }], global);
    expect(stage.ok && expand('$a3', stage.env)).toBe('bar-box-foo');
  });

  it('28 testTargetStageNameArg: TARGETSTAGE is the target, or default for an unnamed last stage', () => {
    // FROM alpine AS base / RUN echo -n "value:$TARGETSTAGE" > first / ARG TARGETSTAGE / RUN ... > second
    for (const [target, expected] of [['foo', 'value:foo'], ['', 'value:default'], ['final', 'value:final']] as const) {
      const global = globalScope([], {}, target);
      expect(expand('"value:$TARGETSTAGE"', EMPTY_ENV)).toBe('value:');
      const stage = stageArgs([{ key: 'TARGETSTAGE' }], global);
      expect(stage.ok && expand('"value:$TARGETSTAGE"', stage.env)).toBe(expected);
    }
  });

  it('30 testDefaultEnvWithArgs: modifiers in FROM and in ENV, empty build-arg counts as unset for :-', () => {
    // ARG image=idlebox / FROM busy${image#idle} AS build / ARG my_arg
    // ENV my_arg "my_arg=${my_arg:-def_val}" / ENV my_trimmed_arg "${my_arg%%e*}"
    // RUN ./myscript.sh $my_arg $my_trimmed_arg   (script: echo -n $my_arg $*)
    const cases: [BuildArgs, string][] = [
      [{}, 'my_arg=def_val my_arg=def_val my_arg=d'],
      [{ my_arg: '' }, 'my_arg=def_val my_arg=def_val my_arg=d'],
      [{ my_arg: 'override' }, 'my_arg=override my_arg=override my_arg=ov'],
    ];
    for (const [buildArgs, expected] of cases) {
      const global = globalScope([{ key: 'image', value: 'idlebox' }], buildArgs);
      expect(expand('busy${image#idle}', global)).toBe('busybox');
      const stage = stageArgs([{ key: 'my_arg' }], global, buildArgs);
      if (!stage.ok) throw new Error(stage.error);
      let env = setEnv(stage.env, 'my_arg', expand('"my_arg=${my_arg:-def_val}"', stage.env));
      env = setEnv(env, 'my_trimmed_arg', expand('"${my_arg%%e*}"', env));
      const words = processWords('$my_arg $my_arg $my_trimmed_arg', env);
      expect(words.ok && words.words.join(' ')).toBe(expected);
    }
  });

  it('33 testPlatformArgsImplicit: TARGETOS works in FROM without a declaration', () => {
    // FROM scratch AS build-linux / FROM build-${TARGETOS}
    expect(expand('build-${TARGETOS}', globalScope([]))).toBe('build-linux');
  });

  it('automatic args for linux/amd64: all set, the variant and OS versions empty', () => {
    const env = globalScope([]);
    expect(envToSlice(env)).toEqual([
      'BUILDPLATFORM=linux/amd64',
      'BUILDOS=linux',
      'BUILDOSVERSION=',
      'BUILDARCH=amd64',
      'BUILDVARIANT=',
      'TARGETPLATFORM=linux/amd64',
      'TARGETOS=linux',
      'TARGETOSVERSION=',
      'TARGETARCH=amd64',
      'TARGETVARIANT=',
      'TARGETSTAGE=default',
    ]);
    expect(env.map((e) => e.key)).toEqual([...AUTOMATIC_ARGS]);
    expect(formatPlatformAll({ os: 'windows', architecture: 'amd64', osVersion: '10.0.17763' })).toBe('windows(10.0.17763)/amd64');
  });
});

describe('SCENARIOS §C: stage ARGs', () => {
  it('25 testArgDefaultExpansion: a stage default is not evaluated when its build-arg is given', () => {
    // FROM scratch / ARG FOO / ARG BAR=${FOO:?"foo missing"}
    const decls = [{ key: 'FOO' }, { key: 'BAR', value: '${FOO:?"foo missing"}' }];
    const global = globalScope([]);
    expect(stageArgs(decls, global)).toMatchObject({ ok: false, cause: 'FOO: foo missing' });
    expect(stageArgs(decls, global, { FOO: 'x' }).ok).toBe(true);
    const onlyBar = stageArgs(decls, global, { BAR: 'given' });
    expect(onlyBar.ok && getEnv(onlyBar.env, 'BAR')).toBe('given');
  });

  it('29 testBuiltinArgs: proxy build-args reach RUN without ARG; a lowercase http_proxy fills HTTP_PROXY', () => {
    // ARG FOO / ARG BAR / ARG BAZ=bazcontent / RUN echo -n $HTTP_PROXY::$NO_PROXY::$FOO::$BAR::$BAZ
    const buildArgs = { FOO: 'foocontents', http_proxy: 'hpvalue', NO_PROXY: 'npvalue' };
    const stage = stageArgs([{ key: 'FOO' }, { key: 'BAR' }, { key: 'BAZ', value: 'bazcontent' }], globalScope([], buildArgs), buildArgs);
    if (!stage.ok) throw new Error(stage.error);
    const runEnv = [...stage.env, ...proxyEnvFromBuildArgs(buildArgs)];
    expect(expand('$HTTP_PROXY::$NO_PROXY::$FOO::$BAR::$BAZ', runEnv)).toBe('hpvalue::npvalue::foocontents::::bazcontent');
    // Not part of the stage env or history.
    expect(envToSlice(stage.env)).toEqual(['FOO=foocontents', 'BAZ=bazcontent']);
    expect(envToSlice(proxyEnvFromBuildArgs(buildArgs))).toEqual(['HTTP_PROXY=hpvalue', 'http_proxy=hpvalue', 'NO_PROXY=npvalue', 'no_proxy=npvalue']);
  });

  it('31 testEmptyStringArgInEnv: ARG FOO stays unset, ARG BAR= is set to empty', () => {
    // FROM busybox AS build / ARG FOO / ARG BAR= / RUN env > env.txt
    const stage = stageArgs([{ key: 'FOO' }, { key: 'BAR', value: '' }], globalScope([]));
    expect(stage.ok && envToSlice(stage.env)).toEqual(['BAR=']);
  });

  it('34 testPlatformArgsExplicit: platform args need ARG in a stage, and build-args override them', () => {
    // FROM --platform=$BUILDPLATFORM busybox AS build / ARG TARGETPLATFORM / ARG TARGETOS
    // platform=darwin/ppc64le, build-arg:TARGETOS=freebsd
    const buildArgs = { TARGETOS: 'freebsd' };
    const result = buildGlobalScope({ metaArgs: [], buildArgs, targetPlatform: { os: 'darwin', architecture: 'ppc64le' } });
    if (!result.ok) throw new Error(result.error);
    expect(expand('$BUILDPLATFORM', result.env)).toBe('linux/amd64');
    expect(expand('$TARGETPLATFORM', EMPTY_ENV)).toBe('');
    const stage = stageArgs([{ key: 'TARGETPLATFORM' }, { key: 'TARGETOS' }], result.env, buildArgs);
    expect(stage.ok && expand('$TARGETPLATFORM:$TARGETOS', stage.env)).toBe('darwin/ppc64le:freebsd');
  });

  it('35 testExportedHistoryFlattenArgs: a redeclared ARG keeps its first slot in RUN history', () => {
    // ARG foo=bar / ARG bar=123 / ARG foo=bar2 / RUN ls /etc/
    let env = EMPTY_ENV;
    const all: StageArg[] = [];
    const history: string[] = [];
    for (const decl of [{ key: 'foo', value: 'bar' }, { key: 'bar', value: '123' }, { key: 'foo', value: 'bar2' }]) {
      const result = resolveStageArg(decl, { env, globalScope: EMPTY_ENV });
      if (!result.ok) throw new Error(result.error);
      env = result.env;
      all.push({ key: result.key, value: result.value });
      history.push(argHistoryText([{ key: result.key, value: result.value }]));
    }
    expect(history).toEqual(['ARG foo=bar', 'ARG bar=123', 'ARG foo=bar2']);
    expect([...runHistoryArgs(all, env), 'ls', '/etc/'].join(' ')).toContain('|2 foo=bar2 bar=123 ');
  });

  it('an unset ARG shows as KEY= in RUN history (SEMANTICS §3.3)', () => {
    const stage = stageArgs([{ key: 'NAME' }], globalScope([]));
    expect(stage.ok && runHistoryArgs(stage.args, stage.env)).toEqual(['|1', 'NAME=']);
  });
});

describe('meta ARG bookkeeping', () => {
  it('records deps and unmatched names of defaults, and skips defaults given as build-args', () => {
    const result = buildGlobalScope({
      metaArgs: [{ key: 'A', value: 'x' }, { key: 'B', value: '$A-$NOPE' }, { key: 'A', value: '$A$B' }, { key: 'C', value: '${C:?boom}' }, { key: 'D' }],
      buildArgs: { C: 'given' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b, a2, c, d] = result.metaArgs;
    expect(a).toMatchObject({ value: 'x', source: 'default' });
    expect(b).toMatchObject({ value: 'x-', source: 'default', deps: new Set(['A']), unmatched: new Set(['NOPE']) });
    expect(a2).toMatchObject({ value: 'xx-', deps: new Set(['B']) });
    expect(c).toMatchObject({ value: 'given', source: 'build-arg' });
    expect(d).toMatchObject({ value: undefined, source: 'unset' });
    expect(getEnv(result.env, 'D')).toBeUndefined();
  });

  it('ignores inherited object keys in build-args', () => {
    const stage = stageArgs([{ key: 'constructor' }, { key: 'toString' }], globalScope([]));
    expect(stage.ok && envToSlice(stage.env)).toEqual([]);
  });

  it('uses the escape token for defaults', () => {
    const result = buildGlobalScope({ metaArgs: [{ key: 'A', value: 'a`$B' }], escapeToken: '`' });
    expect(result.ok && getEnv(result.env, 'A')).toBe('a$B');
  });
});
