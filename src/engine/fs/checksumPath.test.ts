import { describe, expect, it } from 'vitest';
import { checksumPath } from './checksumPath';
import { chmod, chown } from './chmod';
import { copyFrom, move } from './copyFrom';
import { remove } from './remove';
import { symlink, touch, writeBulk, writeFile } from './writeFile';
import { build, unwrap } from './testTrees';
import type { FileTree } from './types';

// BuildKit cache/contenthash semantics (SEMANTICS.md §6): the COPY source checksum covers
// names, modes, uid/gid, sizes, typeflags, link targets and contents; never mtimes.
const ctx = build([
  { dir: '/ctx/src' },
  { file: '/ctx/src/main.go', spec: { content: 'package main\n', mtime: 100 } },
  { file: '/ctx/go.mod', spec: { content: 'module example.com/app\n', mtime: 100 } },
  { link: '/ctx/current', to: 'src' },
  { bulk: '/ctx/vendor', spec: { size: 4_000_000, fileCount: 800, source: 'go mod vendor' } },
]);
const sum = (t: FileTree, p = '/ctx') => checksumPath(t, p);

describe('checksumPath keeps the cache', () => {
  it.each([
    ['touching a file (mtime only)', () => unwrap(touch(ctx, '/ctx/src/main.go', 999))],
    ['touching a directory', () => unwrap(touch(ctx, '/ctx/src', 999))],
    ['rewriting the same bytes', () => unwrap(writeFile(ctx, '/ctx/go.mod', { content: 'module example.com/app\n', mtime: 5 }))],
    ['editing a file outside the selected path', () => unwrap(writeFile(ctx, '/elsewhere', { content: 'x' }))],
  ])('%s', (_name, edit) => {
    expect(sum(edit())).toBe(sum(ctx));
  });

  it('gives equal checksums to equal content in different places (the path is keyed separately)', () => {
    const copy = unwrap(copyFrom(ctx, '/ctx', ctx, '/ctx2'));
    expect(sum(copy, '/ctx2')).toBe(sum(ctx));
    expect(checksumPath(ctx, '/ctx/src/main.go')).toBe(sum(unwrap(move(ctx, '/ctx/src/main.go', '/ctx/src/other.go')), '/ctx/src/other.go'));
  });
});

describe('checksumPath busts the cache', () => {
  it.each([
    ['chmod', () => unwrap(chmod(ctx, '/ctx/src/main.go', 0o755))],
    ['chown', () => unwrap(chown(ctx, '/ctx/go.mod', { uid: 1000 }))],
    ['chown of a directory', () => unwrap(chown(ctx, '/ctx/src', { gid: 1000 }))],
    ['a content change', () => unwrap(writeFile(ctx, '/ctx/src/main.go', { content: 'package main // v2\n' }))],
    ['a same-size content change', () => unwrap(writeFile(ctx, '/ctx/src/main.go', { content: 'package mian\n' }))],
    ['renaming a file inside', () => unwrap(move(ctx, '/ctx/src/main.go', '/ctx/src/app.go'))],
    ['adding an empty file', () => unwrap(writeFile(ctx, '/ctx/src/new.go', { content: '' }))],
    ['removing a file', () => unwrap(remove(ctx, '/ctx/go.mod'))],
    ['changing a link target', () => unwrap(symlink(unwrap(remove(ctx, '/ctx/current')), '/ctx/current', './src'))],
    ['a file becoming a symlink', () => unwrap(symlink(unwrap(remove(ctx, '/ctx/go.mod')), '/ctx/go.mod', 'module example.com/app\n'))],
    ['removing part of a bulk', () => unwrap(remove(ctx, '/ctx/vendor/golang.org', { recursive: true, estimate: { size: 1000, fileCount: 3 } }))],
    ['replacing a bulk with different content', () => unwrap(writeBulk(ctx, '/ctx/vendor', { size: 4_000_000, fileCount: 800, source: 'go mod vendor', seed: 'v2' }))],
  ])('%s', (_name, edit) => {
    expect(sum(edit())).not.toBe(sum(ctx));
  });
});

describe('checksumPath details', () => {
  it('is a sha256 hex digest, undefined for a missing path', () => {
    expect(sum(ctx)).toMatch(/^[0-9a-f]{64}$/);
    expect(checksumPath(ctx, '/nope')).toBeUndefined();
  });

  it('follows a symlink at the selected path unless told not to', () => {
    expect(checksumPath(ctx, '/ctx/current')).toBe(checksumPath(ctx, '/ctx/src'));
    expect(checksumPath(ctx, '/ctx/current', { follow: false })).not.toBe(checksumPath(ctx, '/ctx/src'));
  });

  it('checksums a path inside a bulk as that part of that bulk', () => {
    const a = checksumPath(ctx, '/ctx/vendor/github.com/x');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(checksumPath(ctx, '/ctx/vendor/github.com/y')).not.toBe(a);
    const changed = unwrap(writeBulk(ctx, '/ctx/vendor', { size: 1, fileCount: 1, source: 'other' }));
    expect(checksumPath(changed, '/ctx/vendor/github.com/x')).not.toBe(a);
  });
});
