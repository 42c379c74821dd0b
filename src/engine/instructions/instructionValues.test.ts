/**
 * The typed values of each instruction. Expected values come from BuildKit's
 * instructions/parse_test.go, parse_heredoc_test.go and the semantics in SEMANTICS.md §1.4-§2.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/index';
import { parseInstruction, parseInstructions, type Instruction } from './index';

/** The first instruction of `text`, typed (BuildKit's ParseInstruction on the first child). */
function first(text: string): Instruction {
  const node = parseDockerfile(text).instructions[0]!;
  const { result } = parseInstruction(node);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('COPY/ADD sources (parse_heredoc_test.go TestCopyHeredoc)', () => {
  it.each([
    ['COPY /foo /bar', { destPath: '/bar', sourcePaths: ['/foo'], sourceContents: [] }],
    ['COPY <<EOF /bar\nEOF', { destPath: '/bar', sourcePaths: [], sourceContents: [{ path: 'EOF', data: '', expand: true }] }],
    [
      'COPY <<EOF /bar\nTESTING\nEOF',
      { destPath: '/bar', sourcePaths: [], sourceContents: [{ path: 'EOF', data: 'TESTING\n', expand: true }] },
    ],
    [
      'COPY <<-EOF /bar\n\tTESTING\nEOF',
      { destPath: '/bar', sourcePaths: [], sourceContents: [{ path: 'EOF', data: 'TESTING\n', expand: true }] },
    ],
    [
      "COPY <<'EOF' /bar\nTESTING\nEOF",
      { destPath: '/bar', sourcePaths: [], sourceContents: [{ path: 'EOF', data: 'TESTING\n', expand: false }] },
    ],
    [
      'COPY <<EOF1 <<EOF2 /bar\nthis is the first file\nEOF1\nthis is the second file\nEOF2',
      {
        destPath: '/bar',
        sourcePaths: [],
        sourceContents: [
          { path: 'EOF1', data: 'this is the first file\n', expand: true },
          { path: 'EOF2', data: 'this is the second file\n', expand: true },
        ],
      },
    ],
    [
      'COPY <<EOF foo.txt /bar\nthis is inline\nEOF',
      { destPath: '/bar', sourcePaths: ['foo.txt'], sourceContents: [{ path: 'EOF', data: 'this is inline\n', expand: true }] },
    ],
    [
      'COPY <<EOF /quotes\n"quotes"\nEOF',
      { destPath: '/quotes', sourcePaths: [], sourceContents: [{ path: 'EOF', data: '"quotes"\n', expand: true }] },
    ],
  ])('%j', (text, want) => {
    expect(first(text)).toMatchObject({ kind: 'copy', ...want });
  });

  it('types every COPY and ADD flag', () => {
    expect(first('COPY --from=build --chown=1:2 --chmod=755 --link --parents --exclude=*.md --exclude=.git a b /d/')).toMatchObject({
      from: 'build', chown: '1:2', chmod: '755', link: true, parents: true, exclude: ['*.md', '.git'],
      sourcePaths: ['a', 'b'], destPath: '/d/',
    });
    expect(first('ADD --checksum=sha256:abc --keep-git-dir=false --unpack --link=FALSE https://x/y.tgz /d')).toMatchObject({
      kind: 'add', checksum: 'sha256:abc', keepGitDir: false, unpack: true, link: false, sourcePaths: ['https://x/y.tgz'],
    });
    expect(first('ADD a /d')).toMatchObject({ keepGitDir: null, unpack: null, checksum: '', exclude: [] });
  });
});

describe('RUN/CMD/ENTRYPOINT command lines (parse_heredoc_test.go TestRunHeredoc)', () => {
  it.each([
    ['RUN ["ls", "/"]', ['ls', '/'], false, []],
    ['RUN ["<<EOF"]', ['<<EOF'], false, []],
    ['RUN ls /', ['ls /'], true, []],
    ['RUN <<EOF\nls /\nwhoami\nEOF', ['<<EOF'], true, [{ name: 'EOF', data: 'ls /\nwhoami\n', chomp: false }]],
    [
      "RUN <<'EOF' | python\nprint(\"hello\")\nprint(\"world\")\nEOF",
      ["<<'EOF' | python"],
      true,
      [{ name: 'EOF', data: 'print("hello")\nprint("world")\n', chomp: false }],
    ],
    ['RUN <<-EOF\n\techo test\nEOF', ['<<-EOF'], true, [{ name: 'EOF', data: '\techo test\n', chomp: true }]],
  ])('%j', (text, cmdLine, prependShell, files) => {
    expect(first(text)).toMatchObject({ kind: 'run', cmdLine, prependShell, files });
  });

  // SCENARIOS 60: invalid JSON falls back to the shell form.
  it('treats invalid JSON as shell form', () => {
    expect(first('ENTRYPOINT []random string')).toMatchObject({ cmdLine: ['[]random string'], prependShell: true });
    expect(first('RUN ["echo", "hello"]this is invalid')).toMatchObject({
      cmdLine: ['["echo", "hello"]this is invalid'],
      prependShell: true,
    });
  });

  it('marks an empty exec ENTRYPOINT', () => {
    expect(first('ENTRYPOINT []')).toMatchObject({ kind: 'entrypoint', cmdLine: [], isEmpty: true, prependShell: false });
    expect(first('CMD ["a", "b"]')).toMatchObject({ kind: 'cmd', cmdLine: ['a', 'b'], prependShell: false });
  });

  // parse_test.go TestRunCmdFlagsUsed, and the RUN flag defaults.
  it('records RUN flags and defaults', () => {
    expect(first('RUN --mount=type=tmpfs,target=/foo/ echo hello')).toMatchObject({
      flagsUsed: ['mount'], network: 'default', security: 'sandbox', devices: [],
    });
    const run = first('RUN --network=none --security=insecure --mount=type=cache,target=/c,id=x --mount=type=secret,id=s true');
    expect(run).toMatchObject({ network: 'none', security: 'insecure', flagsUsed: ['network', 'security', 'mount'] });
    expect(run.kind === 'run' && run.mounts.map((m) => [m.spec, m.mount?.type, m.mount?.cacheId, m.error])).toEqual([
      ['type=cache,target=/c,id=x', 'cache', 'x', null],
      ['type=secret,id=s', 'secret', 's', null],
    ]);
  });
});

describe('HEALTHCHECK (parse_test.go TestHealthCheckCmd)', () => {
  it('stores the shell form as CMD-SHELL', () => {
    expect(first('HEALTHCHECK CMD hello world')).toMatchObject({ health: { test: ['CMD-SHELL', 'hello world'] } });
  });

  it('reads the flags as Go durations', () => {
    expect(first('HEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=250ms --retries=5 CMD ["x", "y"]')).toMatchObject({
      health: {
        test: ['CMD', 'x', 'y'], intervalNs: 90e9, timeoutNs: 3e9, startPeriodNs: 0, startIntervalNs: 250e6, retries: 5,
      },
    });
    expect(first('HEALTHCHECK none')).toMatchObject({ health: { test: ['NONE'] } });
  });
});

describe('other instructions', () => {
  it('splits ENV/LABEL pairs and keeps the legacy form apart', () => {
    expect(first('ENV a=1 b="2 3"')).toMatchObject({
      pairs: [{ key: 'a', value: '1', noDelim: false }, { key: 'b', value: '"2 3"', noDelim: false }],
    });
    expect(first('LABEL maintainer "Jo Doe"')).toMatchObject({ pairs: [{ key: 'maintainer', value: '"Jo Doe"', noDelim: true }] });
  });

  it('keeps ARG without a value apart from an empty value', () => {
    expect(first('ARG A B= C=x=y')).toMatchObject({
      args: [{ key: 'A', value: null }, { key: 'B', value: '' }, { key: 'C', value: 'x=y' }],
    });
  });

  it('sorts EXPOSE words byte-wise without reading them', () => {
    expect(first('EXPOSE 9080 $PORT 80/udp 2379')).toMatchObject({ ports: ['$PORT', '2379', '80/udp', '9080'] });
  });

  it('trims VOLUME entries and keeps plain values as written', () => {
    expect(first('VOLUME [" /a ", "/b"]')).toMatchObject({ volumes: ['/a', '/b'] });
    expect(first('WORKDIR $HOME/app')).toMatchObject({ path: '$HOME/app' });
    expect(first('USER ${U}:g')).toMatchObject({ user: '${U}:g' });
    expect(first('STOPSIGNAL SIGKILL')).toMatchObject({ signal: 'SIGKILL' });
    expect(first('SHELL ["/bin/bash", "-c"]')).toMatchObject({ shell: ['/bin/bash', '-c'] });
    expect(first('MAINTAINER Jo <jo@x>')).toMatchObject({ maintainer: 'Jo <jo@x>' });
  });

  it('reads FROM names, platform and the trimmed source', () => {
    expect(first('FROM --platform=$BUILDPLATFORM golang:1.22 aS Build  ')).toMatchObject({
      kind: 'from', image: 'golang:1.22', stageName: 'build', stageNameAsWritten: 'Build', asKeyword: 'aS',
      platform: '$BUILDPLATFORM', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 aS Build',
    });
  });

  it('keeps the ONBUILD trigger text and reads the trigger', () => {
    const onbuild = first('ONBUILD  RUN --mount=from=base,target=/b <<EOF\necho hi\nEOF');
    expect(onbuild).toMatchObject({
      kind: 'onbuild',
      expression: 'RUN --mount=from=base,target=/b <<EOF\necho hi\nEOF',
      triggerError: null,
    });
    expect(onbuild.kind === 'onbuild' && onbuild.trigger).toMatchObject({
      kind: 'run', files: [{ name: 'EOF', data: 'echo hi\n' }], mounts: [{ mount: { from: 'base', target: '/b' } }],
    });
    const broken = first('ONBUILD COPY --bogus a b');
    expect(broken).toMatchObject({ trigger: null, triggerError: 'unknown flag: --bogus' });
  });
});

// parse_test.go TestCommentsDetection.
describe('stages, meta args and doc comments', () => {
  it('groups instructions and reads doc comments', () => {
    const text = [
      '# foo sets foo',
      'ARG foo=bar',
      '',
      '# base defines first stage',
      'FROM busybox AS base',
      '# this is irrelevant',
      'ARG foo',
      '# bar defines bar',
      '# baz is something else',
      'ARG bar baz=123',
      '',
    ].join('\n');
    const r = parseInstructions(parseDockerfile(text));
    expect(r.ok).toBe(true);
    expect(r.metaArgs[0]?.args[0]).toEqual({ key: 'foo', value: 'bar', docComment: 'sets foo' });
    const stage = r.stages[0]!;
    expect([stage.index, stage.name, stage.from.docComment, stage.startLine, stage.endLine]).toEqual([
      0, 'base', 'defines first stage', 5, 10,
    ]);
    const [a, b] = stage.commands;
    expect(a?.kind === 'arg' && a.args[0]).toEqual({ key: 'foo', value: null, docComment: '' });
    expect(b?.kind === 'arg' && b.args).toEqual([
      { key: 'bar', value: null, docComment: 'defines bar' },
      { key: 'baz', value: '123', docComment: 'is something else' },
    ]);
  });
});
