/**
 * The layer between two snapshots. Sub-trees the snapshots share (same node object) are skipped
 * without being looked at, so diffing after one RUN step costs what that step touched.
 *
 * What counts as a change follows overlayfs, which is how Docker computes a layer: any change to
 * an entry, even only its mtime (`touch`) or owner (`chown`), copies the whole file up into the
 * new layer. So a modified file weighs its full size, and a recursive chown of a bulk entry
 * weighs all of it again.
 */
import { nodeDigest } from './digest';
import { diffHamt, hamtForEach } from './hamt';
import { opaqueMarker, whiteoutMarker, type Layer, type LayerChange } from './layer';
import { isDirLike, totalCount, totalSize } from './node';
import { childPath, comparePaths } from './paths';
import type { BulkNode, DirLikeNode, FileNode, FileTree, FsNode } from './types';

function sameAttrs(a: FsNode, b: FsNode): boolean {
  return a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.mtime === b.mtime;
}

function sameFileData(a: FileNode, b: FileNode): boolean {
  if (a.size !== b.size) return false;
  if (a.digest === undefined && b.digest === undefined) {
    if (a.content !== undefined && b.content !== undefined) return a.content === b.content;
    if (a.content === undefined && b.content === undefined && a.seed !== undefined && b.seed !== undefined) return a.seed === b.seed;
  }
  return nodeDigest(a) === nodeDigest(b);
}

function sameLeaf(a: FsNode, b: FsNode): boolean {
  if (!sameAttrs(a, b)) return false;
  if (a.kind === 'file' && b.kind === 'file') return sameFileData(a, b);
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target;
  return false;
}

/** Same unlisted content, possibly with more of it removed (every old hole is still covered). */
function sameBulkContent(before: BulkNode, after: BulkNode): boolean {
  if (before.digest !== after.digest) return false;
  return before.holes.every((h) => after.holes.some((a) => h.path === a.path || h.path.startsWith(a.path + '/')));
}

class Differ {
  readonly out: LayerChange[] = [];

  putDeep(path: string, node: FsNode, status: 'added' | 'modified', replacedSize: number): void {
    this.out.push({ op: 'put', path, node, deep: true, status, size: totalSize(node), replacedSize });
  }

  putShallow(path: string, node: FsNode, size: number, replacedSize: number): void {
    this.out.push({ op: 'put', path, node, deep: false, status: 'modified', size, replacedSize });
  }

  whiteout(path: string, node: FsNode): void {
    this.out.push({
      op: 'whiteout', path, marker: whiteoutMarker(path), removedKind: node.kind, size: 0,
      hiddenSize: totalSize(node), hiddenCount: totalCount(node),
    });
  }

  children(before: DirLikeNode | null, after: DirLikeNode, path: string): void {
    if (before === null) {
      hamtForEach(after.children, (name, node) => this.putDeep(childPath(path, name), node, 'added', 0));
      return;
    }
    diffHamt(before.children, after.children, {
      removed: (name, node) => this.whiteout(childPath(path, name), node),
      added: (name, node) => this.putDeep(childPath(path, name), node, 'added', 0),
      changed: (name, b, a) => this.node(b, a, childPath(path, name)),
    });
  }

  node(before: FsNode, after: FsNode, path: string): void {
    if (before === after) return;
    if (!isDirLike(before) || !isDirLike(after)) {
      if (!sameLeaf(before, after)) this.putDeep(path, after, 'modified', totalSize(before));
      return;
    }
    if (before.kind === 'bulk' && after.kind === 'dir') {
      // The unlisted files are gone: hide everything below, then re-add what the directory holds.
      this.out.push({
        op: 'opaque', path, marker: opaqueMarker(path), size: 0,
        hiddenSize: totalSize(before), hiddenCount: totalCount(before) - 1,
      });
      this.putShallow(path, after, 0, 0);
      this.children(null, after, path);
      return;
    }
    if (after.kind === 'bulk') {
      if (before.kind === 'bulk' && sameBulkContent(before, after)) {
        for (const hole of after.holes) {
          if (before.holes.some((h) => h.path === hole.path && h.size === hole.size)) continue;
          const p = childPath(path, hole.path);
          this.out.push({
            op: 'whiteout', path: p, marker: whiteoutMarker(p), removedKind: 'in-bulk', bulkPath: path, size: 0,
            hiddenSize: hole.size, hiddenCount: hole.fileCount,
          });
        }
        if (!sameAttrs(before, after)) this.putShallow(path, after, after.size, before.size);
      } else {
        this.putShallow(path, after, after.size, before.kind === 'bulk' ? before.size : 0);
      }
    } else if (!sameAttrs(before, after)) {
      this.putShallow(path, after, 0, 0);
    }
    this.children(before, after, path);
  }
}

const OP_RANK = { opaque: 0, put: 1, whiteout: 2 } as const;

/**
 * The layer that turns `before` into `after`: added and modified entries (a new directory
 * arrives as one deep change carrying its subtree), whiteouts for removals, and opaque markers
 * where a bulk entry's unlisted content disappeared. Changes come in tree order.
 */
export function diffTrees(before: FileTree, after: FileTree): Layer {
  const differ = new Differ();
  differ.node(before.root, after.root, '/');
  const changes = differ.out.sort((a, b) => comparePaths(a.path, b.path) || OP_RANK[a.op] - OP_RANK[b.op]);
  let size = 0;
  for (const c of changes) size += c.size;
  return { changes, size };
}
