import { describe, expect, it } from 'vitest';
import { buildTree, type TreeItem } from './buildTree';
import { chmod, chown } from './chmod';
import { diffTrees } from './diffTrees';
import { dumpLayer } from './dumpTree';
import { mkdir } from './mkdir';
import { clearDir, remove } from './remove';
import { setAt } from './updateAt';
import { touch, writeBulk, writeFile } from './writeFile';
import { build, debianRoot, unwrap } from './testTrees';
import type { FsNode } from './types';

const base = debianRoot();

describe('diffTrees', () => {
  it('adds a new directory as one deep change carrying its contents', () => {
    const after = build([{ dir: '/app/src' }, { file: '/app/src/main.go', spec: { size: 300, seed: 'm' } }, { file: '/app/go.mod', spec: { size: 20, seed: 'g' } }], base);
    const layer = diffTrees(base, after);
    expect(layer.changes).toHaveLength(1);
    expect(layer.changes[0]).toMatchObject({ op: 'put', path: '/app', deep: true, status: 'added', size: 320 });
    expect(layer.size).toBe(320);
  });

  it('counts a modified file at its full new size, and hides the old one', () => {
    const after = unwrap(writeFile(base, '/etc/os-release', { content: 'ID=debian\n' }));
    const layer = diffTrees(base, after);
    expect(layer.changes).toEqual([
      expect.objectContaining({ op: 'put', path: '/etc/os-release', status: 'modified', size: 10, replacedSize: 45 }),
    ]);
  });

  it('records a removal as a 0-byte whiteout named .wh.<name>', () => {
    const after = unwrap(remove(base, '/usr/bin/dash'));
    expect(diffTrees(base, after)).toEqual({
      changes: [{ op: 'whiteout', path: '/usr/bin/dash', marker: '/usr/bin/.wh.dash', removedKind: 'file', size: 0, hiddenSize: 125560, hiddenCount: 1 }],
      size: 0,
    });
  });

  it('whites out a removed directory once, not each file in it', () => {
    const after = unwrap(remove(base, '/usr', { recursive: true }));
    const layer = diffTrees(base, after);
    expect(layer.changes.map((c) => `${c.op} ${c.path}`)).toEqual(['whiteout /usr']);
    expect(layer.changes[0]).toMatchObject({ marker: '/.wh.usr', removedKind: 'dir', hiddenSize: 125560 });
  });

  // overlayfs copies a file up on any change, so these all store the whole file again.
  it.each([
    ['touch', () => unwrap(touch(base, '/usr/bin/dash', 123))],
    ['chmod', () => unwrap(chmod(base, '/usr/bin/dash', 0o700))],
    ['chown', () => unwrap(chown(base, '/usr/bin/dash', { uid: 1000 }))],
  ])('%s of a file puts the full file in the layer', (_name, edit) => {
    const layer = diffTrees(base, edit());
    expect(layer.changes).toEqual([expect.objectContaining({ op: 'put', path: '/usr/bin/dash', status: 'modified', size: 125560 })]);
  });

  it('stores a directory whose mode changed without its unchanged contents', () => {
    const layer = diffTrees(base, unwrap(chmod(base, '/usr/bin', 0o700)));
    expect(layer.changes).toEqual([expect.objectContaining({ op: 'put', path: '/usr/bin', deep: false, size: 0 })]);
  });

  it('puts a whole bulk entry again after a recursive chown', () => {
    const t = unwrap(writeBulk(base, '/usr/lib/node_modules', { size: 40_000_000, fileCount: 5000, source: 'npm' }));
    const layer = diffTrees(t, unwrap(chown(t, '/usr/lib/node_modules', { uid: 1000, gid: 1000 }, { recursive: true })));
    expect(layer.size).toBe(40_000_000);
    expect(layer.changes).toEqual([expect.objectContaining({ op: 'put', deep: false, status: 'modified', replacedSize: 40_000_000 })]);
  });

  it('hides an emptied bulk with an opaque marker', () => {
    const t = unwrap(writeBulk(unwrap(mkdir(base, '/var/lib/apt', { parents: true })), '/var/lib/apt/lists', { size: 19_868_756, fileCount: 12, source: 'apt' }));
    const layer = diffTrees(t, unwrap(clearDir(t, '/var/lib/apt/lists')));
    expect(dumpLayer(layer)).toBe([
      '- /var/lib/apt/lists/.wh..wh..opq (hides 19868756B)',
      '~ dir     0755 0:0 /var/lib/apt/lists/ +0B',
      '= 0B',
    ].join('\n'));
  });

  it('whites out a part removed from inside a bulk, without re-adding the bulk', () => {
    const t = unwrap(writeBulk(unwrap(mkdir(base, '/usr/local', { parents: true })), '/usr/local/go', { size: 200, fileCount: 10, source: 'go' }));
    const after = unwrap(remove(t, '/usr/local/go/test', { recursive: true, estimate: { size: 50, fileCount: 4 } }));
    expect(diffTrees(t, after).changes).toEqual([
      { op: 'whiteout', path: '/usr/local/go/test', marker: '/usr/local/go/.wh.test', removedKind: 'in-bulk', bulkPath: '/usr/local/go', size: 0, hiddenSize: 50, hiddenCount: 4 },
    ]);
  });

  it('replaces across types: file -> directory and directory -> file', () => {
    const t1 = unwrap(writeFile(unwrap(remove(base, '/etc', { recursive: true })), '/etc', { size: 3, seed: 'f' }));
    expect(diffTrees(base, t1).changes).toEqual([expect.objectContaining({ op: 'put', path: '/etc', status: 'modified', deep: true, size: 3, replacedSize: 45 })]);
    expect(diffTrees(t1, base).changes).toEqual([expect.objectContaining({ op: 'put', path: '/etc', status: 'modified', deep: true, size: 45, replacedSize: 3 })]);
  });

  it('finds nothing between equal trees built separately', () => {
    const items: TreeItem[] = [
      { kind: 'file', path: '/a/b', size: 5, seed: 'b' },
      { kind: 'file', path: '/a/c', content: 'hi' },
      { kind: 'bulk', path: '/d', size: 9, fileCount: 2, source: 's' },
    ];
    expect(diffTrees(buildTree(items), buildTree(items))).toEqual({ changes: [], size: 0 });
  });

  it('skips subtrees both snapshots share, without reading them', () => {
    let armed = false;
    const guard = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(obj, key, receiver) {
          if (armed) throw new Error(`shared subtree was read (${String(key)})`);
          return Reflect.get(obj, key, receiver) as unknown;
        },
      });
    const big = build([{ dir: '/big/x' }, { file: '/big/x/f', spec: { size: 1, seed: 'f' } }]);
    const before = { root: setAt(base.root, ['opt', 'shared'], guard<FsNode>(big.root)) };
    const after = unwrap(writeFile(before, '/etc/new', { content: 'x' }));
    armed = true;
    const layer = diffTrees(before, after);
    armed = false;
    expect(layer.changes.map((c) => c.path)).toEqual(['/etc/new']);
  });
});
