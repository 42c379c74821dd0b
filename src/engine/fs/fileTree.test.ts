import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getChild } from './node';
import { buildTree, type TreeItem } from './buildTree';
import { diffTrees } from './diffTrees';
import { emptyTree, getEntry, listDir, locate, snapshot, totals, walk } from './fileTree';
import { mkdir } from './mkdir';
import { dumpTree } from './dumpTree';
import { symlink, writeBulk, writeFile } from './writeFile';
import { build, debianRoot, unwrap } from './testTrees';
import type { FileTree } from './types';

describe('path resolution (Linux semantics)', () => {
  const root = debianRoot();

  it.each([
    // [path, follow, expected canonical path or null]
    ['/bin/sh', true, '/usr/bin/dash'],
    ['/bin/sh', false, '/usr/bin/sh'],
    ['/bin', false, '/bin'],
    ['/bin', true, '/usr/bin'],
    ['/bin/', false, '/usr/bin'], // a trailing slash always follows
    ['/bin/../lib', true, '/usr/lib'], // `..` applies after the link: physical, not lexical
    ['/usr/bin/../../etc/os-release', true, '/etc/os-release'],
    ['/../../etc', true, '/etc'],
    ['etc/os-release', true, '/etc/os-release'],
    ['/nope', true, null],
  ])('%s (follow=%s) -> %s', (path, follow, expected) => {
    expect(getEntry(root, path, { follow })?.path ?? null).toBe(expected);
  });

  it('reports ENOTDIR, ENOENT and ELOOP as values', () => {
    const t = unwrap(symlink(unwrap(symlink(root, '/loop1', '/loop2')), '/loop2', '/loop1'));
    expect(locate(t, '/etc/os-release/x')).toMatchObject({ status: 'error', error: { code: 'ENOTDIR', path: '/etc/os-release' } });
    expect(locate(t, '/nope/x')).toMatchObject({ status: 'error', error: { code: 'ENOENT', path: '/nope' } });
    expect(locate(t, '/loop1')).toMatchObject({ status: 'error', error: { code: 'ELOOP', message: 'Too many levels of symbolic links' } });
    expect(locate(t, '/loop1', { follow: false })).toMatchObject({ status: 'found', entry: { kind: 'symlink', target: '/loop2' } });
    expect(locate(t, '/etc/os-release/')).toMatchObject({ status: 'error', error: { code: 'ENOTDIR' } });
    // Linux limits: PATH_MAX 4096, NAME_MAX 255.
    expect(locate(t, '/a'.repeat(2048))).toMatchObject({ status: 'error', error: { code: 'ENAMETOOLONG' } });
    expect(locate(t, `/${'n'.repeat(256)}`)).toMatchObject({ status: 'error', error: { code: 'ENAMETOOLONG' } });
    expect(locate(t, `/${'n'.repeat(255)}`)).toMatchObject({ status: 'missing' });
  });

  it('says "in-bulk" for paths inside a bulk entry, "missing" for absent ones', () => {
    const t = build([{ dir: '/usr/local' }, { bulk: '/usr/local/go', spec: { size: 200, fileCount: 10, source: 'go1.22' } }]);
    expect(locate(t, '/usr/local/go/bin/go')).toMatchObject({ status: 'in-bulk', bulk: { path: '/usr/local/go' }, rest: 'bin/go' });
    expect(locate(t, '/usr/local/go/bin/../pkg')).toMatchObject({ status: 'in-bulk', rest: 'pkg' });
    expect(locate(t, '/usr/local/go/bin/../../go')).toMatchObject({ status: 'found', entry: { kind: 'bulk' } });
    expect(locate(t, '/usr/local/nope')).toEqual({ status: 'missing', path: '/usr/local/nope' });
  });
});

