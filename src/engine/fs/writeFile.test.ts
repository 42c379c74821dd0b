import { describe, expect, it } from 'vitest';
import { getEntry, locate, totals } from './fileTree';
import { symlink, touch, writeBulk, writeFile } from './writeFile';
import { build, debianRoot, unwrap } from './testTrees';

describe('writeFile', () => {
  const root = debianRoot();

  it('writes content and sizes it in UTF-8 bytes', () => {
    const t = unwrap(writeFile(root, '/etc/motd', { content: 'héllo ✓\n' }));
    // h é l l o ␠ ✓ \n = 1+2+1+1+1+1+3+1 bytes
    expect(getEntry(t, '/etc/motd')).toMatchObject({ kind: 'file', size: 11, mode: 0o644, uid: 0 });
  });

  it('keeps mode and owner when replacing, like a shell redirection', () => {
    const t1 = unwrap(writeFile(root, '/etc/conf', { content: 'a', mode: 0o600, uid: 7, gid: 8, mtime: 1 }));
    const t2 = unwrap(writeFile(t1, '/etc/conf', { content: 'bb', mtime: 2 }));
    expect(getEntry(t2, '/etc/conf')).toMatchObject({ content: 'bb', size: 2, mode: 0o600, uid: 7, gid: 8, mtime: 2 });
  });

  it('writes through a symlink, even a dangling one whose parent exists', () => {
    const t1 = unwrap(symlink(root, '/etc/alias', '/usr/lib/real.conf'));
    const t2 = unwrap(writeFile(t1, '/etc/alias', { content: 'x' }));
    expect(getEntry(t2, '/usr/lib/real.conf')?.kind).toBe('file');
    expect(getEntry(t2, '/etc/alias', { follow: false })?.kind).toBe('symlink');
  });

  it.each([
    ['/etc', 'EISDIR'],
    ['/nope/f', 'ENOENT'],
    ['/etc/os-release/f', 'ENOTDIR'],
  ])('writeFile %s fails with %s', (path, code) => {
    const r = writeFile(root, path, { content: '' });
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('derives a file digest from a seed: equal seed and size, equal digest', () => {
    const t = unwrap(writeFile(unwrap(writeFile(root, '/a', { size: 9, seed: 's' })), '/b', { size: 9, seed: 's' }));
    const t2 = unwrap(writeFile(t, '/c', { size: 10, seed: 's' }));
    expect(getEntry(t, '/a')?.digest).toBe(getEntry(t, '/b')?.digest);
    expect(getEntry(t2, '/c')?.digest).not.toBe(getEntry(t, '/a')?.digest);
  });
});

describe('symlink, touch, writeBulk', () => {
  const root = debianRoot();

  it('refuses to create a symlink over an existing entry', () => {
    const r = symlink(root, '/bin', 'x');
    expect(r.ok ? null : r.error.code).toBe('EEXIST');
  });

  it('touch changes only the mtime, creating an empty file when missing', () => {
    const t = unwrap(touch(root, '/etc/os-release', 99));
    const before = getEntry(root, '/etc/os-release');
    expect(getEntry(t, '/etc/os-release')).toEqual({ ...before, mtime: 99 });
    const t2 = unwrap(touch(root, '/tmp/new', 4, { uid: 1000 }));
    expect(getEntry(t2, '/tmp/new')).toMatchObject({ kind: 'file', size: 0, mtime: 4, uid: 1000 });
    expect(unwrap(touch(root, '/tmp/new', 4, { create: false }))).toBe(root);
  });

  it('writes a bulk entry that stands for many files', () => {
    const t = unwrap(writeBulk(root, '/var', { size: 19_868_756, fileCount: 12, source: 'apt lists (SIZES.md)' }));
    expect(getEntry(t, '/var')).toMatchObject({ kind: 'bulk', size: 19_868_756, fileCount: 12, source: 'apt lists (SIZES.md)', holes: [] });
    expect(totals(t, '/var')).toEqual({ size: 19_868_756, count: 13 });
    expect(locate(t, '/var/x')).toMatchObject({ status: 'in-bulk' });
  });

  it('keeps listed children when asked', () => {
    const t = build([{ dir: '/app/node_modules/.bin' }]);
    const t2 = unwrap(writeBulk(t, '/app/node_modules', { size: 10, fileCount: 2, source: 'npm' }, { keepChildren: true }));
    expect(getEntry(t2, '/app/node_modules/.bin')?.kind).toBe('dir');
    const t3 = unwrap(writeBulk(t, '/app/node_modules', { size: 10, fileCount: 2, source: 'npm' }));
    expect(getEntry(t3, '/app/node_modules/.bin')).toBeUndefined();
  });
});
