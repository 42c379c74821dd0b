/**
 * RUN --mount: for the duration of the command a path shows other content (a bind of the
 * context or another stage, a cache that outlives builds, a tmpfs, a secret file); afterwards
 * the layer keeps what was there before, and a cache mount's new content is handed back to be
 * kept for the next build.
 */
import { copyFrom, emptyTree, listDir, locate, mkdir, parentPath, remove, writeFile } from '../../fs';
import type { FileTree } from '../../fs';
import type { RunMount } from './types';

export interface MountedState {
  tree: FileTree;
  /** What each target held before (undefined: nothing). */
  restore: { mount: RunMount; before: FileTree | undefined; parentExisted: boolean }[];
}

function put(tree: FileTree, target: string, source: { tree: FileTree; path: string } | undefined, secret: boolean): FileTree {
  let t = tree;
  const cleared = remove(t, target, { recursive: true, force: true });
  if (cleared.ok) t = cleared.tree;
  const parent = mkdir(t, parentPath(target), { parents: true });
  if (parent.ok) t = parent.tree;
  if (source !== undefined) {
    const r = copyFrom(source.tree, source.path, t, target);
    if (r.ok) return r.tree;
  }
  const r = secret ? writeFile(t, target, { content: '', mode: 0o400 }) : mkdir(t, target, { parents: true });
  return r.ok ? r.tree : t;
}

/** Overlay the mounts on `tree`. */
export function applyMounts(tree: FileTree, mounts: readonly RunMount[]): MountedState {
  let t = tree;
  const restore: MountedState['restore'] = [];
  for (const m of mounts) {
    if (m.type === 'ssh' || m.target === '' || m.target === '/') continue;
    // A bind mount whose source the driver could not give: the path keeps showing what it holds.
    if (m.type === 'bind' && m.source === undefined) continue;
    const before = locate(t, m.target, { follow: false }).status === 'found' ? t : undefined;
    const parentExisted = locate(t, parentPath(m.target)).status === 'found';
    const target = m.type === 'secret' && m.target === '' ? `/run/secrets/${m.cacheId ?? 'secret'}` : m.target;
    t = put(t, target, m.type === 'tmpfs' ? undefined : m.source, m.type === 'secret');
    restore.push({ mount: { ...m, target }, before, parentExisted });
  }
  return { tree: t, restore };
}

/** Take the mounts away again; returns the tree and the new content of cache mounts. */
export function removeMounts(tree: FileTree, state: MountedState): { tree: FileTree; caches: Record<string, FileTree> } {
  let t = tree;
  const caches: Record<string, FileTree> = {};
  for (const { mount, before, parentExisted } of [...state.restore].reverse()) {
    if (mount.type === 'cache') {
      const kept = copyFrom(t, mount.target, emptyTree(), '/', { contentsOnly: true });
      if (kept.ok) caches[mount.cacheId ?? mount.target] = kept.tree;
    }
    const cleared = remove(t, mount.target, { recursive: true, force: true });
    if (cleared.ok) t = cleared.tree;
    if (before !== undefined) {
      const back = copyFrom(before, mount.target, t, mount.target, { follow: false });
      if (back.ok) t = back.tree;
    } else if (!parentExisted && listDir(t, parentPath(mount.target))?.length === 0) {
      const gone = remove(t, parentPath(mount.target), { recursive: true, force: true });
      if (gone.ok) t = gone.tree;
    }
  }
  return { tree: t, caches };
}
