import { describe, expect, it } from 'vitest';
import { scriptedRunner } from './scriptedRunner';
import type { RunContext } from './run/types';
import { fileIn, testBuild } from './testBuild';

/** Runs the scripted runner and remembers each RUN's context. */
function spy() {
  const seen: RunContext[] = [];
  return { seen, run: (ctx: RunContext) => (seen.push(ctx), scriptedRunner(ctx)) };
}

describe('ARG and ENV scoping (SCENARIOS 26-31, 35)', () => {
  it('chains meta args and redeclares them in the stage (26)', () => {
    const s = spy();
    const df = 'ARG a1="foo bar" a2=box\nARG a3="$a2-foo"\nFROM busy$a2 AS build\nARG a3 a4="123 456" a1\nRUN echo -n "$a1:$a3:$a4" > /out\n';
    const r = testBuild(df, {}, { runCommand: s.run });
    expect(fileIn(r.build.stages[0]!, '/out')).toMatchObject({ content: 'foo bar:box-foo:123 456' });
    expect(r.build.stages[0]!.image!.layers.at(-1)?.createdBy).toBe('RUN |3 a3=box-foo a4=123 456 a1=foo bar /bin/sh -c echo -n "$a1:$a3:$a4" > /out # buildkit');
  });
  it('uses a redeclared meta ARG in a stage default (27)', () => {
    const r = testBuild('ARG a1="box"\nARG a2="$a1-foo"\nFROM busy$a1 AS build\nARG a2\nARG a3="bar-$a2"\nRUN echo -n $a3 > /out\n');
    expect(fileIn(r.build.stages[0]!, '/out')).toMatchObject({ content: 'bar-box-foo' });
  });
  it('TARGETSTAGE is visible only after ARG and names the target (28)', () => {
    const df = 'FROM busybox AS base\nRUN echo -n "value:$TARGETSTAGE" > /first\nARG TARGETSTAGE\nRUN echo -n "value:$TARGETSTAGE" > /second\nFROM base AS foo\nFROM base\n';
    const named = testBuild(df, {}, { target: 'foo' }).build.stages[0]!;
    expect([fileIn(named, '/first'), fileIn(named, '/second')].map((e) => e?.kind === 'file' && e.content)).toEqual(['value:', 'value:foo']);
    const unnamed = testBuild(df).build.stages[0]!;
    expect(fileIn(unnamed, '/second')).toMatchObject({ content: 'value:default' });
  });
  it('passes proxy build-args without an ARG (29)', () => {
    const df = 'FROM busybox\nARG FOO\nARG BAR\nARG BAZ=bazcontent\nRUN echo -n $HTTP_PROXY::$NO_PROXY::$FOO::$BAR::$BAZ > /out\n';
    const r = testBuild(df, {}, { buildArgs: { FOO: 'foocontents', http_proxy: 'hpvalue', NO_PROXY: 'npvalue' } });
    expect(fileIn(r.build.stages[0]!, '/out')).toMatchObject({ content: 'hpvalue::npvalue::foocontents::::bazcontent' });
    // Proxies stay out of the history.
    expect(r.build.stages[0]!.image!.layers.at(-1)?.createdBy).not.toContain('hpvalue');
  });
  it('treats an empty build-arg like unset for ${x:-default} (30)', () => {
    const df = 'ARG image=idlebox\nFROM busy${image#idle}\nARG my_arg\nENV my_arg "my_arg=${my_arg:-def_val}"\nENV my_trimmed_arg "${my_arg%%e*}"\n';
    const env = (args?: Record<string, string>) => testBuild(df, {}, { buildArgs: args }).build.stages[0]!.image!.config.Env;
    expect(env()).toEqual(expect.arrayContaining(['my_arg=my_arg=def_val', 'my_trimmed_arg=my_arg=d']));
    expect(env({ my_arg: '' })).toEqual(expect.arrayContaining(['my_arg=my_arg=def_val', 'my_trimmed_arg=my_arg=d']));
    expect(env({ my_arg: 'override' })).toEqual(expect.arrayContaining(['my_arg=my_arg=override', 'my_trimmed_arg=my_arg=ov']));
  });
  it('puts BAR= but not FOO in the RUN env (31) and no ARG in the config Env', () => {
    const s = spy();
    const r = testBuild('FROM busybox\nARG FOO\nARG BAR=\nRUN env > env.txt\n', {}, { runCommand: s.run });
    expect(s.seen[0]?.env.get('BAR')).toBe('');
    expect(s.seen[0]?.env.has('FOO')).toBe(false);
    expect(r.build.stages[0]!.image!.config.Env.some((e) => e.startsWith('BAR='))).toBe(false);
  });
  it('flattens ARG history into the RUN line (35)', () => {
    const r = testBuild('FROM busybox\nARG foo=bar\nARG bar=123\nARG foo=bar2\nRUN ls /etc/\n');
    const history = r.build.stages[0]!.image!.layers.filter((l) => l.stageIndex !== undefined).map((l) => l.createdBy);
    expect(history.slice(0, 3)).toEqual(['ARG foo=bar', 'ARG bar=123', 'ARG foo=bar2']);
    expect(history[3]).toContain('RUN |2 foo=bar2 bar=123 ');
    expect(history[3]).not.toContain('ARG foo=bar');
  });
  it('lets an ARG after an ENV win for RUN while the config keeps the ENV (SEMANTICS §3.3)', () => {
    const s = spy();
    const r = testBuild('FROM busybox\nENV X=env\nARG X=arg\nRUN true\n', {}, { runCommand: s.run });
    expect(s.seen[0]?.env.get('X')).toBe('arg');
    expect(r.build.stages[0]!.image!.config.Env).toContain('X=env');
  });
  it('keeps the value each variable had before the ENV instruction (SEMANTICS §3.1)', () => {
    const env = testBuild('FROM busybox\nENV abc=hi\nENV abc=bye def=$abc\n').build.stages[0]!.image!.config.Env;
    expect(env).toEqual(expect.arrayContaining(['abc=bye', 'def=hi']));
  });
});
