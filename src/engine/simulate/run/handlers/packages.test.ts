/**
 * apk and apt-get against the catalog's data: the apt closure of `curl` on bookworm-slim is the
 * 16 packages / 11,703 KiB of Installed-Size that `apt-get -s install` reports (SIZES.md §5);
 * apk sizes are the catalog's APKINDEX figures; failures read like the real tools'.
 */
import { describe, expect, it } from 'vitest';
import { aptClosure, apkClosure } from '../../../catalog';
import { diffTrees, getEntry, imageSize, walk } from '../../../fs';
import { contextFor, runAfter, runOn } from '../testing/runHelpers';
import { runCommand } from '../runCommand';

function statusPackages(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const block of (text ?? '').split('\n\n')) {
    const name = /^Package: (.+)$/m.exec(block)?.[1];
    const kib = /^Installed-Size: (\d+)$/m.exec(block)?.[1];
    if (name !== undefined) out.set(name, Number(kib ?? 0));
  }
  return out;
}

/** Bytes of the files and bulk entries a RUN wrote for these packages (origin.packageName). */
function packageBytes(tree: Parameters<typeof getEntry>[0], names: readonly string[]): number {
  let sum = 0;
  for (const e of walk(tree)) {
    if (e.origin?.category === 'packages' && names.includes(String(e.origin.packageName))) sum += e.size;
  }
  return sum;
}

function fileText(tree: Parameters<typeof getEntry>[0], path: string): string | undefined {
  const e = getEntry(tree, path);
  return e?.kind === 'file' ? e.content : undefined;
}

describe('apt-get', () => {
  const slim = 'debian:bookworm-slim';

  it('installs the dependency closure minus the image\'s packages (curl: 16 packages, 11,703 KiB; SIZES.md §5)', () => {
    const r = runOn(slim, 'apt-get update && apt-get install -y --no-install-recommends curl');
    expect(r.exitCode).toBe(0);
    const status = statusPackages(fileText(r.tree, '/var/lib/dpkg/status'));
    const added = [...status].filter(([, kib]) => kib > 0);
    expect(added.length).toBe(16);
    expect(added.reduce((s, [, kib]) => s + kib, 0)).toBe(11_703);
  });

  it('follows Recommends by default (curl: 22 packages, 15,394 KiB; SIZES.md §5)', () => {
    const r = runOn(slim, 'apt-get update && apt-get install -y curl');
    const added = [...statusPackages(fileText(r.tree, '/var/lib/dpkg/status'))].filter(([, kib]) => kib > 0);
    expect(added.length).toBe(22);
    expect(added.reduce((s, [, kib]) => s + kib, 0)).toBe(15_394);
  });

  it('adds the catalog\'s installed bytes (slim model) as package files', () => {
    const ctx = contextFor(slim, 'apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*');
    const r = runCommand(ctx);
    const closure = aptClosure(['ca-certificates'], 'bookworm-slim', { recommends: false, slim: true });
    expect(closure.install.map((p) => p.name).sort()).toEqual(['ca-certificates', 'libssl3', 'openssl']);
    expect(packageBytes(r.tree, closure.install.map((p) => p.name))).toBe(closure.installedBytes);
  });

  it('apt lists: 19,868,756 B after update (measured, SIZES.md §3); removed in the same RUN they never reach a layer', () => {
    const ctx = contextFor(slim, 'apt-get update');
    const updated = runCommand(ctx);
    expect(getEntry(updated.tree, '/var/lib/apt/lists')?.size).toBe(19_868_756);
    const same = runCommand({ ...ctx, command: { form: 'shell', script: 'apt-get update && rm -rf /var/lib/apt/lists/*' } });
    expect(diffTrees(ctx.tree, same.tree).size).toBe(0);
    const later = runAfter(updated, ctx, 'rm -rf /var/lib/apt/lists/*');
    const first = diffTrees(ctx.tree, updated.tree);
    const second = diffTrees(updated.tree, later.tree);
    expect(first.size).toBe(19_868_756);
    expect(second.size).toBe(0);
    expect(second.changes.some((c) => c.op === 'opaque' && c.path === '/var/lib/apt/lists')).toBe(true);
    // Deleting in a later layer does not shrink the image: the lists still weigh in the first layer.
    expect(imageSize({ layers: [first, second] })).toBe(19_868_756);
    expect(getEntry(later.tree, '/var/lib/apt/lists')?.kind).toBe('dir');
  });

  it('fails without apt-get update like apt (E: Unable to locate package, exit 100)', () => {
    const r = runOn(slim, 'apt-get install -y curl');
    expect(r.exitCode).toBe(100);
    expect(r.output).toContain('E: Unable to locate package curl');
  });

  it('aborts without -y when more packages are needed', () => {
    const r = runOn(slim, 'apt-get update && apt-get install curl');
    expect(r.exitCode).toBe(1);
    expect(r.output.join('\n')).toContain('Do you want to continue? [Y/n] Abort.');
  });

  it('is not found on Alpine (/bin/sh: apt-get: not found, exit 127)', () => {
    const r = runOn('alpine:3.19', 'apt-get update');
    expect(r.exitCode).toBe(127);
    expect(r.output).toEqual(['/bin/sh: apt-get: not found']);
  });
});

