import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { estimateArtifact, lookupArtifact } from './artifacts';
import artifactsData from './data/artifacts.json';
import otherData from './data/other.json';
import { lookupImage } from './images';
import { apkClosure, lookupApkPackage, lookupMavenArtifact, lookupPipPackage, pipClosure } from './other';

const readSizes = (): { apk: Record<string, { kib: number; ver?: string }[] | Record<string, string>>; images: Record<string, { layers: { compressedBytes: number }[] }> } =>
  JSON.parse(readFileSync(sharedPath('data/sizes/sizes.json'), 'utf8'));

describe.skipIf(!hasShared)('apk and artifact figures against shared/data/sizes', () => {
  it('uses the first installed size SIZES.md lists for each sourced apk package', () => {
    const apk = readSizes().apk;
    for (const name of ['ca-certificates', 'curl', 'tar', 'git', 'bash', 'make', 'gcc', 'openssl', 'tzdata', 'python3']) {
      const list = apk[name] as { kib: number }[];
      expect(lookupApkPackage(name)?.installedBytes, name).toBe((list[0]?.kib ?? 0) * 1024);
      expect(lookupApkPackage(name)?.estimated, name).toBe(false);
    }
  });

  it('marks SIZES.md\'s unsourced apk packages as estimates', () => {
    const estimates = readSizes().apk['ESTIMATES (not found in sources)'] as Record<string, string>;
    for (const name of Object.keys(estimates)) {
      const p = lookupApkPackage(name);
      expect(p?.estimated, name).toBe(true);
      expect(p?.estimateBasis, name).toBeTruthy();
    }
  });

  it('sizes the ZooKeeper download like the zookeeper:3.6.1 layer that fetched it', () => {
    const layer = readSizes().images['zookeeper:3.6.1']?.layers[6]?.compressedBytes;
    const found = lookupArtifact('https://archive.apache.org/dist/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz');
    expect(found?.matchedBy).toBe('url');
    expect(found?.artifact.downloadBytes).toBe(layer);
    expect(found?.artifact.extract?.topDir).toBe('apache-zookeeper-3.6.1-bin');
    // The same tree inside the zookeeper image (COPY --from=zookeeper:3.6.1 in an example).
    const tree = lookupImage('zookeeper:3.6.1')?.image.skeleton.find((e) => e.path === '/apache-zookeeper-3.6.1-bin');
    expect(tree?.kind === 'bulk' ? tree.size : 0).toBe(found?.artifact.extract?.bytes);
  });
});

describe('other catalog data', () => {
  it('gives every apk, pip, maven and artifact entry a source', () => {
    const other = otherData as unknown as { apk: { packages: Record<string, { source: string }> }; pip: { packages: Record<string, { source: string }> }; maven: { artifacts: Record<string, { source: string }> } };
    const sources = [...Object.values(other.apk.packages), ...Object.values(other.pip.packages), ...Object.values(other.maven.artifacts)].map((e) => e.source);
    sources.push(...(artifactsData as unknown as { artifacts: { source: string }[] }).artifacts.map((a) => a.source));
    expect(sources.length).toBeGreaterThan(100);
    for (const s of sources) expect(s.length).toBeGreaterThan(5);
  });

  it('follows apk dependencies and skips what the image has', () => {
    const result = apkClosure(['curl', 'tar'], ['libunistring']);
    const names = result.install.map((p) => p.name);
    expect(names.slice(0, 2)).toEqual(['curl', 'tar']);
    expect(names).toContain('libcurl');
    expect(names).not.toContain('libunistring');
    expect(apkClosure(['no-such-apk'], []).unknown).toEqual(['no-such-apk']);
    expect(apkClosure(['ca-certificates'], ['ca-certificates']).alreadyInstalled).toEqual(['ca-certificates']);
  });

  it('follows pip requirements', () => {
    const flask = pipClosure(['Flask']);
    expect(flask.install.map((p) => p.name)).toEqual(expect.arrayContaining(['flask', 'werkzeug', 'jinja2', 'markupsafe', 'click']));
    expect(flask.installedBytes).toBe(flask.install.reduce((s, p) => s + p.unpackedBytes, 0));
    expect(lookupPipPackage('numpy')?.estimated).toBe(true);
    expect(lookupPipPackage('requests')?.estimated).toBe(false);
  });

  it('finds Maven jars by coordinate', () => {
    expect(lookupMavenArtifact('junit:junit:4.13.2')?.jarBytes).toBeGreaterThan(300_000);
    expect(lookupMavenArtifact('no:such:1')).toBeNull();
  });

  it('matches artifacts through mirrors and file names, and estimates unknown downloads', () => {
    expect(lookupArtifact('https://dlcdn.apache.org/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz')?.matchedBy).toBe('mirror');
    expect(lookupArtifact('https://example.org/mirror/apache-zookeeper-3.6.1-bin.tar.gz')?.matchedBy).toBe('filename');
    const unknown = estimateArtifact('https://example.com/releases/tool-2.0.tar.gz');
    expect(unknown.artifact.estimated).toBe(true);
    expect(unknown.artifact.extract?.topDir).toBe('tool-2.0');
    expect(unknown.warning).toMatch(/^Estimated: tool-2\.0\.tar\.gz is not in the catalog/);
  });
});
