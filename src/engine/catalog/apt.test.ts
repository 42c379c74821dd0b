import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { aptBaseSet, aptClosure, aptReferenceChecks, lookupAptPackage } from './apt';
import aptData from './data/apt.json';

interface DebFigures {
  packages: Record<string, { version: string; installedSizeKiB: number; debSizeBytes: number; withDeps_noRecommends: { pkgs: number; installedSizeKiB: number; downloadBytes: number }; withDeps_withRecommends: { pkgs: number; installedSizeKiB: number } }>;
  baseSimulation: { pkgs: number; installedSizeSumKiB: number };
}

const readDeb = (): DebFigures => JSON.parse(readFileSync(sharedPath('data/sizes/sizes.json'), 'utf8')).deb;

describe('apt closure', () => {
  const checks = Object.entries(aptReferenceChecks()).flatMap(([name, list]) => list.map((c) => [name, c.recommends, c.install] as const));

  it.each(checks)('%s (recommends: %s) matches apt-get -s install on an empty system', (name, recommends, expected) => {
    const ours = aptClosure([name], [], { recommends }).install.map((p) => p.name).sort();
    expect(ours).toEqual([...expected].sort());
  });

  it('skips what the image already has and reports unknown names like apt', () => {
    const result = aptClosure(['curl', 'git', 'no-such-package'], 'bookworm-buildpack');
    expect(result.alreadyInstalled).toEqual(['curl', 'git']);
    expect(result.unknown).toEqual(['no-such-package']);
    expect(result.install).toEqual([]);
  });

  it('resolves a virtual package to its provider', () => {
    expect(lookupAptPackage('awk')?.name).toBe('mawk');
    expect(lookupAptPackage('no-such-package')).toBeNull();
  });

  it('gives every package a resolvable source', () => {
    const sources = (aptData as unknown as { _meta: { sources: Record<string, string> } })._meta.sources;
    for (const [name, record] of Object.entries((aptData as unknown as { packages: Record<string, { source: string }> }).packages)) {
      expect(sources[record.source], name).toMatch(/Debian 12 bookworm/);
    }
  });

  it('drops docs on slim images: slim bytes are below the full Installed-Size', () => {
    const full = lookupAptPackage('git');
    const slim = lookupAptPackage('git', { slim: true });
    expect(full?.installedBytes).toBe((full?.installedKiB ?? 0) * 1024);
    expect(slim?.installedBytes).toBeLessThan(full?.installedBytes ?? 0);
  });
});

describe.skipIf(!hasShared)('apt figures against SIZES.md §5', () => {
  it('has the same Installed-Size and .deb size as SIZES.md for its packages', () => {
    for (const [name, f] of Object.entries(readDeb().packages)) {
      const p = lookupAptPackage(name);
      expect(p?.version, name).toBe(f.version);
      expect(p?.installedKiB, name).toBe(f.installedSizeKiB);
      expect(p?.downloadBytes, name).toBe(f.debSizeBytes);
    }
  });

  it('adds what SIZES.md measured on a simulated bookworm-slim (no recommends)', () => {
    for (const [name, f] of Object.entries(readDeb().packages)) {
      const r = aptClosure([name], 'bookworm-slim', { recommends: false });
      expect(r.install.length, name).toBe(f.withDeps_noRecommends.pkgs);
      expect(r.install.reduce((s, p) => s + p.installedKiB, 0), name).toBe(f.withDeps_noRecommends.installedSizeKiB);
      expect(r.downloadBytes, name).toBe(f.withDeps_noRecommends.downloadBytes);
    }
  });

  it('agrees with SIZES.md with recommends for curl, git and build-essential', () => {
    const deb = readDeb();
    for (const name of ['curl', 'git', 'build-essential', 'gcc', 'wget']) {
      const r = aptClosure([name], 'bookworm-slim', { recommends: true });
      expect(r.install.reduce((s, p) => s + p.installedKiB, 0), name).toBe(deb.packages[name]?.withDeps_withRecommends.installedSizeKiB);
    }
  });

  it('has the 88-package bookworm-slim set of SIZES.md, and the slim model lands near the real image', () => {
    const deb = readDeb();
    const slimSet = aptBaseSet('bookworm-slim') ?? [];
    expect(slimSet.length).toBe(deb.baseSimulation.pkgs);
    const infos = slimSet.map((n) => lookupAptPackage(n, { slim: true }));
    expect(infos.reduce((s, p) => s + (p?.installedKiB ?? 0), 0)).toBe(deb.baseSimulation.installedSizeSumKiB);
    const slimBytes = infos.reduce((s, p) => s + (p?.installedBytes ?? 0), 0);
    const realSlim = JSON.parse(readFileSync(sharedPath('data/sizes/sizes.json'), 'utf8')).images['debian:bookworm-slim'].sizeBytes as number;
    expect(Math.abs(slimBytes - realSlim) / realSlim).toBeLessThan(0.03);
  });
});