describe('reading', () => {
  const t = build([
    { dir: '/app/src' },
    { file: '/app/package.json', spec: { content: '{"name":"x"}', mtime: 5, origin: { category: 'code', line: 3 } } },
    { file: '/app/src/b.js', spec: { size: 10, seed: 'b' } },
    { file: '/app/src/a.js', spec: { size: 20, seed: 'a' } },
    { bulk: '/app/node_modules', spec: { size: 1000, fileCount: 50, source: 'npm' } },
  ]);

  it('lists a directory sorted by name, with entry fields', () => {
    expect(listDir(t, '/app')?.map((e) => `${e.kind}:${e.path}`)).toEqual(['bulk:/app/node_modules', 'file:/app/package.json', 'dir:/app/src']);
    const pkg = getEntry(t, '/app/package.json');
    expect(pkg).toMatchObject({ kind: 'file', size: 12, mode: 0o644, uid: 0, gid: 0, mtime: 5, content: '{"name":"x"}', origin: { category: 'code', line: 3 } });
    // The digest is the sha256 of the content bytes (checked against Node's own sha256).
    expect(pkg?.digest).toBe(createHash('sha256').update('{"name":"x"}').digest('hex'));
    expect(getEntry(t, '/app/src')?.digest).toBe(createHash('sha256').update('').digest('hex'));
    expect(listDir(t, '/app/package.json')).toBeUndefined();
  });

  it('walks in tree order and totals bytes and entries (a bulk counts its files)', () => {
    expect([...walk(t, '/app')].map((e) => e.path)).toEqual([
      '/app/node_modules', '/app/package.json', '/app/src', '/app/src/a.js', '/app/src/b.js',
    ]);
    expect(totals(t, '/app')).toEqual({ size: 1000 + 12 + 10 + 20, count: 1 + 1 + 50 + 1 + 1 + 1 + 1 });
    expect(totals(t)).toEqual({ size: 1042, count: 56 });
    expect(totals(t, '/nope')).toBeUndefined();
  });
});

describe('structural sharing', () => {
  it('leaves an old snapshot untouched by later edits', () => {
    const t1 = build([{ dir: '/a/b' }, { file: '/a/b/f', spec: { content: 'one' } }, { dir: '/c' }]);
    const before = dumpTree(t1);
    const snap = snapshot(t1);
    expect(snap).toBe(t1);
    const t2 = unwrap(writeFile(t1, '/a/b/f', { content: 'two' }));
    const t3 = unwrap(mkdir(t2, '/a/b/g'));
    expect(dumpTree(snap)).toBe(before);
    expect(getEntry(snap, '/a/b/f')).toMatchObject({ content: 'one' });
    expect(getEntry(t3, '/a/b/f')).toMatchObject({ content: 'two' });
    // Only the path /, /a, /a/b was copied; /c is the same object in both versions.
    expect(t3.root).not.toBe(t1.root);
    expect(getChild(t3.root, 'a')).not.toBe(getChild(t1.root, 'a'));
    expect(getChild(t3.root, 'c')).toBe(getChild(t1.root, 'c'));
  });

  it('bulk-builds a 100k-entry tree in well under a second', () => {
    const items: TreeItem[] = [];
    for (let d = 0; d < 100; d++) {
      for (let f = 0; f < 1000; f++) items.push({ kind: 'file', path: `/usr/lib/pkg${d}/lib${f}.so`, size: 100, seed: `${d}/${f}` });
    }
    const start = performance.now();
    const t = buildTree(items);
    const elapsed = performance.now() - start;
    expect(totals(t)).toEqual({ size: 100 * 1000 * 100, count: 100 * 1000 + 100 + 2 });
    // Measured ~0.2 s on a shared 2-core machine; the bound leaves room for a loaded CI box.
    expect(elapsed).toBeLessThan(1000);
  });

  it('builds a 100k-entry tree edit by edit in under a second, with O(1) totals', () => {
    let t: FileTree = emptyTree();
    const start = performance.now();
    for (let d = 0; d < 100; d++) {
      t = unwrap(mkdir(t, `/usr/lib/pkg${d}`, { parents: true }));
      for (let f = 0; f < 1000; f++) t = unwrap(writeFile(t, `/usr/lib/pkg${d}/lib${f}.so`, { size: 100, seed: `${d}/${f}` }));
    }
    const elapsed = performance.now() - start;
    expect(totals(t)).toEqual({ size: 100 * 1000 * 100, count: 100 * 1000 + 100 + 2 });
    expect(elapsed).toBeLessThan(1000);
    const t2 = unwrap(writeBulk(t, '/usr/lib/pkg7', { size: 5, fileCount: 1, source: 's' }));
    expect(totals(t2, '/usr/lib')).toEqual({ size: 99 * 1000 * 100 + 5, count: 1 + 99 * 1001 + 2 });
    // Diffing two 100k-entry snapshots that share all but one path only walks that path.
    const t3 = unwrap(writeFile(t, '/usr/lib/pkg50/lib7.so', { size: 1, seed: 'patched' }));
    const diffStart = performance.now();
    const layer = diffTrees(t, t3);
    expect(performance.now() - diffStart).toBeLessThan(20);
    expect(layer.changes.map((c) => c.path)).toEqual(['/usr/lib/pkg50/lib7.so']);
  });
});

