/**
 * Build a whole tree in one pass from a list of entries: a base image's skeleton, a build
 * context. Edits one by one would create (and throw away) a version per entry; this builds
 * mutable drafts first and freezes each directory once, which is several times faster.
 */
import { hamtFromEntries } from './hamt';
import { makeBulk, makeDir, makeFile, makeSymlink, totalCount, totalSize } from './node';
import { pathComponents } from './paths';
import { impliedDir } from './updateAt';
import type { AttrsInput, BulkSpec, DirLikeNode, FileSpec, FileTree, FsNode } from './types';

/** One entry for {@link buildTree}; `path` is absolute and taken literally (no symlinks). */
export type TreeItem =
  | ({ path: string; kind: 'file' } & FileSpec)
  | ({ path: string; kind: 'dir' } & AttrsInput)
  | ({ path: string; kind: 'symlink'; target: string } & AttrsInput)
  | ({ path: string; kind: 'bulk' } & BulkSpec);

interface Draft {
  own?: FsNode;
  kids?: Map<string, Draft>;
}

function make(item: TreeItem): FsNode {
  switch (item.kind) {
    case 'file':
      return makeFile(item);
    case 'dir':
      return makeDir(item);
    case 'symlink':
      return makeSymlink(item.target, item);
    case 'bulk':
      return makeBulk(item);
  }
}

function freeze(draft: Draft, parent: DirLikeNode): FsNode {
  const own = draft.own;
  if (own !== undefined && own.kind !== 'dir' && own.kind !== 'bulk') return own;
  const shell: DirLikeNode = own ?? impliedDir(parent);
  const entries: [string, FsNode][] = [];
  let subSize = 0;
  let subCount = 0;
  for (const [name, kid] of draft.kids ?? []) {
    const node = freeze(kid, shell);
    subSize += totalSize(node);
    subCount += totalCount(node);
    entries.push([name, node]);
  }
  return { ...shell, children: hamtFromEntries(entries), childCount: entries.length, subSize, subCount };
}

/**
 * A tree holding `items`. Missing parent directories are implied (mode 0755, the parent's
 * owner); a later item at the same path replaces an earlier one; an item below a file turns
 * that file into an implied directory. The root takes `rootAttrs` (or an item at `/`).
 */
export function buildTree(items: Iterable<TreeItem>, rootAttrs: AttrsInput = {}): FileTree {
  const root: Draft = { own: makeDir(rootAttrs) };
  // Items usually come grouped by directory: remember each directory's draft by its path.
  const dirs = new Map<string, Draft>([['', root]]);
  for (const item of items) {
    const components = pathComponents(item.path);
    const name = components.pop();
    const dirKey = components.join('/');
    let dir = dirs.get(dirKey);
    if (dir === undefined) {
      dir = root;
      for (const c of components) dir = child(dir, c);
      dirs.set(dirKey, dir);
    }
    if (name === undefined) {
      if (item.kind === 'dir' || item.kind === 'bulk') root.own = make(item);
      continue;
    }
    const draft = child(dir, name);
    draft.own = make(item);
    if ((item.kind === 'file' || item.kind === 'symlink') && draft.kids !== undefined) {
      delete draft.kids;
      // Cached directories at or below this path no longer exist.
      const key = dirKey === '' ? name : `${dirKey}/${name}`;
      for (const k of dirs.keys()) if (k === key || k.startsWith(key + '/')) dirs.delete(k);
    }
  }
  return { root: freeze(root, root.own as DirLikeNode) as DirLikeNode };
}

function child(dir: Draft, name: string): Draft {
  if (dir.own !== undefined && dir.own.kind !== 'dir' && dir.own.kind !== 'bulk') delete dir.own;
  dir.kids ??= new Map();
  let next = dir.kids.get(name);
  if (next === undefined) {
    next = {};
    dir.kids.set(name, next);
  }
  return next;
}
