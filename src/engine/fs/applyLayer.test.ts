import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLayer, imageSize, imageTree, stackLayers } from './applyLayer';
import { checksumPath } from './checksumPath';
import { chmod, chown } from './chmod';
import { copyFrom, move } from './copyFrom';
import { diffTrees } from './diffTrees';
import { dumpTree } from './dumpTree';
import { emptyTree, getEntry, totals } from './fileTree';
import type { Image } from './layer';
import { layerEntries } from './layerEntries';
import { mkdir } from './mkdir';
import { clearDir, remove } from './remove';
import { symlink, touch, writeBulk, writeFile } from './writeFile';
import { build, debianRoot, unwrap } from './testTrees';
import type { FileTree, FsResult } from './types';

const MB = 1_000_000;

describe('image size never shrinks when a later layer deletes', () => {
  // The lesson of `RUN rm` in its own layer: the bytes stay in the layer that added them.
  const base = debianRoot();
  const withTarball = unwrap(writeFile(base, '/tmp/toolchain.tar.gz', { size: 100 * MB, seed: 'toolchain' }));
  const afterRm = unwrap(remove(withTarball, '/tmp/toolchain.tar.gz'));

  it('two layers (download, then rm): the image keeps the 100 MB', () => {
    const image: Image = { layers: [diffTrees(emptyTree(), base), diffTrees(base, withTarball), diffTrees(withTarball, afterRm)] };
    expect(image.layers.map((l) => l.size)).toEqual([125560 + 45, 100 * MB, 0]);
    expect(imageSize(image)).toBe(125560 + 45 + 100 * MB);
    // ...although the final filesystem no longer has the file.
    expect(totals(imageTree(image))?.size).toBe(125560 + 45);
    expect(getEntry(imageTree(image), '/tmp/toolchain.tar.gz')).toBeUndefined();
  });

  it('one layer (download && rm in the same RUN): nothing is left to count', () => {
    const image: Image = { layers: [diffTrees(emptyTree(), base), diffTrees(base, afterRm)] };
    expect(imageSize(image)).toBe(125560 + 45);
  });

  it('stacks layers with structure shared between the snapshots', () => {
    const image: Image = { layers: [diffTrees(emptyTree(), base), diffTrees(base, withTarball)] };
    const [first, second] = stackLayers(image);
    expect(dumpTree(second as FileTree)).toBe(dumpTree(withTarball));
    expect(getEntry(first as FileTree, '/tmp/toolchain.tar.gz')).toBeUndefined();
  });
});

describe('applyLayer', () => {
  it('implies missing parents when applied onto a different base', () => {
    const t = unwrap(writeFile(unwrap(mkdir(emptyTree(), '/app/src', { parents: true, uid: 1000 })), '/app/src/a', { content: 'a' }));
    const layer = diffTrees(emptyTree(), t);
    const other = applyLayer(debianRoot(), layer);
    expect(getEntry(other, '/app/src/a')).toMatchObject({ content: 'a' });
    expect(getEntry(other, '/bin/sh')?.path).toBe('/usr/bin/dash');
  });

  it('ignores a whiteout for something that is not there', () => {
    const t = debianRoot();
    const layer = diffTrees(t, unwrap(remove(t, '/etc/os-release')));
    const other = applyLayer(emptyTree(), layer);
    expect(totals(other)).toEqual({ size: 0, count: 0 });
  });
});

// Random edit sequences: applying diffTrees(a, b) to a must give b exactly.
const names = ['x', 'y', 'z'];
const dirs = ['/', '/a', '/a/b', '/c'];
const pathArb = fc.tuple(fc.constantFrom(...dirs), fc.constantFrom(...names, '')).map(([d, n]) => (n === '' ? d : d === '/' ? `/${n}` : `${d}/${n}`));
type Op = (t: FileTree) => FsResult;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(pathArb, fc.integer({ min: 0, max: 3 })).map(([p, u]): Op => (t) => mkdir(t, p, { parents: true, uid: u })),
  fc.tuple(pathArb, fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 })).map(([p, c, m]): Op => (t) => writeFile(t, p, { content: c, mtime: m })),
  fc.tuple(pathArb, fc.integer({ min: 0, max: 9 })).map(([p, n]): Op => (t) => writeFile(t, p, { size: n * 100, seed: `s${n}` })),
  fc.tuple(pathArb, fc.integer({ min: 1, max: 5 })).map(([p, n]): Op => (t) => writeBulk(t, p, { size: n * 1000, fileCount: n * 10, source: `b${n}` }, { keepChildren: n % 2 === 0 })),
  fc.tuple(pathArb, pathArb).map(([p, q]): Op => (t) => symlink(t, p, q)),
  fc.tuple(pathArb, fc.integer({ min: 0, max: 500 })).map(([p, s]): Op => (t) => remove(t, `${p}/deep`, { recursive: true, estimate: { size: s, fileCount: 2 } })),
  pathArb.map((p): Op => (t) => remove(t, p, { recursive: true })),
  pathArb.map((p): Op => (t) => clearDir(t, p)),
  fc.tuple(pathArb, fc.constantFrom(0o700, 0o755)).map(([p, m]): Op => (t) => chmod(t, p, m, { recursive: m === 0o700 })),
  fc.tuple(pathArb, fc.integer({ min: 0, max: 2 })).map(([p, u]): Op => (t) => chown(t, p, { uid: u }, { recursive: true })),
  fc.tuple(pathArb, fc.integer({ min: 0, max: 3 })).map(([p, m]): Op => (t) => touch(t, p, m)),
  fc.tuple(pathArb, pathArb).map(([p, q]): Op => (t) => move(t, p, q)),
  fc.tuple(pathArb, pathArb, fc.boolean()).map(([p, q, c]): Op => (t) => copyFrom(t, p, t, q, { contentsOnly: c, mtime: c ? 9 : undefined })),
);

const propertyBase = build(
  [{ dir: '/a/b' }, { dir: '/c' }, { bulk: '/c/x', spec: { size: 5000, fileCount: 40, source: 'base' } }, { file: '/a/y', spec: { content: 'y' } }],
  debianRoot(),
);

function run(tree: FileTree, ops: readonly Op[]): FileTree {
  let t = tree;
  for (const op of ops) {
    const r = op(t);
    if (r.ok) t = r.tree;
  }
  return t;
}

describe('diffTrees / applyLayer round trip (property)', () => {
  it('applyLayer(a, diffTrees(a, b)) is b, and the layer rows add up to its size', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), fc.array(opArb, { maxLength: 8 }), (first, second) => {
        const a = run(propertyBase, first);
        const b = run(a, second);
        const layer = diffTrees(a, b);
        const applied = applyLayer(a, layer);
        expect(dumpTree(applied, '/', { mtime: true })).toBe(dumpTree(b, '/', { mtime: true }));
        expect(totals(applied)).toEqual(totals(b));
        expect(checksumPath(applied, '/')).toBe(checksumPath(b, '/'));
        expect(diffTrees(applied, b).changes).toEqual([]);
        expect(layerEntries(layer).reduce((s, row) => s + row.size, 0)).toBe(layer.size);
        // Stacking both layers on an empty tree rebuilds b too.
        const image: Image = { layers: [diffTrees(emptyTree(), a), layer] };
        expect(dumpTree(imageTree(image), '/', { mtime: true })).toBe(dumpTree(b, '/', { mtime: true }));
        expect(imageSize(image)).toBeGreaterThanOrEqual(totals(b)?.size ?? 0);
      }),
      { numRuns: 400 },
    );
  });
});
