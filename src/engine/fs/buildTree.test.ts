import { describe, expect, it } from 'vitest';
import { buildTree } from './buildTree';
import { dumpTree } from './dumpTree';
import { getEntry, totals } from './fileTree';
import { build } from './testTrees';

describe('buildTree', () => {
  it('gives the same tree as the same entries written one by one', () => {
    const bulk = buildTree([
      { kind: 'dir', path: '/app', uid: 1000, gid: 1000 },
      { kind: 'file', path: '/app/main.go', content: 'package main\n', uid: 1000, gid: 1000, mtime: 7 },
      { kind: 'symlink', path: '/app/link', target: 'main.go' },
      { kind: 'bulk', path: '/go', size: 500, fileCount: 20, source: 'go1.22' },
    ]);
    const stepwise = build([
      { dir: '/app', uid: 1000, gid: 1000 },
      { file: '/app/main.go', spec: { content: 'package main\n', uid: 1000, gid: 1000, mtime: 7 } },
      { link: '/app/link', to: 'main.go' },
      { bulk: '/go', spec: { size: 500, fileCount: 20, source: 'go1.22' } },
    ]);
    expect(dumpTree(bulk, '/', { mtime: true })).toBe(dumpTree(stepwise, '/', { mtime: true }));
    expect(totals(bulk)).toEqual(totals(stepwise));
  });

  it('implies missing parents with the parent owner, lets later items win', () => {
    const t = buildTree(
      [
        { kind: 'file', path: '/a/b/c', size: 3, seed: 'c' },
        { kind: 'file', path: '/a/b/c', size: 4, seed: 'c2' },
        { kind: 'file', path: '/x', size: 1, seed: 'x' },
        { kind: 'file', path: '/x/y', size: 2, seed: 'y' },
      ],
      { uid: 5, gid: 6 },
    );
    expect(getEntry(t, '/a/b')).toMatchObject({ kind: 'dir', mode: 0o755, uid: 5, gid: 6 });
    expect(getEntry(t, '/a/b/c')).toMatchObject({ size: 4 });
    expect(getEntry(t, '/x')).toMatchObject({ kind: 'dir' });
    expect(totals(t)).toEqual({ size: 6, count: 5 });
  });

  it('keeps the children of a directory that an item re-declares', () => {
    const t = buildTree([
      { kind: 'file', path: '/etc/hosts', content: '127.0.0.1 localhost\n' },
      { kind: 'dir', path: '/etc', mode: 0o700 },
    ]);
    expect(getEntry(t, '/etc')).toMatchObject({ mode: 0o700 });
    expect(getEntry(t, '/etc/hosts')).toMatchObject({ kind: 'file' });
  });
});
