import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import npmData from './data/npm.json';
import { estimateNpmPackage, lookupNpmPackage, npmClosure, npmProjectInstall, npmProjectNames } from './npm';
import { maxSatisfying, satisfies } from './semver';

interface NpmFigures {
  packages: Record<string, { unpackedBytes: number; files: number }>;
  projects: Record<string, { packages?: number; nodeModulesBytes?: number }>;
}

const readNpm = (): NpmFigures => JSON.parse(readFileSync(sharedPath('data/sizes/sizes.json'), 'utf8')).npm;

describe.skipIf(!hasShared)('npm figures against SIZES.md §6', () => {
  it('matches the unpacked sizes SIZES.md measured with npm pack', () => {
    let compared = 0;
    for (const [spec, f] of Object.entries(readNpm().packages)) {
      const at = spec.lastIndexOf('@');
      const found = lookupNpmPackage(spec.slice(0, at), spec.slice(at + 1));
      if (found === null || found.version !== spec.slice(at + 1)) continue;
      compared += 1;
      expect(found.unpackedBytes, spec).toBe(f.unpackedBytes);
      expect(found.fileCount, spec).toBe(f.files);
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });

  it('installs the vite 5 react template like the measured create-vite 5.5.5 project', () => {
    const measured = Object.entries(readNpm().projects).find(([name]) => name.includes('create-vite 5.5.5'))?.[1];
    const ours = npmProjectInstall('vite-react');
    expect(ours?.packages.length).toBe(measured?.packages);
    // Same template generation, resolved later: within 10% of the measured node_modules bytes.
    expect(Math.abs((ours?.unpackedBytes ?? 0) - (measured?.nodeModulesBytes ?? 0)) / (measured?.nodeModulesBytes ?? 1)).toBeLessThan(0.1);
  });
});

describe('npm catalog', () => {
  it('gives every package a source and a size (estimates say why)', () => {
    const data = npmData as unknown as { _meta: { sources: Record<string, string> }; packages: Record<string, { u: number; source: string; estimated?: boolean; estimateBasis?: string }> };
    for (const [key, p] of Object.entries(data.packages)) {
      expect(data._meta.sources[p.source], key).toBeDefined();
      if (p.estimated === true) expect(p.estimateBasis, key).toBeTruthy();
      else expect(p.u, key).toBeGreaterThan(0);
    }
  });

  it('picks the highest catalogued version satisfying a range, and says when none does', () => {
    expect(lookupNpmPackage('react', '^18.0.0')?.version).toMatch(/^18\./);
    expect(lookupNpmPackage('react', '^19.1.0')?.version).toMatch(/^19\./);
    const fallback = lookupNpmPackage('react', '^99.0.0');
    expect(fallback?.estimated).toBe(true);
    expect(fallback?.estimateBasis).toMatch(/no catalogued react version satisfies/);
    expect(lookupNpmPackage('no-such-package-xyz')).toBeNull();
    expect(estimateNpmPackage('no-such-package-xyz').estimated).toBe(true);
  });

  it('walks resolved dependencies: express pulls body-parser, and a missing name is flagged', () => {
    const result = npmClosure({ express: '^4.21.2', 'no-such-package-xyz': '^1.0.0' });
    const names = result.packages.map((p) => p.name);
    expect(names).toContain('express');
    expect(names).toContain('body-parser');
    expect(result.unknown).toEqual(['no-such-package-xyz']);
    expect(result.unpackedBytes).toBe(result.packages.reduce((s, p) => s + p.unpackedBytes, 0));
  });

  it('installs fewer packages with --omit=dev and platform builds only for the image libc', () => {
    for (const name of npmProjectNames()) {
      const all = npmProjectInstall(name);
      const prod = npmProjectInstall(name, { production: true });
      expect(prod?.packages.length ?? 0, name).toBeLessThanOrEqual(all?.packages.length ?? 0);
    }
    const glibc = npmProjectInstall('next-app', { production: true })?.packages.map((p) => p.name) ?? [];
    const musl = npmProjectInstall('next-app', { production: true, platform: { libc: 'musl' } })?.packages.map((p) => p.name) ?? [];
    expect(glibc).toContain('@next/swc-linux-x64-gnu');
    expect(glibc).not.toContain('@next/swc-linux-x64-musl');
    expect(musl).toContain('@next/swc-linux-x64-musl');
    expect(glibc).not.toContain('@next/swc-darwin-arm64');
  });
});

describe('semver ranges (node-semver semantics)', () => {
  const table: [string, string, boolean][] = [
    ['1.2.3', '^1.2.3', true], ['1.9.0', '^1.2.3', true], ['2.0.0', '^1.2.3', false], ['1.2.2', '^1.2.3', false],
    ['0.2.5', '^0.2.3', true], ['0.3.0', '^0.2.3', false], ['0.0.3', '^0.0.3', true], ['0.0.4', '^0.0.3', false],
    ['1.2.9', '~1.2.3', true], ['1.3.0', '~1.2.3', false], ['1.4.0', '1.x', true], ['2.0.0', '1.x', false],
    ['1.2.3', '1.2.3', true], ['1.2.4', '1.2.3', false], ['3.0.0', '>=2.0.0 <4.0.0', true], ['4.0.0', '>=2.0.0 <4.0.0', false],
    ['5.0.0', '^4.0.0 || ^5.0.0', true], ['1.5.0', '1.2.3 - 1.6.0', true], ['2.0.0', '*', true], ['7.1.0', 'latest', true],
  ];
  it.each(table)('%s satisfies %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('maxSatisfying picks the highest match', () => {
    expect(maxSatisfying(['4.17.1', '4.21.2', '5.0.0'], '^4.17.0')).toBe('4.21.2');
    expect(maxSatisfying(['1.0.0'], '^2')).toBeUndefined();
  });
});
