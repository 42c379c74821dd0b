/**
 * `rm` and `rm -rf dir/*`. Removing a listed entry drops its node; removing something inside a
 * bulk entry's unlisted content records a hole and shrinks the bulk by the caller's estimate
 * (0 bytes when there is none), so the file browser and the layer diff can show the removal.
 */
import { emptiedDir, isDirLike } from './node';
import { joinComponents } from './paths';
import { fsError, inHole, resolvePath } from './resolvePath';
import { updateAt } from './updateAt';
import type { BulkNode, FileTree, FsResult } from './types';

/** What a removal inside a bulk entry takes out of it. */
export interface BulkEstimate {
  size: number;
  fileCount: number;
}

/** Options for {@link remove}. */
export interface RemoveOptions {
  /** Remove directories and their contents (`-r`); without it a directory gives EISDIR. */
  recursive?: boolean;
  /** No error when the path does not exist (`-f`). */
  force?: boolean;
  /** Size of the part removed when the path is inside a bulk entry's unlisted content. */
  estimate?: BulkEstimate;
}

/**
 * The bulk with `rel` carved out of its unlisted content. `estimate` is what the whole part
 * weighed; holes already carved below `rel` are folded into the new one and only the rest is
 * taken from the bulk (never below zero). Applying the resulting hole again to the bulk as it
 * was gives the same node, which is what applyLayer relies on.
 */
export function carveHole(bulk: BulkNode, rel: string, estimate: BulkEstimate | undefined): BulkNode {
  if (inHole(bulk, rel.split('/'))) return bulk;
  const nested = bulk.holes.filter((h) => h.path.startsWith(rel + '/'));
  const nestedSize = nested.reduce((n, h) => n + h.size, 0);
  const nestedCount = nested.reduce((n, h) => n + h.fileCount, 0);
  const size = Math.min(Math.max(0, (estimate?.size ?? 0) - nestedSize), bulk.size);
  const fileCount = Math.min(Math.max(0, (estimate?.fileCount ?? 0) - nestedCount), bulk.fileCount);
  const hole = { path: rel, size: size + nestedSize, fileCount: fileCount + nestedCount };
  // Holes stay sorted by path so equal removals give equal nodes in any order.
  const holes = [...bulk.holes.filter((h) => !nested.includes(h)), hole].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...bulk, size: bulk.size - size, fileCount: bulk.fileCount - fileCount, holes };
}

/**
 * Remove an entry. A symlink in the last component is removed itself, not its target.
 * `/` cannot be removed (EINVAL); empty it with {@link clearDir}.
 */
export function remove(tree: FileTree, path: string, options: RemoveOptions = {}): FsResult {
  const r = resolvePath(tree.root, path, false);
  const missing = (p: string): FsResult => (options.force ? { ok: true, tree } : { ok: false, error: fsError('ENOENT', p) });
  switch (r.status) {
    case 'error':
      return r.error.code === 'ENOENT' ? missing(r.error.path) : { ok: false, error: r.error };
    case 'missing':
      return missing(joinComponents(r.components));
    case 'in-bulk': {
      const rest = r.rest.join('/');
      const root = updateAt(tree.root, r.components, (node) =>
        node?.kind === 'bulk' ? carveHole(node, rest, options.estimate) : node,
      );
      return { ok: true, tree: { root } };
    }
    case 'found': {
      if (r.components.length === 0) return { ok: false, error: fsError('EINVAL', '/') };
      if (isDirLike(r.node) && !options.recursive) return { ok: false, error: fsError('EISDIR', joinComponents(r.components)) };
      return { ok: true, tree: { root: updateAt(tree.root, r.components, () => undefined) } };
    }
  }
}

/**
 * Empty a directory (`rm -rf dir/*`): its listed children go, and a bulk entry loses its
 * unlisted content and becomes a plain directory with the same mode, owner and mtime.
 * Symlinks to the directory are followed.
 */
export function clearDir(tree: FileTree, path: string): FsResult {
  const r = resolvePath(tree.root, path, true);
  if (r.status === 'error') return { ok: false, error: r.error };
  if (r.status === 'in-bulk') return { ok: false, error: fsError('EBULK', joinComponents([...r.components, ...r.rest])) };
  if (r.status === 'missing') return { ok: false, error: fsError('ENOENT', joinComponents(r.components)) };
  if (!isDirLike(r.node)) return { ok: false, error: fsError('ENOTDIR', joinComponents(r.components)) };
  if (r.node.kind === 'dir' && r.node.childCount === 0) return { ok: true, tree };
  return { ok: true, tree: { root: updateAt(tree.root, r.components, (node) => (isDirLike(node) ? emptiedDir(node) : node)) } };
}
