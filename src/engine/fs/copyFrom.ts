/**
 * Copy primitives for COPY/ADD/`cp`. BuildKit's rules (which sources, wildcard expansion, where
 * the destination goes, `--parents`, excludes) belong to the simulator; this file copies one
 * resolved source to one destination path, across trees, with the overrides COPY can apply.
 * Without overrides the copied subtree is shared, not duplicated: O(depth) even for a bulk.
 */
import { sha256Hex } from './digest';
import { hamtForEach } from './hamt';
import { getChild, isDirLike, withChild } from './node';
import { joinComponents } from './paths';
import { fsError, resolvePath } from './resolvePath';
import { mapSubtree, type ModeChange, type OwnerChange } from './chmod';
import { setAt, updateAt } from './updateAt';
import type { BulkNode, DirLikeNode, EntryOrigin, FileTree, FsNode, FsResult } from './types';

/** Options for {@link copyFrom}. */
export interface CopyOptions {
  /** Follow a symlink at the source path (default true, like BuildKit's FollowSymlinks for COPY). */
  follow?: boolean;
  /** Copy a source directory's children into `destPath` rather than the directory itself. */
  contentsOnly?: boolean;
  /** Owner for every copied entry (`--chown`). */
  chown?: OwnerChange;
  /** Mode for every copied entry (`--chmod`); symlinks keep theirs. */
  chmod?: ModeChange;
  /** mtime for every copied entry (BuildKit keeps the source's unless told otherwise). */
  mtime?: number;
  /** Provenance for every copied entry. */
  origin?: EntryOrigin;
}

function override(node: FsNode, o: CopyOptions): FsNode {
  const out: FsNode = { ...node };
  if (o.chown?.uid !== undefined) out.uid = o.chown.uid;
  if (o.chown?.gid !== undefined) out.gid = o.chown.gid;
  if (o.chmod !== undefined && node.kind !== 'symlink') {
    out.mode = (typeof o.chmod === 'number' ? o.chmod : o.chmod(node.mode, node.kind)) & 0o7777;
  }
  if (o.mtime !== undefined) out.mtime = o.mtime;
  if (o.origin !== undefined) out.origin = o.origin;
  return out;
}

function hasOverrides(o: CopyOptions): boolean {
  return o.chown !== undefined || o.chmod !== undefined || o.mtime !== undefined || o.origin !== undefined;
}

type BulkContent = Pick<BulkNode, 'kind' | 'size' | 'fileCount' | 'source' | 'digest' | 'holes'>;

/** Bulk content after merging two directories: the source's, or both when both have some. */
function mergedContent(dest: DirLikeNode, src: DirLikeNode): BulkContent | undefined {
  const a = dest.kind === 'bulk' ? dest : undefined;
  const b = src.kind === 'bulk' ? src : undefined;
  if (b === undefined) return a && { kind: 'bulk', size: a.size, fileCount: a.fileCount, source: a.source, digest: a.digest, holes: a.holes };
  if (a === undefined || a.digest === b.digest) return { kind: 'bulk', size: b.size, fileCount: b.fileCount, source: b.source, digest: b.digest, holes: b.holes };
  return {
    kind: 'bulk',
    size: a.size + b.size,
    fileCount: a.fileCount + b.fileCount,
    source: `${a.source} + ${b.source}`,
    digest: sha256Hex(`${a.digest}+${b.digest}`),
    holes: a.holes,
  };
}

/**
 * Merge `src` into the existing directory `dest` (cp -r / COPY onto an existing directory):
 * the source's entries win, entries only in `dest` stay, `own` gives the directory's attributes.
 */
function mergeDirs(dest: DirLikeNode, src: DirLikeNode, own: DirLikeNode): DirLikeNode {
  const content = mergedContent(dest, src);
  const attrs = { mode: own.mode, uid: own.uid, gid: own.gid, mtime: own.mtime, ...(own.origin ? { origin: own.origin } : {}) };
  const shell = { children: dest.children, childCount: dest.childCount, subSize: dest.subSize, subCount: dest.subCount };
  let out: DirLikeNode = content ? { ...attrs, ...shell, ...content } : { kind: 'dir', ...attrs, ...shell };
  hamtForEach(src.children, (name, child) => {
    const existing = getChild(out, name);
    out = withChild(out, name, isDirLike(existing) && isDirLike(child) ? mergeDirs(existing, child, child) : child);
  });
  return out;
}

