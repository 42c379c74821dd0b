/**
 * Creating and reading trees. A {@link FileTree} is an immutable value: taking a snapshot is
 * keeping a reference, and every edit (mkdir.ts, writeFile.ts, ...) returns a new tree.
 */
import { hamtForEach } from './hamt';
import { isDirLike, makeDir, toEntry, totalCount, totalSize } from './node';
import { childPath, joinComponents } from './paths';
import { resolvePath } from './resolvePath';
import type { AttrsInput, BulkEntry, Entry, FileTree, FsError, FsNode, Totals } from './types';

/** A tree holding only `/` (mode 0755, root-owned unless `attrs` says otherwise). */
export function emptyTree(attrs: AttrsInput = {}): FileTree {
  return { root: makeDir(attrs) };
}

/** A snapshot of a tree: the tree itself, since trees never change (O(1)). */
export function snapshot(tree: FileTree): FileTree {
  return tree;
}

/** Options for reading a path. */
export interface ReadOptions {
  /** Follow a symlink in the last component (stat vs lstat); default true. */
  follow?: boolean;
}

/** Where a path leads, for callers that need to tell "absent" from "inside a bulk". */
export type Location =
  | { status: 'found'; entry: Entry }
  | { status: 'missing'; path: string }
  /** Inside the unlisted content of `bulk`; it may exist there. `rest` is relative to the bulk. */
  | { status: 'in-bulk'; bulk: BulkEntry; rest: string }
  | { status: 'error'; error: FsError };

/** Resolve a path and describe what is there. */
export function locate(tree: FileTree, path: string, options: ReadOptions = {}): Location {
  const r = resolvePath(tree.root, path, options.follow ?? true);
  switch (r.status) {
    case 'found':
      return { status: 'found', entry: toEntry(joinComponents(r.components), r.node) };
    case 'missing':
      return { status: 'missing', path: joinComponents(r.components) };
    case 'in-bulk':
      return { status: 'in-bulk', bulk: toEntry(joinComponents(r.components), r.bulk) as BulkEntry, rest: r.rest.join('/') };
    case 'error':
      return r;
  }
}

/** The entry at `path` (its canonical path in `entry.path`), or undefined. */
export function getEntry(tree: FileTree, path: string, options: ReadOptions = {}): Entry | undefined {
  const r = resolvePath(tree.root, path, options.follow ?? true);
  return r.status === 'found' ? toEntry(joinComponents(r.components), r.node) : undefined;
}

/** Internal: the node at a path, following symlinks as asked. */
export function findNode(tree: FileTree, path: string, follow = true): FsNode | undefined {
  const r = resolvePath(tree.root, path, follow);
  return r.status === 'found' ? r.node : undefined;
}

function sortedChildren(node: FsNode): [string, FsNode][] {
  const out: [string, FsNode][] = [];
  if (isDirLike(node)) hamtForEach(node.children, (k, v) => out.push([k, v]));
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The listed children of a directory or bulk entry, sorted by name; undefined when `path` is
 * not a directory. A bulk entry's unlisted files are not in the list (see its `fileCount`).
 */
export function listDir(tree: FileTree, path: string): Entry[] | undefined {
  const r = resolvePath(tree.root, path, true);
  if (r.status !== 'found' || !isDirLike(r.node)) return undefined;
  const base = joinComponents(r.components);
  return sortedChildren(r.node).map(([name, node]) => toEntry(childPath(base, name), node));
}

function* walkNode(path: string, node: FsNode): Generator<Entry> {
  for (const [name, child] of sortedChildren(node)) {
    const p = childPath(path, name);
    yield toEntry(p, child);
    if (isDirLike(child)) yield* walkNode(p, child);
  }
}

/** Every entry below `path` (not `path` itself), depth first, in tree order. */
export function* walk(tree: FileTree, path = '/'): Generator<Entry> {
  const r = resolvePath(tree.root, path, true);
  if (r.status !== 'found') return;
  yield* walkNode(joinComponents(r.components), r.node);
}

/** Bytes and entries of the subtree at `path` (O(1): directories cache their totals). */
export function totals(tree: FileTree, path = '/'): Totals | undefined {
  const r = resolvePath(tree.root, path, true);
  if (r.status !== 'found') return undefined;
  const count = totalCount(r.node) - (r.components.length === 0 ? 1 : 0);
  return { size: totalSize(r.node), count };
}
