import { describe, expect, it } from 'vitest';
import { getEntry, listDir, locate, totals } from './fileTree';
import { clearDir, remove } from './remove';
import { writeFile } from './writeFile';
import { build, debianRoot, unwrap } from './testTrees';

describe('remove', () => {
  const root = debianRoot();

  it('removes a file, and a directory only with -r', () => {
    const t = unwrap(remove(root, '/etc/os-release'));
    expect(getEntry(t, '/etc/os-release')).toBeUndefined();
    const r = remove(root, '/etc');
    expect(r.ok ? null : r.error.code).toBe('EISDIR');
    const t2 = unwrap(remove(root, '/etc', { recursive: true }));
    expect(getEntry(t2, '/etc')).toBeUndefined();
    expect(totals(t2)?.size).toBe((totals(root)?.size ?? 0) - (totals(root, '/etc')?.size ?? 0));
  });

  it('removes a symlink itself, never its target', () => {
    const t = unwrap(remove(root, '/bin'));
    expect(getEntry(t, '/bin', { follow: false })).toBeUndefined();
    expect(getEntry(t, '/usr/bin/dash')?.kind).toBe('file');
  });

  it('reports a missing path unless forced', () => {
    const r = remove(root, '/nope');
    expect(r.ok ? null : r.error).toEqual({ code: 'ENOENT', path: '/nope', message: 'No such file or directory' });
    expect(unwrap(remove(root, '/nope/deeper', { force: true }))).toBe(root);
    const slash = remove(root, '/', { recursive: true });
    expect(slash.ok ? null : slash.error.code).toBe('EINVAL');
  });

  it('removes a bulk entry as one unit', () => {
    const t = build([{ dir: '/app' }, { bulk: '/app/node_modules', spec: { size: 48_000_000, fileCount: 9000, source: 'npm' } }]);
    const t2 = unwrap(remove(t, '/app/node_modules', { recursive: true }));
    expect(totals(t2)).toEqual({ size: 0, count: 1 });
  });
});

describe('removing inside a bulk entry', () => {
  const go = build([
    { dir: '/usr/local' },
    { bulk: '/usr/local/go', spec: { size: 200_000, fileCount: 1000, source: 'go1.22 toolchain' } },
    { file: '/usr/local/go/VERSION', spec: { content: 'go1.22.1\n' } },
  ]);

  it('shrinks the bulk by the caller estimate and records a hole', () => {
    const t = unwrap(remove(go, '/usr/local/go/test', { recursive: true, estimate: { size: 50_000, fileCount: 300 } }));
    expect(getEntry(t, '/usr/local/go')).toMatchObject({ size: 150_000, fileCount: 700, holes: [{ path: 'test', size: 50_000, fileCount: 300 }] });
    expect(locate(t, '/usr/local/go/test/x')).toMatchObject({ status: 'error', error: { code: 'ENOENT' } });
    expect(locate(t, '/usr/local/go/test')).toEqual({ status: 'missing', path: '/usr/local/go/test' });
    expect(locate(t, '/usr/local/go/src')).toMatchObject({ status: 'in-bulk' });
    // Removing the same part again is "not found", as for a real file.
    const again = remove(t, '/usr/local/go/test', { recursive: true });
    expect(again.ok ? null : again.error.code).toBe('ENOENT');
  });

  it('never shrinks below zero, and records 0 bytes without an estimate', () => {
    const t = unwrap(remove(go, '/usr/local/go/pkg', { recursive: true, estimate: { size: 10 ** 9, fileCount: 10 ** 6 } }));
    expect(getEntry(t, '/usr/local/go')).toMatchObject({ size: 0, fileCount: 0 });
    const t2 = unwrap(remove(go, '/usr/local/go/misc', { recursive: true }));
    expect(getEntry(t2, '/usr/local/go')).toMatchObject({ size: 200_000, holes: [{ path: 'misc', size: 0, fileCount: 0 }] });
  });

  it('folds parts already removed below a removed directory into its hole', () => {
    const t1 = unwrap(remove(go, '/usr/local/go/src/net', { recursive: true, estimate: { size: 30_000, fileCount: 100 } }));
    const t2 = unwrap(remove(t1, '/usr/local/go/src', { recursive: true, estimate: { size: 120_000, fileCount: 600 } }));
    // src weighed 120k in all, 30k of which had already gone with src/net.
    expect(getEntry(t2, '/usr/local/go')).toMatchObject({ size: 80_000, fileCount: 400, holes: [{ path: 'src', size: 120_000, fileCount: 600 }] });
  });

  it('removes a listed child of a bulk like any entry', () => {
    const t = unwrap(remove(go, '/usr/local/go/VERSION'));
    expect(getEntry(t, '/usr/local/go/VERSION')).toBeUndefined();
    expect(getEntry(t, '/usr/local/go')).toMatchObject({ size: 200_000, holes: [] });
  });
});

describe('clearDir (rm -rf dir/*)', () => {
  it('turns an emptied bulk into a plain directory with the same attributes', () => {
    const t = build([
      { dir: '/var/lib/apt' },
      { bulk: '/var/lib/apt/lists', spec: { size: 19_868_756, fileCount: 12, source: 'apt-get update', mtime: 4 } },
    ]);
    const t2 = unwrap(clearDir(t, '/var/lib/apt/lists'));
    expect(getEntry(t2, '/var/lib/apt/lists')).toMatchObject({ kind: 'dir', mode: 0o755, mtime: 4 });
    expect(listDir(t2, '/var/lib/apt/lists')).toEqual([]);
    expect(totals(t2)?.size).toBe(0);
  });

  it('empties a directory, following a symlink to it', () => {
    const t = unwrap(writeFile(debianRoot(), '/usr/lib/x.so', { size: 5, seed: 'x' }));
    const t2 = unwrap(clearDir(t, '/lib'));
    expect(listDir(t2, '/usr/lib')).toEqual([]);
    expect(getEntry(t2, '/lib', { follow: false })?.kind).toBe('symlink');
    const r = clearDir(t, '/etc/os-release');
    expect(r.ok ? null : r.error.code).toBe('ENOTDIR');
  });
});
