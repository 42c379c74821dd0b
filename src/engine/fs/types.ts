/**
 * The data model of the virtual filesystem. Trees are immutable values: every edit returns a new
 * tree that shares all untouched directories with the old one, so a snapshot is just the value.
 * Nodes carry no path (a move is O(depth), not O(subtree)); {@link Entry} adds the path when a
 * node is shown to the outside.
 */
import type { Hamt } from './hamt';

/** What the simulator records about where an entry came from (shown in the file browser). */
export interface EntryOrigin {
  /** Stage name or index that wrote the entry. */
  stage?: string | number;
  /** 1-based Dockerfile line of the instruction. */
  line?: number;
  /** The instruction as written, e.g. `RUN apt-get install -y curl`. */
  instruction?: string;
  /** Package that owns the file (`curl`, `express`). */
  packageName?: string;
  /** Size-breakdown bucket. */
  category?: 'base' | 'packages' | 'dependencies' | 'code' | 'build-output' | (string & {});
  [key: string]: unknown;
}

/** Ownership, permissions and time shared by every kind of entry. */
export interface EntryAttrs {
  /** Permission bits including setuid/setgid/sticky (0..0o7777); the type lives in `kind`. */
  mode: number;
  uid: number;
  gid: number;
  /** Modification time as the caller counts it (the engine has no clock). Never in checksums. */
  mtime: number;
  /** Free-form provenance; ignored by diffs and checksums. */
  origin?: EntryOrigin;
}

/** A regular file. */
export interface FileNode extends EntryAttrs {
  kind: 'file';
  /** Bytes. */
  size: number;
  /** Small text content we keep so commands can read it (`package.json`, `go.mod`). */
  content?: string;
  /** Identity of content we do not keep (e.g. `go1.22.1 linux/amd64 bin/go`); hashed with size. */
  seed?: string;
  /** Precomputed sha256 hex; otherwise derived from `content` or `seed` on demand. */
  digest?: string;
}

/** A symbolic link. Its size counts 0 bytes, as in a layer tar header and dive. */
export interface SymlinkNode extends EntryAttrs {
  kind: 'symlink';
  /** The link text, relative to the link's directory or absolute. */
  target: string;
}

/** Fields shared by directories and bulk entries (both can hold listed children). */
export interface DirLikeFields extends EntryAttrs {
  children: Hamt<FsNode>;
  /** Number of direct listed children. */
  childCount: number;
  /** Bytes below this node (listed children plus bulk content), excluding its own bulk content. */
  subSize: number;
  /** Entries below this node, counting a bulk's unlisted files. */
  subCount: number;
}

/** A directory. A directory's own size is 0 bytes (tar header size). */
export interface DirNode extends DirLikeFields {
  kind: 'dir';
}

/** A part removed from inside a bulk entry's unlisted content (`rm -rf /usr/local/go/test`). */
export interface BulkHole {
  /** Path relative to the bulk entry, without a leading slash. */
  path: string;
  /** Bytes the removal took out of the bulk (an estimate the caller gave, 0 when unknown). */
  size: number;
  fileCount: number;
}

/**
 * A directory standing for a large tree whose files are not listed one by one (a Go toolchain,
 * `node_modules`, `/var/lib/apt/lists`). It may also hold listed children, e.g. a binary that a
 * later step wrote into it. It copies, moves and deletes as one node.
 */
export interface BulkNode extends DirLikeFields {
  kind: 'bulk';
  /** Bytes of the unlisted content (after holes). */
  size: number;
  /** Number of unlisted files (after holes). */
  fileCount: number;
  /** Where the figures come from (catalog entry, measurement, estimate). */
  source: string;
  /**
   * sha256 identity of the content, fixed when the bulk is created: holes shrink `size` but keep
   * the digest, so a diff can tell "same content, part removed" from "different content".
   */
  digest: string;
  /** Parts removed from the unlisted content, sorted by path. */
  holes: readonly BulkHole[];
}

export type FsNode = FileNode | SymlinkNode | DirNode | BulkNode;
export type DirLikeNode = DirNode | BulkNode;
export type EntryKind = FsNode['kind'];

/** A filesystem object as the outside sees it: the node's fields plus its absolute path. */
interface EntryBase extends EntryAttrs {
  path: string;
  /** Own bytes: file size, bulk content size, 0 for directories and symlinks. */
  size: number;
  /** sha256 hex of the entry's data: file content, link target, bulk identity; empty for dirs. */
  digest: string;
}
export interface FileEntry extends EntryBase {
  kind: 'file';
  content?: string;
}
export interface DirEntry extends EntryBase {
  kind: 'dir';
}
export interface SymlinkEntry extends EntryBase {
  kind: 'symlink';
  target: string;
}
export interface BulkEntry extends EntryBase {
  kind: 'bulk';
  fileCount: number;
  source: string;
  holes: readonly BulkHole[];
}
export type Entry = FileEntry | DirEntry | SymlinkEntry | BulkEntry;

/** An immutable filesystem; keep the value to keep a snapshot. */
export interface FileTree {
  readonly root: DirLikeNode;
}

/** POSIX-style failure codes, so the simulated shell can word errors the way coreutils do. */
export type FsErrorCode =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EEXIST'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'ELOOP'
  | 'EINVAL'
  | 'ENAMETOOLONG'
  /** Not POSIX: the path lies inside a bulk entry's unlisted content, so it cannot be read. */
  | 'EBULK';

/** A failed filesystem operation (a value, never thrown). */
export interface FsError {
  code: FsErrorCode;
  /** The path the error is about, as far as it was resolved. */
  path: string;
  /** strerror-style text (`No such file or directory`); EBULK explains the unlisted content. */
  message: string;
}

/** Result of an edit. */
export type FsResult = { ok: true; tree: FileTree } | { ok: false; error: FsError };

/** Optional attributes for a new entry; defaults are root-owned, mtime 0. */
export type AttrsInput = Partial<EntryAttrs>;

/** What to write as a file. Give `content`, or `size` with a `seed` (or `digest`). */
export interface FileSpec extends AttrsInput {
  content?: string;
  /** Bytes; defaults to the UTF-8 length of `content`, else 0. */
  size?: number;
  seed?: string;
  digest?: string;
}

/** What to write as a bulk entry. */
export interface BulkSpec extends AttrsInput {
  size: number;
  fileCount: number;
  source: string;
  seed?: string;
  digest?: string;
}

/** Size and entry count of a subtree. */
export interface Totals {
  /** Bytes of files and bulk content. */
  size: number;
  /** Entries, counting the node itself (except `/`) and a bulk's unlisted files. */
  count: number;
}
