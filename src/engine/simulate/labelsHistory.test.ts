import { describe, expect, it } from 'vitest';
import { fileIn, labels, stageNamed, testBuild } from './testBuild';

describe('step labels (SCENARIOS 22, SEMANTICS §9)', () => {
  const out = testBuild('FROM busybox AS base\nWORKDIR /out\nRUN echo "base" > base\nFROM scratch\nCOPY --from=base --chmod=0644 /out /out\n');
  it('numbers steps per stage like testStepNames', () => {
    expect(labels(out)).toEqual([
      '[base 1/3] FROM docker.io/library/busybox:latest',
      '[base 2/3] WORKDIR /out',
      '[base 3/3] RUN echo "base" > base',
      '[stage-1 1/1] COPY --from=base --chmod=0644 /out /out',
    ]);
    expect(out.build.ok).toBe(true);
  });
  it('applies --chmod to the copied files', () => {
    expect(fileIn(stageNamed(out, 'stage-1'), '/out/base')?.mode).toBe(0o644);
  });
  it('leaves WORKDIR / without a vertex, so the last k stays below n (SCENARIOS 46)', () => {
    const r = testBuild('FROM scratch\nWORKDIR /foo\nWORKDIR /\n');
    expect(labels(r)).toEqual(['[1/2] WORKDIR /foo']);
    expect(fileIn(r.build.stages[0]!, '/foo')?.kind).toBe('dir');
  });
  it('shows variables substituted and the keyword uppercased', () => {
    const r = testBuild('FROM alpine:3.19\narg V=1.2\nrun echo $V ${UNSET}\n');
    expect(labels(r)[1]).toBe('[2/2] RUN echo 1.2 ${UNSET}');
  });
});

describe('image history (SCENARIOS 45, SEMANTICS §5)', () => {
  const df = [
    'FROM busybox AS base', 'ENV foo=bar', 'COPY foo /foo2', 'FROM busybox', 'LABEL lbl=val',
    'COPY --from=base foo2 foo3', 'WORKDIR /', 'RUN echo bar > foo4', 'RUN ["ls"]', 'EXPOSE 2375 5000 1234/udp', '',
  ].join('\n');
  const out = testBuild(df, { foo: 'foo-contents' });
  const image = out.build.stages[1]!.image!;
  const own = image.layers.filter((l) => l.stageIndex !== undefined);
  it('lists only the target chain, with the empty-layer flags of testExportedHistory', () => {
    expect(own.map((l) => [l.createdBy, !l.hasLayer])).toEqual([
      ['LABEL lbl=val', true],
      ['COPY foo2 foo3 # buildkit', false],
      ['WORKDIR /', true],
      ['RUN /bin/sh -c echo bar > foo4 # buildkit', false],
      ['RUN ls # buildkit', false],
      ['EXPOSE [1234/udp 2375/tcp 5000/tcp]', true],
    ]);
  });
  it('has busybox layers plus COPY, RUN, RUN as layers', () => {
    const base = image.layers.filter((l) => l.stageIndex === undefined);
    expect(image.layers.filter((l) => l.hasLayer)).toHaveLength(base.length + 3);
    expect(image.config.ExposedPorts).toEqual(['1234/udp', '2375/tcp', '5000/tcp']);
  });
  it('never carries config of the source stage (SCENARIOS 13)', () => {
    expect(image.config.Env.some((e) => e.startsWith('foo='))).toBe(false);
    expect(image.config.Labels).toEqual({ lbl: 'val' });
  });
});