describe('apk', () => {
  it('adds the closure from the catalog, and --no-cache leaves /var/cache/apk empty', () => {
    const ctx = contextFor('alpine:latest', 'apk add --no-cache curl');
    const r = runCommand(ctx);
    expect(r.exitCode).toBe(0);
    const installed = new Set(['alpine-baselayout', 'alpine-baselayout-data', 'alpine-keys', 'apk-tools', 'busybox', 'busybox-binsh', 'ca-certificates-bundle', 'libcrypto3', 'libssl3', 'musl', 'musl-utils', 'scanelf', 'ssl_client', 'zlib']);
    const closure = apkClosure(['curl'], installed);
    expect(packageBytes(r.tree, closure.install.map((p) => p.name))).toBe(closure.installedBytes);
    expect(diffTrees(ctx.tree, r.tree).changes.some((c) => c.path.startsWith('/var/cache/apk/'))).toBe(false);
  });

  it('without --no-cache keeps the APKINDEX files (0.46 MiB + 1.90 MiB, SIZES.md §3)', () => {
    const r = runOn('alpine:latest', 'apk add curl');
    const idx = ['/var/cache/apk/APKINDEX.3b1b4b8d.tar.gz', '/var/cache/apk/APKINDEX.5e7d3ad5.tar.gz'].map((p) => getEntry(r.tree, p)?.size ?? 0);
    expect(idx[0]! + idx[1]!).toBe(482_345 + 1_992_294);
  });

  it('makes the installed programs available to later commands', () => {
    expect(runOn('alpine:latest', 'curl --version').exitCode).toBe(127);
    expect(runOn('alpine:latest', 'apk add --no-cache curl && command -v curl').output.pop()).toBe('/usr/bin/curl');
  });

  it('--virtual groups packages that apk del removes again', () => {
    const r = runOn('alpine:latest', 'apk add --no-cache --virtual .build-deps make && apk del .build-deps && command -v make; echo $?');
    expect(r.output.pop()).toBe('1');
  });

  it('is not found on Debian, with dash\'s message (exit 127)', () => {
    const r = runOn('debian:bookworm-slim', 'apk add curl');
    expect(r.exitCode).toBe(127);
    expect(r.output).toEqual(['/bin/sh: 1: apk: not found']);
  });

  it('fails with --network=none: the indexes cannot be fetched', () => {
    const r = runOn('alpine:latest', 'apk add --no-cache curl', { network: 'none' });
    expect(r.exitCode).toBe(1);
    expect(r.output.join('\n')).toContain('curl (no such package)');
  });
});
