/**
 * runCommand's contract with the build driver: shell and exec form, RUN heredocs as BuildKit
 * builds them, SHELL, mounts, the missing-shell failure, not-simulated warnings, durations,
 * and determinism.
 */
import { describe, expect, it } from 'vitest';
import { emptyTree, getEntry } from '../../fs';
import { runCommand } from './runCommand';
import { contextFor, runOn, sh, smallContext } from './testing/runHelpers';

describe('runCommand', () => {
  it('runs a RUN <<EOF body as the script (BuildKit: a lone heredoc is the command)', () => {
    const r = runCommand(smallContext('<<EOF', { heredocs: [{ name: 'EOF', content: 'set -e\nmkdir -p /opt/x\necho done\n' }] }));
    expect(r.exitCode).toBe(0);
    expect(r.output).toEqual(['done']);
    expect(getEntry(r.tree, '/opt/x')?.kind).toBe('dir');
  });

  it('feeds heredocs to a command line (`cat <<EOF > file`)', () => {
    const r = runCommand(smallContext('cat <<EOF > /tmp/conf', { heredocs: [{ name: 'EOF', content: 'key=value\n' }] }));
    const e = getEntry(r.tree, '/tmp/conf');
    expect(e?.kind === 'file' ? e.content : '').toBe('key=value\n');
  });

  it('a #! heredoc for another interpreter is not simulated (warning SC5201), and succeeds', () => {
    const r = runCommand(smallContext('<<EOF', { heredocs: [{ name: 'EOF', content: '#!/usr/bin/env python3\nprint(1)\n' }] }));
    expect(r.exitCode).toBe(0);
    expect(r.notSimulated).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['SC5201', 'warning']]);
  });

  it('exec form runs the program without a shell', () => {
    const r = runCommand(smallContext('', { command: { form: 'exec', argv: ['mkdir', '-p', '/srv/$HOME'] } }));
    expect(getEntry(r.tree, '/srv/$HOME')?.kind).toBe('dir');
  });

  it('SHELL ["/bin/bash", "-o", "pipefail", "-c"] applies its options', () => {
    const tree = contextFor('node:20', '').tree;
    const r = runCommand(smallContext('false | true', { tree, shell: ['/bin/bash', '-o', 'pipefail', '-c'] }));
    expect(r.exitCode).toBe(1);
  });

  it('fails to start without /bin/sh (FROM scratch)', () => {
    const r = runCommand(smallContext('echo hi', { tree: emptyTree() }));
    expect(r.exitCode).toBe(127);
    expect(r.output[0]).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
  });

  it('an unknown program is not simulated: a warning, no change, exit 0', () => {
    const r = sh('frobnicate --all && echo after');
    expect(r.exitCode).toBe(0);
    expect(r.output).toEqual(['after']);
    expect(r.notSimulated).toEqual([{ command: 'frobnicate --all', reason: '`frobnicate` is not modelled by the simulator' }]);
    expect(r.diagnostics[0]?.code).toBe('SC5201');
  });

  it('keeps cache-mount writes out of the layer and hands them back', () => {
    const r = runCommand(smallContext('mkdir -p /root/.cache/x && echo data > /root/.cache/x/f && echo kept > /tmp/k', {
      mounts: [{ type: 'cache', target: '/root/.cache', readOnly: false, cacheId: 'c1' }],
    }));
    expect(getEntry(r.tree, '/root/.cache')).toBeUndefined();
    expect(getEntry(r.tree, '/tmp/k')?.kind).toBe('file');
    expect(r.cacheMounts?.c1 !== undefined && getEntry(r.cacheMounts.c1, '/x/f')?.kind).toBe('file');
  });

  it('reports a duration with its model', () => {
    const r = runOn('alpine:latest', 'apk add --no-cache curl');
    expect(r.durationMs).toBeGreaterThan(250);
    expect(r.durationSource).toMatch(/container start 0\.25 s \+ .*apk/);
  });

  it('is deterministic', () => {
    const a = runOn('debian:bookworm-slim', 'apt-get update && apt-get install -y --no-install-recommends ca-certificates && mktemp -d');
    const b = runOn('debian:bookworm-slim', 'apt-get update && apt-get install -y --no-install-recommends ca-certificates && mktemp -d');
    expect(a.output).toEqual(b.output);
    expect(a.durationMs).toBe(b.durationMs);
    expect(getEntry(a.tree, '/')?.digest).toBe(getEntry(b.tree, '/')?.digest);
  });
});
