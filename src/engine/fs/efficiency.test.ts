import { describe, expect, it } from 'vitest';
import { chown } from './chmod';
import { diffTrees } from './diffTrees';
import { efficiency } from './efficiency';
import { emptyTree } from './fileTree';
import type { Image } from './layer';
import { clearDir, remove } from './remove';
import { writeFile } from './writeFile';
import { build, unwrap } from './testTrees';
import type { FileTree } from './types';

/** An image whose layers are the diffs between consecutive snapshots (the first from empty). */
function imageOf(...snapshots: FileTree[]): Image {
  let prev = emptyTree();
  return {
    layers: snapshots.map((t) => {
      const layer = diffTrees(prev, t);
      prev = t;
      return layer;
    }),
  };
}

// Expected figures are worked out by hand from dive's definitions (see efficiency.ts):
// leaves only; whiteout of a directory weighs its lower subtree, of a file 0; per path
// cumulative = Σ sizes, min = smallest; efficiency = Σ min / Σ cumulative; wasted = Σ cumulative
// of paths seen in 2+ layers; user size = all layers but the first.
describe('efficiency (dive)', () => {
  it('dive TestEfficency scenario, with real directories', () => {
    const t0 = build([
      { dir: '/etc/nginx' },
      { file: '/etc/nginx/nginx.conf', spec: { size: 2000, seed: 'conf v1' } },
      { file: '/etc/nginx/public', spec: { size: 3000, seed: 'public' } },
    ]);
    const t1 = build([{ file: '/etc/nginx/nginx.conf', spec: { size: 5000, seed: 'conf v2' } }, { file: '/etc/athing', spec: { size: 10000, seed: 'thing' } }], t0);
    const t2 = unwrap(remove(t1, '/etc/nginx', { recursive: true }));
    // Records: nginx.conf 2000 (L0) + 5000 (L1); public 3000; athing 10000; and the whiteout of
    // the directory /etc/nginx in L2 weighs 5000 + 3000 = 8000.
    // Σ min = 2000 + 3000 + 10000 + 8000 = 23000; Σ cumulative = 7000 + 3000 + 10000 + 8000 = 28000.
    // (dive's own unit test expects 0.75 because its test tree's implied parent directories have
    // an empty FileInfo, IsDir=false, so there the whiteout weighs 0: 15000 / 20000.)
    const report = efficiency(imageOf(t0, t1, t2));
    expect(report.efficiency).toBeCloseTo(23000 / 28000, 12);
    expect(report.wastedBytes).toBe(7000);
    expect(report.inefficiencies).toEqual([{ path: '/etc/nginx/nginx.conf', bulk: false, count: 2, layers: [0, 1], cumulativeSize: 7000 }]);
    expect(report.sizeBytes).toBe(5000 + 15000);
    expect(report.userSizeBytes).toBe(15000);
    expect(report.wastedUserPercent).toBeCloseTo(7000 / 15000, 12);
  });

  it('dive TestEfficency_ScratchImage: a lone empty file scores 1 with nothing wasted', () => {
    const t0 = build([{ file: '/nothing', spec: { size: 0, seed: '' } }]);
    const report = efficiency(imageOf(t0, t0, t0));
    expect(report.efficiency).toBe(1);
    expect(report.inefficiencies).toEqual([]);
  });

  describe('apt lists removed in a later layer', () => {
    // bookworm lists after `apt-get update`: 19,868,756 B (shared/data/sizes/SIZES.md §3).
    const LISTS = 19_868_756;
    const base = build([{ dir: '/etc' }, { file: '/etc/os-release', spec: { size: 100, seed: 'os' } }]);
    const installed = build(
      [{ dir: '/var/lib/apt' }, { bulk: '/var/lib/apt/lists', spec: { size: LISTS, fileCount: 12, source: 'apt-get update' } }, { dir: '/usr/bin' }, { file: '/usr/bin/curl', spec: { size: 250_000, seed: 'curl' } }],
      base,
    );
    const cleaned = unwrap(clearDir(installed, '/var/lib/apt/lists'));

    it('separate RUN: every lists file is counted as wasted', () => {
      // A real layer whites out each lists file; file whiteouts weigh 0, so each file path has
      // records [s_i, 0]: cumulative s_i, min 0. Summed over the files: cumulative 19,868,756.
      const report = efficiency(imageOf(base, installed, cleaned));
      expect(report.wastedBytes).toBe(LISTS);
      expect(report.inefficiencies).toEqual([{ path: '/var/lib/apt/lists', bulk: true, count: 2, layers: [1, 2], cumulativeSize: LISTS }]);
      expect(report.efficiency).toBeCloseTo((100 + 250_000 + 0) / (100 + 250_000 + LISTS), 12);
      expect(report.sizeBytes).toBe(100 + 250_000 + LISTS);
      expect(report.userSizeBytes).toBe(250_000 + LISTS);
    });

    it('same RUN (update && install && rm): nothing wasted', () => {
      const report = efficiency(imageOf(base, cleaned));
      expect(report.wastedBytes).toBe(0);
      expect(report.efficiency).toBe(1);
      expect(report.sizeBytes).toBe(100 + 250_000);
    });
  });

  describe("dive's asymmetry between removing files and removing their directory", () => {
    const t0 = build([{ dir: '/build' }, { file: '/build/a', spec: { size: 600, seed: 'a' } }, { file: '/build/b', spec: { size: 400, seed: 'b' } }]);

    it('rm -rf /build: the whiteout is keyed /build, seen once, so nothing counts as wasted', () => {
      // Records: /build/a 600, /build/b 400, /build (dir whiteout) 1000: all seen once.
      const report = efficiency(imageOf(t0, unwrap(remove(t0, '/build', { recursive: true }))));
      expect(report.wastedBytes).toBe(0);
      expect(report.efficiency).toBe(1);
    });

    it('rm /build/a /build/b: each file is seen twice, all of it is wasted', () => {
      // Records: /build/a [600, 0], /build/b [400, 0]: Σ min 0, Σ cumulative 1000.
      const t1 = unwrap(remove(unwrap(remove(t0, '/build/a')), '/build/b'));
      const report = efficiency(imageOf(t0, t1));
      expect(report.wastedBytes).toBe(1000);
      expect(report.efficiency).toBe(0);
      expect(report.inefficiencies.map((x) => [x.path, x.cumulativeSize])).toEqual([['/build/a', 600], ['/build/b', 400]]);
      // Only one layer after the first has no bytes: dive divides by zero; we report 0.
      expect(report.userSizeBytes).toBe(0);
      expect(report.wastedUserPercent).toBe(0);
    });
  });

  it('chown in a later layer stores the file twice', () => {
    const t0 = build([{ dir: '/app' }, { file: '/app/server', spec: { size: 1000, seed: 'bin' } }]);
    const t1 = unwrap(chown(t0, '/app/server', { uid: 1000, gid: 1000 }));
    const t2 = unwrap(writeFile(t1, '/app/config', { size: 10, seed: 'cfg' }));
    // /app/server [1000, 1000]: cumulative 2000, min 1000; /app/config 10.
    const report = efficiency(imageOf(t0, t1, t2));
    expect(report.wastedBytes).toBe(2000);
    expect(report.efficiency).toBeCloseTo(1010 / 2010, 12);
    expect(report.userSizeBytes).toBe(1010);
    expect(report.wastedUserPercent).toBeCloseTo(2000 / 1010, 12);
  });
});
