/**
 * The one copy-on-write primitive: rebuild the directories on the way from the root to a
 * canonical path (O(depth) nodes, each an O(1) HAMT update), sharing everything else.
 */
import { getChild, isDirLike, makeDir, withChild } from './node';
import type { DirLikeNode, FsNode } from './types';

/**
 * A directory made up where a path needs one that is not listed: under a bulk entry (its
 * unlisted content is assumed to contain it) or when a layer is applied onto a different base.
 * It takes the parent's owner and time, mode 0755.
 */
export function impliedDir(parent: DirLikeNode): DirLikeNode {
  return makeDir({ uid: parent.uid, gid: parent.gid, mtime: parent.mtime });
}

function updateIn(
  dir: DirLikeNode,
  components: readonly string[],
  i: number,
  fn: (existing: FsNode | undefined) => FsNode | undefined,
): DirLikeNode {
  const name = components[i] as string;
  const child = getChild(dir, name);
  if (i === components.length - 1) return withChild(dir, name, fn(child));
  const sub = isDirLike(child) ? child : impliedDir(dir);
  return withChild(dir, name, updateIn(sub, components, i + 1, fn));
}

/**
 * Replace the node at canonical `components` with `fn(existing)` (undefined removes it).
 * Missing or non-directory intermediates become implied directories; callers check first when
 * that should be an error. The root itself can only be replaced by a directory-like node.
 */
export function updateAt(
  root: DirLikeNode,
  components: readonly string[],
  fn: (existing: FsNode | undefined) => FsNode | undefined,
): DirLikeNode {
  if (components.length === 0) {
    const next = fn(root);
    return isDirLike(next) ? next : root;
  }
  return updateIn(root, components, 0, fn);
}

/** Set the node at canonical `components`. */
export function setAt(root: DirLikeNode, components: readonly string[], node: FsNode): DirLikeNode {
  return updateAt(root, components, () => node);
}

/** The node at canonical `components`, without following symlinks; undefined when absent. */
export function nodeAt(root: DirLikeNode, components: readonly string[]): FsNode | undefined {
  let node: FsNode = root;
  for (const name of components) {
    if (!isDirLike(node)) return undefined;
    const child = getChild(node, name);
    if (child === undefined) return undefined;
    node = child;
  }
  return node;
}
