/**
 * `RUN --mount=type=cache` contents outlive a build (BuildKit keeps them by cache id, outside
 * every layer). The store is plain JSON, so a mount's tree is kept as a list of entries and
 * rebuilt when a later build mounts it. Holes carved into bulk entries are not kept.
 */
import { buildTree, emptyTree, walk, type FileTree, type TreeItem } from '../fs';

/** One entry of a cache mount, as stored. */
export type MountItem =
  | { path: string; kind: 'dir'; mode: number; uid: number; gid: number }
  | { path: string; kind: 'symlink'; target: string }
  | { path: string; kind: 'file'; size: number; mode: number; uid: number; gid: number; content?: string; digest: string }
  | { path: string; kind: 'bulk'; size: number; fileCount: number; source: string; digest: string; mode: number };

export function serializeMount(tree: FileTree): MountItem[] {
  const out: MountItem[] = [];
  for (const e of walk(tree)) {
    if (e.kind === 'dir') out.push({ path: e.path, kind: 'dir', mode: e.mode, uid: e.uid, gid: e.gid });
    else if (e.kind === 'symlink') out.push({ path: e.path, kind: 'symlink', target: e.target });
    else if (e.kind === 'file') {
      const item: MountItem = { path: e.path, kind: 'file', size: e.size, mode: e.mode, uid: e.uid, gid: e.gid, digest: e.digest };
      if (e.content !== undefined) item.content = e.content;
      out.push(item);
    } else out.push({ path: e.path, kind: 'bulk', size: e.size, fileCount: e.fileCount, source: e.source, digest: e.digest, mode: e.mode });
  }
  return out;
}

export function deserializeMount(items: readonly MountItem[] | undefined): FileTree {
  if (items === undefined || items.length === 0) return emptyTree();
  const tree: TreeItem[] = items.map((item): TreeItem => {
    switch (item.kind) {
      case 'dir':
        return { path: item.path, kind: 'dir', mode: item.mode, uid: item.uid, gid: item.gid };
      case 'symlink':
        return { path: item.path, kind: 'symlink', target: item.target };
      case 'file':
        return item.content !== undefined
          ? { path: item.path, kind: 'file', size: item.size, mode: item.mode, uid: item.uid, gid: item.gid, content: item.content }
          : { path: item.path, kind: 'file', size: item.size, mode: item.mode, uid: item.uid, gid: item.gid, digest: item.digest };
      case 'bulk':
        return { path: item.path, kind: 'bulk', size: item.size, fileCount: item.fileCount, source: item.source, digest: item.digest, mode: item.mode };
    }
  });
  return buildTree(tree);
}