/**
 * Copy the entry at `srcPath` in `src` to `destPath` in `dest`. The destination's parent must
 * exist (create it with mkdir `parents`); an existing directory is merged into, anything else
 * at the destination is replaced.
 */
export function copyFrom(src: FileTree, srcPath: string, dest: FileTree, destPath: string, options: CopyOptions = {}): FsResult {
  const s = resolvePath(src.root, srcPath, options.follow ?? true);
  if (s.status === 'error') return { ok: false, error: s.error };
  if (s.status === 'missing') return { ok: false, error: fsError('ENOENT', joinComponents(s.components)) };
  if (s.status === 'in-bulk') return { ok: false, error: fsError('EBULK', joinComponents([...s.components, ...s.rest])) };
  const node = hasOverrides(options) ? mapSubtree(s.node, true, (n) => override(n, options)) : s.node;
  const contentsOnly = (options.contentsOnly ?? false) && isDirLike(node);

  const d = resolvePath(dest.root, destPath, isDirLike(node));
  if (d.status === 'error') return { ok: false, error: d.error };
  const components = d.status === 'in-bulk' ? [...d.components, ...d.rest] : d.components;
  const existing = d.status === 'found' ? d.node : undefined;
  if (contentsOnly && existing !== undefined && !isDirLike(existing)) {
    return { ok: false, error: fsError('ENOTDIR', joinComponents(components)) };
  }
  let root: DirLikeNode;
  if (isDirLike(existing) && isDirLike(node)) {
    root = updateAt(dest.root, components, (cur) =>
      isDirLike(cur) ? mergeDirs(cur, node, contentsOnly ? cur : node) : node,
    );
  } else {
    root = setAt(dest.root, components, node);
  }
  return { ok: true, tree: { root } };
}

/**
 * Rename an entry within one tree (rename(2)): an existing destination is replaced, except
 * that a non-empty directory gives ENOTEMPTY and a directory/non-directory clash gives
 * EISDIR/ENOTDIR. The moved subtree is shared, so a move is O(depth).
 */
export function move(tree: FileTree, from: string, to: string): FsResult {
  const s = resolvePath(tree.root, from, false);
  if (s.status === 'error') return { ok: false, error: s.error };
  if (s.status === 'missing') return { ok: false, error: fsError('ENOENT', joinComponents(s.components)) };
  if (s.status === 'in-bulk') return { ok: false, error: fsError('EBULK', joinComponents([...s.components, ...s.rest])) };
  if (s.components.length === 0) return { ok: false, error: fsError('EINVAL', '/') };
  const d = resolvePath(tree.root, to, false);
  if (d.status === 'error') return { ok: false, error: d.error };
  const target = d.status === 'in-bulk' ? [...d.components, ...d.rest] : d.components;
  const fromPath = joinComponents(s.components);
  const toPath = joinComponents(target);
  if (toPath === fromPath) return { ok: true, tree };
  if (toPath.startsWith(fromPath + '/')) return { ok: false, error: fsError('EINVAL', toPath) };
  if (d.status === 'found') {
    const existing = d.node;
    if (isDirLike(existing) && !isDirLike(s.node)) return { ok: false, error: fsError('EISDIR', toPath) };
    if (!isDirLike(existing) && isDirLike(s.node)) return { ok: false, error: fsError('ENOTDIR', toPath) };
    if (isDirLike(existing) && (existing.childCount > 0 || existing.kind === 'bulk')) {
      return { ok: false, error: fsError('ENOTEMPTY', toPath) };
    }
  }
  const without = updateAt(tree.root, s.components, () => undefined);
  return { ok: true, tree: { root: setAt(without, target, s.node) } };
}
