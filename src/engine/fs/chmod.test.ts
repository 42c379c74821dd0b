import { describe, expect, it } from 'vitest';
import { chmod, chown } from './chmod';
import { getEntry } from './fileTree';
import { build, unwrap } from './testTrees';

const builder = build([
  { dir: '/src/app' },
  { file: '/src/app/main.go', spec: { content: 'package main\n' } },
  { file: '/src/app/go.mod', spec: { content: 'module x\n' } },
  { dir: '/out' },
  { file: '/out/app', spec: { size: 7_340_032, seed: 'app binary', mode: 0o755 } },
  { link: '/out/latest', to: 'app' },
  { dir: '/usr/local' },
  { bulk: '/usr/local/go', spec: { size: 230_000_000, fileCount: 13_000, source: 'golang:1.22' } },
]);

describe('chmod and chown', () => {
  it('changes one entry, or a whole subtree with recursive', () => {
    const t = unwrap(chmod(builder, '/src', 0o700));
    expect(getEntry(t, '/src')?.mode).toBe(0o700);
    expect(getEntry(t, '/src/app')?.mode).toBe(0o755);
    const t2 = unwrap(chown(builder, '/src', { uid: 1000 }, { recursive: true }));
    expect(getEntry(t2, '/src/app/main.go')).toMatchObject({ uid: 1000, gid: 0 });
    const t3 = unwrap(chmod(builder, '/src', (m, kind) => (kind === 'dir' ? m : m | 0o111), { recursive: true }));
    expect(getEntry(t3, '/src/app/go.mod')?.mode).toBe(0o755);
  });

  it('follows a symlink unless told not to, and leaves a link\'s own mode alone', () => {
    const t = unwrap(chmod(builder, '/out/latest', 0o700));
    expect(getEntry(t, '/out/app')?.mode).toBe(0o700);
    const t2 = unwrap(chown(builder, '/out/latest', { uid: 5, gid: 5 }, { follow: false }));
    expect(getEntry(t2, '/out/latest', { follow: false })).toMatchObject({ uid: 5, gid: 5 });
    expect(getEntry(t2, '/out/app')).toMatchObject({ uid: 0 });
  });

  it('changes a bulk entry as one node', () => {
    const t = unwrap(chown(builder, '/usr/local/go', { uid: 1000, gid: 1000 }, { recursive: true }));
    expect(getEntry(t, '/usr/local/go')).toMatchObject({ kind: 'bulk', uid: 1000, size: 230_000_000 });
  });
});

describe('chmod and chown errors', () => {
  it.each([
    ['/nope', 'ENOENT'],
    ['/usr/local/go/bin/go', 'EBULK'],
    ['/out/app/x', 'ENOTDIR'],
  ])('%s fails with %s', (path, code) => {
    const a = chmod(builder, path, 0o700);
    const b = chown(builder, path, { uid: 1 });
    expect(a.ok ? null : a.error.code).toBe(code);
    expect(b.ok ? null : b.error.code).toBe(code);
  });
});
