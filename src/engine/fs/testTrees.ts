/**
 * Helpers for the fs tests only (not exported from index.ts): unwrap results and build small
 * trees from a list of steps.
 */
import { emptyTree } from './fileTree';
import { mkdir } from './mkdir';
import { symlink, writeBulk, writeFile } from './writeFile';
import type { BulkSpec, FileSpec, FileTree, FsResult } from './types';

/** The tree of a successful result; fails the test with the error otherwise. */
export function unwrap(result: FsResult): FileTree {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.path}: ${result.error.message}`);
  return result.tree;
}

/** One step of a fixture: a directory, a file, a symlink or a bulk entry. */
export type Step =
  | { dir: string; uid?: number; gid?: number; mode?: number }
  | { file: string; spec: FileSpec }
  | { link: string; to: string }
  | { bulk: string; spec: BulkSpec };

/** Apply steps in order (directories with `mkdir -p`, files into existing parents). */
export function build(steps: readonly Step[], tree: FileTree = emptyTree()): FileTree {
  let t = tree;
  for (const s of steps) {
    if ('dir' in s) t = unwrap(mkdir(t, s.dir, { parents: true, uid: s.uid, gid: s.gid, mode: s.mode }));
    else if ('file' in s) t = unwrap(writeFile(t, s.file, s.spec));
    else if ('link' in s) t = unwrap(symlink(t, s.link, s.to));
    else t = unwrap(writeBulk(t, s.bulk, s.spec));
  }
  return t;
}

/** A Debian-shaped root: /bin, /lib, /sbin are symlinks into /usr (merged-usr, bookworm). */
export function debianRoot(): FileTree {
  return build([
    { dir: '/usr/bin' },
    { dir: '/usr/lib' },
    { dir: '/usr/sbin' },
    { dir: '/etc' },
    { dir: '/tmp', mode: 0o1777 },
    { link: '/bin', to: 'usr/bin' },
    { link: '/lib', to: 'usr/lib' },
    { link: '/sbin', to: 'usr/sbin' },
    { file: '/usr/bin/dash', spec: { size: 125560, seed: 'dash 0.5.12' , mode: 0o755 } },
    { link: '/usr/bin/sh', to: 'dash' },
    { file: '/etc/os-release', spec: { content: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n' } },
  ]);
}
