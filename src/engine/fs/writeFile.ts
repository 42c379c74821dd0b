/**
 * Creating and replacing entries: files, bulk entries, symlinks, and `touch`. Writes follow a
 * symlink in the last component, as open(2) does (`echo x > link` writes the link's target).
 */
import { graftChildren, isDirLike, makeBulk, makeFile, makeSymlink } from './node';
import { joinComponents } from './paths';
import { fsError, resolvePath, type Resolution } from './resolvePath';
import { setAt, updateAt } from './updateAt';
import type { AttrsInput, BulkSpec, DirLikeNode, FileSpec, FileTree, FsNode, FsResult } from './types';

/** The canonical place a new entry goes, or the failure to report. */
function target(r: Resolution): { components: string[]; existing: FsNode | undefined } | FsResult {
  switch (r.status) {
    case 'error':
      return { ok: false, error: r.error };
    case 'found':
      return { components: r.components, existing: r.node };
    case 'missing':
      return { components: r.components, existing: undefined };
    case 'in-bulk':
      // Writing below a bulk entry lists the new entry; directories on the way are implied.
      return { components: [...r.components, ...r.rest], existing: undefined };
  }
}

function commit(tree: FileTree, root: DirLikeNode): FsResult {
  return { ok: true, tree: root === tree.root ? tree : { root } };
}

/**
 * Write a regular file. The parent must exist (use {@link mkdir} with `parents` first).
 * Replacing a file keeps its mode, owner, mtime and origin unless the spec gives new ones, as a
 * shell redirection does; COPY passes them explicitly.
 */
export function writeFile(tree: FileTree, path: string, spec: FileSpec): FsResult {
  const t = target(resolvePath(tree.root, path, true));
  if ('ok' in t) return t;
  const { components, existing } = t;
  if (isDirLike(existing)) return { ok: false, error: fsError('EISDIR', joinComponents(components)) };
  const merged: FileSpec =
    existing === undefined
      ? spec
      : {
          ...spec,
          mode: spec.mode ?? existing.mode,
          uid: spec.uid ?? existing.uid,
          gid: spec.gid ?? existing.gid,
          mtime: spec.mtime ?? existing.mtime,
          ...(spec.origin === undefined && existing.origin !== undefined ? { origin: existing.origin } : {}),
        };
  return commit(tree, setAt(tree.root, components, makeFile(merged)));
}

/** Options for {@link writeBulk}. */
export interface WriteBulkOptions {
  /** Keep the listed children of a directory or bulk already at the path (default false). */
  keepChildren?: boolean;
}

/** Put a bulk entry at `path`, replacing whatever is there. The parent must exist. */
export function writeBulk(tree: FileTree, path: string, spec: BulkSpec, options: WriteBulkOptions = {}): FsResult {
  const t = target(resolvePath(tree.root, path, true));
  if ('ok' in t) return t;
  const bulk = makeBulk(spec);
  const node = options.keepChildren && isDirLike(t.existing) ? graftChildren(bulk, t.existing) : bulk;
  return commit(tree, setAt(tree.root, t.components, node));
}

/** Create a symlink (`ln -s target path`); EEXIST when the path exists (even as a dangling link). */
export function symlink(tree: FileTree, path: string, linkTarget: string, attrs: AttrsInput = {}): FsResult {
  const t = target(resolvePath(tree.root, path, false));
  if ('ok' in t) return t;
  if (t.existing !== undefined) return { ok: false, error: fsError('EEXIST', joinComponents(t.components)) };
  return commit(tree, setAt(tree.root, t.components, makeSymlink(linkTarget, attrs)));
}

/** Options for {@link touch}. */
export interface TouchOptions extends AttrsInput {
  /** Create an empty file when missing (default true; `touch -c` is false). */
  create?: boolean;
  /** Follow a symlink in the last component (default true; `touch -h` is false). */
  follow?: boolean;
}

/**
 * Set the mtime (`touch`). Content, mode and owner stay, so content checksums do not change;
 * a layer still records the entry, because overlayfs copies a touched file up.
 */
export function touch(tree: FileTree, path: string, mtime: number, options: TouchOptions = {}): FsResult {
  const r = resolvePath(tree.root, path, options.follow ?? true);
  if (r.status === 'error') return { ok: false, error: r.error };
  if (r.status === 'in-bulk') return { ok: false, error: fsError('EBULK', joinComponents([...r.components, ...r.rest])) };
  if (r.status === 'missing') {
    if (options.create === false) return { ok: true, tree };
    return commit(tree, setAt(tree.root, r.components, makeFile({ ...options, mtime, content: '' })));
  }
  return commit(tree, updateAt(tree.root, r.components, (node) => (node === undefined ? node : { ...node, mtime })));
}
