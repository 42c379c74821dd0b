/**
 * Node constructors and the bookkeeping that keeps subtree totals exact under copy-on-write:
 * each directory caches the bytes and entry count below it, updated by difference when one
 * child changes, so `totals('/')` is O(1) and an edit stays O(depth).
 */
import { nodeDigest, seedDigest, utf8Length } from './digest';
import { hamtDelete, hamtGet, hamtSet, type Hamt } from './hamt';
import type {
  AttrsInput,
  BulkNode,
  BulkSpec,
  DirLikeNode,
  DirNode,
  Entry,
  EntryAttrs,
  FileNode,
  FileSpec,
  FsNode,
  SymlinkNode,
} from './types';

/** Default permission bits: 0644 files, 0755 directories (BuildKit's mkdir and COPY defaults). */
export const DEFAULT_FILE_MODE = 0o644;
export const DEFAULT_DIR_MODE = 0o755;

/** Fill in ownership/time defaults: root-owned, mtime 0. */
export function attrs(input: AttrsInput, mode: number): EntryAttrs {
  const out: EntryAttrs = { mode: input.mode ?? mode, uid: input.uid ?? 0, gid: input.gid ?? 0, mtime: input.mtime ?? 0 };
  if (input.origin !== undefined) out.origin = input.origin;
  return out;
}

/** A file node from a spec (size defaults to the content's UTF-8 length). */
export function makeFile(spec: FileSpec): FileNode {
  const a = attrs(spec, DEFAULT_FILE_MODE);
  const size = spec.size ?? (spec.content !== undefined ? utf8Length(spec.content) : 0);
  // Every field present (maybe undefined) keeps one object shape for V8.
  return { kind: 'file', mode: a.mode, uid: a.uid, gid: a.gid, mtime: a.mtime, origin: a.origin, size, content: spec.content, seed: spec.seed, digest: spec.digest };
}

/** An empty directory node. */
export function makeDir(input: AttrsInput = {}): DirNode {
  const a = attrs(input, DEFAULT_DIR_MODE);
  return { kind: 'dir', mode: a.mode, uid: a.uid, gid: a.gid, mtime: a.mtime, origin: a.origin, children: null, childCount: 0, subSize: 0, subCount: 0 };
}

/** A symlink node. */
export function makeSymlink(target: string, input: AttrsInput = {}): SymlinkNode {
  return { kind: 'symlink', ...attrs(input, 0o777), target };
}

/** A bulk node without listed children; its digest is fixed here (see {@link BulkNode.digest}). */
export function makeBulk(spec: BulkSpec): BulkNode {
  const size = Math.max(0, spec.size);
  const fileCount = Math.max(0, spec.fileCount);
  const digest = spec.digest ?? seedDigest(spec.seed ?? `bulk\u0000${spec.source}\u0000${fileCount}`, size);
  return {
    kind: 'bulk',
    ...attrs(spec, DEFAULT_DIR_MODE),
    children: null,
    childCount: 0,
    subSize: 0,
    subCount: 0,
    size,
    fileCount,
    source: spec.source,
    digest,
    holes: [],
  };
}

export function isDirLike(node: FsNode | undefined): node is DirLikeNode {
  return node !== undefined && (node.kind === 'dir' || node.kind === 'bulk');
}

/** Bytes the node itself holds: file size or bulk content; 0 for dirs and symlinks. */
export function ownSize(node: FsNode): number {
  return node.kind === 'file' || node.kind === 'bulk' ? node.size : 0;
}

/** Bytes of the node and everything below it. */
export function totalSize(node: FsNode): number {
  return ownSize(node) + (isDirLike(node) ? node.subSize : 0);
}

/** Entries in the node's subtree, the node included, a bulk counting its unlisted files. */
export function totalCount(node: FsNode): number {
  return 1 + (node.kind === 'bulk' ? node.fileCount : 0) + (isDirLike(node) ? node.subCount : 0);
}

export function getChild(dir: DirLikeNode, name: string): FsNode | undefined {
  return hamtGet(dir.children, name);
}

/**
 * A directory-like node with new children and totals. Built field by field rather than with
 * object spread: this is the hot path of every edit, and spread of differently shaped objects
 * is several times slower in V8.
 */
function rebuilt<D extends DirLikeNode>(dir: D, children: Hamt<FsNode>, childCount: number, subSize: number, subCount: number): D {
  if (dir.kind === 'dir') {
    const out: DirNode = { kind: 'dir', mode: dir.mode, uid: dir.uid, gid: dir.gid, mtime: dir.mtime, origin: dir.origin, children, childCount, subSize, subCount };
    return out as D;
  }
  const out: BulkNode = {
    kind: 'bulk', mode: dir.mode, uid: dir.uid, gid: dir.gid, mtime: dir.mtime, origin: dir.origin, children, childCount, subSize, subCount,
    size: dir.size, fileCount: dir.fileCount, source: dir.source, digest: dir.digest, holes: dir.holes,
  };
  return out as D;
}

/** The directory with child `name` replaced, added, or removed (`next` undefined). */
export function withChild<D extends DirLikeNode>(dir: D, name: string, next: FsNode | undefined): D {
  const prev = hamtGet(dir.children, name);
  if (prev === next) return dir;
  const children = next === undefined ? hamtDelete(dir.children, name) : hamtSet(dir.children, name, next);
  const dSize = (next ? totalSize(next) : 0) - (prev ? totalSize(prev) : 0);
  const dCount = (next ? totalCount(next) : 0) - (prev ? totalCount(prev) : 0);
  const dChildren = (next ? 1 : 0) - (prev ? 1 : 0);
  return rebuilt(dir, children, dir.childCount + dChildren, dir.subSize + dSize, dir.subCount + dCount);
}

/** The same directory-like node with no children (and, for a bulk, no unlisted content). */
export function emptiedDir(dir: DirLikeNode): DirNode {
  return { kind: 'dir', mode: dir.mode, uid: dir.uid, gid: dir.gid, mtime: dir.mtime, origin: dir.origin, children: null, childCount: 0, subSize: 0, subCount: 0 };
}

/** A node's own fields taken from `own`, its children from `withChildrenOf`. */
export function graftChildren(own: DirLikeNode, withChildrenOf: DirLikeNode): DirLikeNode {
  return rebuilt(own, withChildrenOf.children, withChildrenOf.childCount, withChildrenOf.subSize, withChildrenOf.subCount);
}

/** Present a node to the outside, with its path and digest. */
export function toEntry(path: string, node: FsNode): Entry {
  const base = { path, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime, size: ownSize(node), digest: nodeDigest(node) };
  const origin = node.origin !== undefined ? { origin: node.origin } : {};
  switch (node.kind) {
    case 'file':
      return node.content !== undefined
        ? { kind: 'file', ...base, ...origin, content: node.content }
        : { kind: 'file', ...base, ...origin };
    case 'symlink':
      return { kind: 'symlink', ...base, ...origin, target: node.target };
    case 'dir':
      return { kind: 'dir', ...base, ...origin };
    case 'bulk':
      return { kind: 'bulk', ...base, ...origin, fileCount: node.fileCount, source: node.source, holes: node.holes };
  }
}
