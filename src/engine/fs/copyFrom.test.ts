import { describe, expect, it } from 'vitest';
import { copyFrom, move } from './copyFrom';
import { dumpTree } from './dumpTree';
import { getEntry, listDir, totals } from './fileTree';
import { nodeAt } from './updateAt';
import { mkdir } from './mkdir';
import { build, debianRoot, unwrap } from './testTrees';

const builder = build([
  { dir: '/src/app' },
  { file: '/src/app/main.go', spec: { content: 'package main\n', mtime: 10 } },
  { file: '/src/app/go.mod', spec: { content: 'module x\n', mtime: 10 } },
  { dir: '/out' },
  { file: '/out/app', spec: { size: 7_340_032, seed: 'app binary', mode: 0o755 } },
  { link: '/out/latest', to: 'app' },
  { dir: '/usr/local' },
  { bulk: '/usr/local/go', spec: { size: 230_000_000, fileCount: 13_000, source: 'golang:1.22' } },
]);

describe('copyFrom', () => {
  it('copies a file across trees, sharing the node when nothing is overridden', () => {
    const dest = unwrap(copyFrom(builder, '/out/app', debianRoot(), '/bin/app'));
    expect(getEntry(dest, '/usr/bin/app')).toMatchObject({ kind: 'file', size: 7_340_032, mode: 0o755 });
    expect(nodeAt(dest.root, ['usr', 'bin', 'app'])).toBe(nodeAt(builder.root, ['out', 'app']));
    const d2 = unwrap(mkdir(debianRoot(), '/usr/local/bin', { parents: true }));
    expect(getEntry(unwrap(copyFrom(builder, '/out/app', d2, '/usr/local/bin/app')), '/usr/local/bin/app')?.size).toBe(7_340_032);
  });

  it('follows a symlink at the source by default, copies the link with follow=false', () => {
    const a = unwrap(copyFrom(builder, '/out/latest', debianRoot(), '/app'));
    expect(getEntry(a, '/app', { follow: false })?.kind).toBe('file');
    const b = unwrap(copyFrom(builder, '/out/latest', debianRoot(), '/app', { follow: false }));
    expect(getEntry(b, '/app', { follow: false })).toMatchObject({ kind: 'symlink', target: 'app' });
  });

  it('applies --chown/--chmod/mtime/origin to every copied entry', () => {
    const t = unwrap(copyFrom(builder, '/src', debianRoot(), '/work', {
      chown: { uid: 1000, gid: 1000 }, chmod: 0o640, mtime: 0, origin: { category: 'code', line: 4 },
    }));
    for (const p of ['/work', '/work/app', '/work/app/main.go']) {
      expect(getEntry(t, p)).toMatchObject({ uid: 1000, gid: 1000, mode: 0o640, mtime: 0, origin: { category: 'code', line: 4 } });
    }
    expect(getEntry(builder, '/src/app/main.go')).toMatchObject({ uid: 0, mode: 0o644, mtime: 10 });
  });

  it('copies a directory\'s contents into an existing directory, merging', () => {
    const dest = build([{ dir: '/app', uid: 1000 }, { file: '/app/README', spec: { content: 'r' } }, { file: '/app/main.go', spec: { content: 'old' } }]);
    const t = unwrap(copyFrom(builder, '/src/app', dest, '/app', { contentsOnly: true }));
    expect(listDir(t, '/app')?.map((e) => e.path)).toEqual(['/app/README', '/app/go.mod', '/app/main.go']);
    expect(getEntry(t, '/app/main.go')).toMatchObject({ content: 'package main\n' });
    expect(getEntry(t, '/app')).toMatchObject({ uid: 1000 });
  });

  it('copies a bulk entry as one unit (O(1): the same node)', () => {
    const t = unwrap(copyFrom(builder, '/usr/local/go', debianRoot(), '/usr/go'));
    expect(totals(t, '/usr/go')).toEqual({ size: 230_000_000, count: 13_001 });
    expect(nodeAt(t.root, ['usr', 'go'])).toBe(nodeAt(builder.root, ['usr', 'local', 'go']));
  });

  it('reports a source inside a bulk entry as EBULK, a missing one as ENOENT', () => {
    const a = copyFrom(builder, '/usr/local/go/bin/go', debianRoot(), '/go');
    expect(a.ok ? null : a.error.code).toBe('EBULK');
    const b = copyFrom(builder, '/nope', debianRoot(), '/x');
    expect(b.ok ? null : b.error.code).toBe('ENOENT');
    const c = copyFrom(builder, '/out/app', debianRoot(), '/no/parent');
    expect(c.ok ? null : c.error.code).toBe('ENOENT');
  });
});

describe('move', () => {
  it('renames a subtree in O(depth), keeping the node', () => {
    const t = unwrap(move(builder, '/src/app', '/app'));
    expect(getEntry(t, '/src/app')).toBeUndefined();
    expect(dumpTree(t, '/app')).toBe(dumpTree(builder, '/src/app').replaceAll('/src/app', '/app'));
    expect(nodeAt(t.root, ['app'])).toBe(nodeAt(builder.root, ['src', 'app']));
  });

  it('moves a bulk entry as a unit', () => {
    const t = unwrap(move(builder, '/usr/local/go', '/go'));
    expect(totals(t, '/go')).toEqual(totals(builder, '/usr/local/go'));
    expect(totals(t)).toEqual(totals(builder));
  });

  it.each([
    ['/src/app', '/src/app/sub', 'EINVAL'],
    ['/out/app', '/src', 'EISDIR'],
    ['/src', '/out/app', 'ENOTDIR'],
    ['/out', '/src', 'ENOTEMPTY'],
    ['/nope', '/x', 'ENOENT'],
    ['/usr/local/go/bin', '/x', 'EBULK'],
  ])('move %s -> %s fails with %s', (from, to, code) => {
    const r = move(builder, from, to);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});
