import { describe, expect, it } from 'vitest';
import { getEntry } from './fileTree';
import { mkdir } from './mkdir';
import { build, debianRoot, unwrap } from './testTrees';

describe('mkdir', () => {
  const root = debianRoot();

  it('creates parents with owner and mode (WORKDIR / COPY CreateDestPath)', () => {
    const t = unwrap(mkdir(root, '/home/app/src', { parents: true, uid: 1000, gid: 1000, mode: 0o750, mtime: 3 }));
    for (const p of ['/home', '/home/app', '/home/app/src']) {
      expect(getEntry(t, p)).toMatchObject({ kind: 'dir', uid: 1000, gid: 1000, mode: 0o750, mtime: 3 });
    }
    expect(unwrap(mkdir(t, '/home/app', { parents: true }))).toBe(t);
  });

  it('follows symlinks on the way: mkdir -p /bin/x lands in /usr/bin/x', () => {
    const t = unwrap(mkdir(root, '/bin/x', { parents: true }));
    expect(getEntry(t, '/usr/bin/x')?.kind).toBe('dir');
  });

  it.each([
    ['/etc', false, 'EEXIST'],
    ['/nope/x', false, 'ENOENT'],
    ['/etc/os-release', true, 'EEXIST'],
    ['/etc/os-release/x', true, 'ENOTDIR'],
  ])('mkdir %s (parents=%s) fails with %s', (path, parents, code) => {
    const r = mkdir(root, path, { parents });
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('lists a directory created inside a bulk entry', () => {
    const t = build([{ bulk: '/go', spec: { size: 100, fileCount: 10, source: 'go' } }]);
    const t2 = unwrap(mkdir(t, '/go/src/app', { parents: true }));
    expect(getEntry(t2, '/go/src/app')?.kind).toBe('dir');
    expect(getEntry(t2, '/go')?.kind).toBe('bulk');
  });
});
