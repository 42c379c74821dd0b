/**
 * curl/wget, tar/unzip and git clone. The ZooKeeper 3.6.1 release is the catalog's sourced
 * artifact: a 12,350,658-byte tarball that unpacks to 35.3 MB (SIZES.md §1 and §8).
 */
import { describe, expect, it } from 'vitest';
import { diffTrees, getEntry } from '../../../fs';
import { runCommand } from '../runCommand';
import { contextFor, runAfter, runOn } from '../testing/runHelpers';

const ZK_URL = 'https://archive.apache.org/dist/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz';

describe('curl and tar: the zookeeper example', () => {
  it('downloads the tarball at its real size and unpacks it to 35.3 MB', () => {
    const ctx = contextFor('alpine:latest', 'apk add --no-cache curl tar');
    const tools = runCommand(ctx);
    const fetched = runAfter(tools, ctx, `curl -fSL -o /tmp/apache-zookeeper-3.6.1-bin.tar.gz ${ZK_URL}`);
    expect(fetched.exitCode).toBe(0);
    expect(getEntry(fetched.tree, '/tmp/apache-zookeeper-3.6.1-bin.tar.gz')?.size).toBe(12_350_658);
    expect(diffTrees(tools.tree, fetched.tree).size).toBe(12_350_658);
    const unpacked = runAfter(fetched, ctx, 'tar -xzf /tmp/apache-zookeeper-3.6.1-bin.tar.gz -C /tmp/');
    expect(unpacked.exitCode).toBe(0);
    expect(getEntry(unpacked.tree, '/tmp/apache-zookeeper-3.6.1-bin')?.size).toBe(35_300_000);
    expect(diffTrees(fetched.tree, unpacked.tree).size).toBe(35_300_000);
  });

  it('unpacks from a pipe too (curl | tar -xz), and old-style `tar xzf`', () => {
    const piped = runOn('python:3.12', `curl -fsSL ${ZK_URL} | tar -xz -C /opt`);
    expect(getEntry(piped.tree, '/opt/apache-zookeeper-3.6.1-bin')?.size).toBe(35_300_000);
    const old = runOn('python:3.12', `curl -fsSLO ${ZK_URL} && tar xzf apache-zookeeper-3.6.1-bin.tar.gz -C /srv --strip-components=1`);
    expect(getEntry(old.tree, '/srv')?.size).toBe(35_300_000);
  });

  it('an unknown URL gets the catalog\'s estimate and an info note (SC5202)', () => {
    const r = runOn('python:3.12', 'curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool.tar.gz && tar -xzf /tmp/tool.tar.gz -C /opt');
    expect(r.exitCode).toBe(0);
    expect(getEntry(r.tree, '/tmp/tool.tar.gz')?.size).toBe(10_000_000);
    expect(getEntry(r.tree, '/opt/tool')?.kind).toBe('bulk');
    expect(r.diagnostics.some((d) => d.code === 'SC5202' && d.severity === 'info')).toBe(true);
  });

  it('fails like curl and wget without network (exit 6 / 4)', () => {
    const c = runOn('python:3.12', `curl -fsS -o /tmp/z.tgz ${ZK_URL}`, { network: 'none' });
    expect(c.exitCode).toBe(6);
    expect(c.output).toEqual(['curl: (6) Could not resolve host: archive.apache.org']);
    const w = runOn('python:3.12', `wget -q ${ZK_URL}`, { network: 'none' });
    expect(w.exitCode).toBe(4);
    expect(w.output).toEqual(["wget: unable to resolve host address 'archive.apache.org'"]);
  });

  it('curl is not in debian:bookworm-slim: not found (127) until apt installs it', () => {
    expect(runOn('debian:bookworm-slim', `curl -fsSLO ${ZK_URL}`).output).toEqual(['/bin/sh: 1: curl: not found']);
    expect(runOn('debian:bookworm-slim', `apt-get update -qq && apt-get install -qq -y curl && curl -fsSLO ${ZK_URL}`).exitCode).toBe(0);
  });

  it('tar reports a missing archive like GNU tar (exit 2)', () => {
    const r = runOn('debian:bookworm-slim', 'tar -xzf /tmp/none.tar.gz');
    expect(r.exitCode).toBe(2);
    expect(r.output).toEqual(['tar: /tmp/none.tar.gz: Cannot open: No such file or directory', 'tar: Error is not recoverable: exiting now']);
  });

  it('runs a known installer piped to bash: NodeSource adds its apt source, then apt installs its nodejs', () => {
    const r = runOn('python:3.12', 'curl -sL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs');
    expect(r.exitCode).toBe(0);
    expect(getEntry(r.tree, '/etc/apt/sources.list.d/nodesource.list')?.kind).toBe('file');
    const status = getEntry(r.tree, '/var/lib/dpkg/status');
    // NodeSource's nodejs 20 .deb: Installed-Size 191,771 KiB (SIZES.md §5).
    expect(status?.kind === 'file' ? status.content : '').toContain('Package: nodejs\nStatus: install ok installed\nVersion: 20.20.2-1nodesource1\nInstalled-Size: 191771');
  });
});

describe('unzip and git', () => {
  it('unzips into -d', () => {
    const r = runOn('python:3.12', 'curl -fsSLo /tmp/t.zip https://example.com/t.zip && unzip -q /tmp/t.zip -d /opt/t');
    expect(r.exitCode).toBe(0);
    expect(getEntry(r.tree, '/opt/t')?.kind).toBe('bulk');
  });

  it('git clone writes the repository and fails without network (exit 128)', () => {
    const r = runOn('python:3.12', 'git clone --depth 1 https://github.com/acme/tool.git /src/tool');
    expect(getEntry(r.tree, '/src/tool')?.size).toBe(5_000_000);
    const offline = runOn('python:3.12', 'git clone https://github.com/acme/tool.git', { network: 'none' });
    expect(offline.exitCode).toBe(128);
  });
});