describe('config instructions', () => {
  it('ENTRYPOINT clears an inherited CMD unless CMD was set in the same stage (SEMANTICS §2)', () => {
    const inherited = testBuild('FROM nginx:alpine\nENTRYPOINT ["/app"]\n').build.stages[0]!.image!.config;
    expect(inherited.Cmd).toBeNull();
    expect(inherited.Entrypoint).toEqual(['/app']);
    const own = testBuild('FROM alpine:3.19\nCMD ["a"]\nENTRYPOINT ["b"]\n').build.stages[0]!.image!.config;
    expect(own.Cmd).toEqual(['a']);
  });
  it('writes CMD/ENTRYPOINT history as Go %q slices and shell form with /bin/sh -c', () => {
    const img = testBuild('FROM alpine:3.19\nCMD echo "hi"\nENTRYPOINT []\n').build.stages[0]!.image!;
    const own = img.layers.filter((l) => l.stageIndex !== undefined).map((l) => l.createdBy);
    expect(own).toEqual(['CMD ["/bin/sh" "-c" "echo \\"hi\\""]', 'ENTRYPOINT []']);
    expect(img.config.Entrypoint).toBeNull();
  });
  it('uses SHELL for later shell-form commands', () => {
    const img = testBuild('FROM alpine:3.19\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD run\n').build.stages[0]!.image!;
    expect(img.config.Cmd).toEqual(['/bin/ash', '-eo', 'pipefail', '-c', 'run']);
    expect(img.layers.at(-2)?.createdBy).toBe('SHELL [/bin/ash -eo pipefail -c]');
  });
  it('records USER, VOLUME, STOPSIGNAL, HEALTHCHECK and ONBUILD', () => {
    const df = 'FROM alpine:3.19\nUSER 1000:1000\nVOLUME ["/data", "/logs"]\nSTOPSIGNAL SIGQUIT\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/\nONBUILD RUN echo hi\n';
    const img = testBuild(df).build.stages[0]!.image!;
    expect(img.config).toMatchObject({ User: '1000:1000', Volumes: ['/data', '/logs'], StopSignal: 'SIGQUIT', OnBuild: ['RUN echo hi'] });
    expect(img.layers.filter((l) => l.stageIndex !== undefined).map((l) => l.createdBy)).toEqual([
      'USER 1000:1000',
      'VOLUME [/data /logs]',
      'STOPSIGNAL SIGQUIT',
      'HEALTHCHECK {Test:[CMD-SHELL curl -f http://localhost/] Interval:30s Timeout:0s StartPeriod:0s StartInterval:0s Retries:3}',
    ]);
  });
  it('fails on an invalid STOPSIGNAL or EXPOSE at dispatch with BuildKit\'s words', () => {
    expect(testBuild('FROM alpine:3.19\nSTOPSIGNAL SIGFOO\n').build.error?.message).toBe('Invalid signal: SIGFOO');
    expect(testBuild('FROM alpine:3.19\nEXPOSE 80/xyz\n').build.error?.message).toBe('invalid proto: xyz');
  });
});

describe('WORKDIR and COPY destinations (SCENARIOS 47-48)', () => {
  it('creates WORKDIR owned by USER, keeps an existing directory\'s owner', () => {
    const df = 'FROM busybox\nCOPY passwd /etc/passwd\nUSER user\nWORKDIR /mydir\nWORKDIR /tmp\n';
    const stage = testBuild(df, { passwd: 'root:x:0:0::/root:/bin/sh\nuser:x:1234:1235::/home/user:/bin/sh\n' }).build.stages[0]!;
    expect(fileIn(stage, '/mydir')).toMatchObject({ uid: 1234, gid: 1235 });
    expect(fileIn(stage, '/tmp')).toMatchObject({ uid: 0, gid: 0 });
  });
  it('keeps the destination slash and treats an empty destination as the workdir', () => {
    const a = testBuild('FROM busybox\nCOPY testfile /sample/\n', { testfile: 'x' }).build.stages[0]!;
    expect(fileIn(a, '/sample/testfile')?.kind).toBe('file');
    const b = testBuild('FROM busybox\nWORKDIR /work\nENV empty=""\nCOPY testfile $empty\n', { testfile: 'x' }).build.stages[0]!;
    expect(fileIn(b, '/work/testfile')?.kind).toBe('file');
  });
});
