/**
 * `chmod` and `chown`, optionally recursive. A recursive change rebuilds the subtree (every
 * entry really changes); a bulk entry changes as one node, standing for all its files.
 */
import { hamtMap } from './hamt';
import { isDirLike } from './node';
import { joinComponents } from './paths';
import { fsError, resolvePath } from './resolvePath';
import { updateAt } from './updateAt';
import type { EntryKind, FileTree, FsNode, FsResult } from './types';

/** A new mode, or a function of the old one (for symbolic modes such as `u+x`). */
export type ModeChange = number | ((mode: number, kind: EntryKind) => number);

/** New owner; an absent id keeps the current one (`chown user` keeps the group). */
export interface OwnerChange {
  uid?: number;
  gid?: number;
}

/** Options shared by chmod and chown. */
export interface AttrChangeOptions {
  /** Apply to the whole subtree (`-R`). Symlinks inside are not followed. */
  recursive?: boolean;
  /** Follow a symlink in the last component (default true; `chown -h` is false). */
  follow?: boolean;
}

/** Apply `fn` to a node and, when `deep`, to its whole subtree (shape and totals unchanged). */
export function mapSubtree(node: FsNode, deep: boolean, fn: (node: FsNode) => FsNode): FsNode {
  const own = fn(node);
  if (!deep || !isDirLike(own) || own.children === null) return own;
  return { ...own, children: hamtMap(own.children, (child) => mapSubtree(child, true, fn)) };
}

function change(tree: FileTree, path: string, options: AttrChangeOptions, fn: (node: FsNode) => FsNode): FsResult {
  const r = resolvePath(tree.root, path, options.follow ?? true);
  if (r.status === 'error') return { ok: false, error: r.error };
  if (r.status === 'missing') return { ok: false, error: fsError('ENOENT', joinComponents(r.components)) };
  if (r.status === 'in-bulk') return { ok: false, error: fsError('EBULK', joinComponents([...r.components, ...r.rest])) };
  const deep = options.recursive ?? false;
  const root = updateAt(tree.root, r.components, (node) => (node === undefined ? node : mapSubtree(node, deep, fn)));
  return { ok: true, tree: { root } };
}

/** Change permission bits. Symlinks keep theirs (Linux ignores a link's own mode). */
export function chmod(tree: FileTree, path: string, mode: ModeChange, options: AttrChangeOptions = {}): FsResult {
  return change(tree, path, options, (node) => {
    if (node.kind === 'symlink') return node;
    const next = (typeof mode === 'number' ? mode : mode(node.mode, node.kind)) & 0o7777;
    return next === node.mode ? node : { ...node, mode: next };
  });
}

/** Change owner and/or group. */
export function chown(tree: FileTree, path: string, owner: OwnerChange, options: AttrChangeOptions = {}): FsResult {
  return change(tree, path, options, (node) => {
    const uid = owner.uid ?? node.uid;
    const gid = owner.gid ?? node.gid;
    return uid === node.uid && gid === node.gid ? node : { ...node, uid, gid };
  });
}
