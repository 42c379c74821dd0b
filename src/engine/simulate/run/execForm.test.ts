import { describe, expect, it } from 'vitest';
import { allSteps, testBuild } from '../testBuild';
import { runCommand } from '.';

const build = (dockerfile: string, files = {}) => testBuild(dockerfile, files, { runCommand });

describe('exec-form RUN in an image without a shell', () => {
  it('fails as runc does when the program is not on PATH', () => {
    const out = build('FROM scratch\nRUN ["rm", "/x"]\n');
    expect(out.build.ok).toBe(false);
    const step = allSteps(out)[0];
    expect(step?.output.join('\n')).toContain('exec: "rm": executable file not found in $PATH');
    expect(out.build.error?.message).toBe('process "rm /x" did not complete successfully: exit code: 127');
  });

  it('fails with stat for a missing absolute path', () => {
    const out = build('FROM scratch\nRUN ["/app", "--version"]\n');
    expect(allSteps(out)[0]?.output.join('\n')).toContain('exec: "/app": stat /app: no such file or directory');
  });

  it('runs a program the image has', () => {
    const out = build('FROM scratch\nCOPY app /app\nRUN ["/app", "--version"]\n', { app: { size: 1000, mode: 0o755 } });
    expect(allSteps(out).map((s) => s.error)).toEqual([undefined, undefined]);
  });

  it('leaves images with a shell alone (their skeletons do not list every binary)', () => {
    const out = build('FROM alpine:3.19\nRUN ["rm", "-f", "/nothing"]\n');
    expect(out.build.ok).toBe(true);
  });
});

describe('exec-form RUN of a file without an execute bit', () => {
  it('fails with runc\'s permission denied, in any image', () => {
    const out = build('FROM alpine:3.19\nCOPY app /app\nRUN ["/app"]\n', { app: { size: 10 } });
    expect(allSteps(out).at(-1)?.output.join('\n')).toContain('exec: "/app": permission denied');
    expect(out.build.error?.message).toBe('process "/app" did not complete successfully: exit code: 126');
  });

  it('resolves a relative program against the WORKDIR', () => {
    const out = build('FROM scratch\nWORKDIR /srv\nCOPY tool ./tool\nRUN ["./tool"]\n', { tool: { size: 10, mode: 0o755 } });
    expect(out.build.ok).toBe(true);
  });
});
