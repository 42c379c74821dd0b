/**
 * The virtual filesystem: immutable, structurally shared trees of files, directories, symlinks
 * and bulk entries; layers as OCI diffs with whiteouts; content checksums with BuildKit's
 * semantics; and dive's wasted-space analysis. Everything here is pure.
 *
 * @example
 * const t0 = emptyTree();
 * const r = mkdir(t0, '/app', { parents: true, uid: 1000, gid: 1000 });
 * if (r.ok) {
 *   const w = writeFile(r.tree, '/app/package.json', { content: '{"name":"x"}', mtime: 1 });
 *   if (w.ok) diffTrees(t0, w.tree).size; // 12: bytes the layer adds
 * }
 */
export type {
  AttrsInput,
  BulkEntry,
  BulkHole,
  BulkNode,
  BulkSpec,
  DirEntry,
  DirLikeNode,
  DirNode,
  Entry,
  EntryAttrs,
  EntryKind,
  EntryOrigin,
  FileEntry,
  FileNode,
  FileSpec,
  FileTree,
  FsError,
  FsErrorCode,
  FsNode,
  FsResult,
  SymlinkEntry,
  SymlinkNode,
  Totals,
} from './types';
export { EMPTY_DIGEST, contentDigest, seedDigest, sha256Hex, utf8Length } from './digest';
export { baseName, childPath, comparePaths, isWithin, normalizePath, parentPath, resolveAgainst } from './paths';
export { emptyTree, getEntry, listDir, locate, snapshot, totals, walk, type Location, type ReadOptions } from './fileTree';
export { buildTree, type TreeItem } from './buildTree';
export { mkdir, type MkdirOptions } from './mkdir';
export { symlink, touch, writeBulk, writeFile, type TouchOptions, type WriteBulkOptions } from './writeFile';
export { clearDir, remove, type BulkEstimate, type RemoveOptions } from './remove';
export { chmod, chown, type AttrChangeOptions, type ModeChange, type OwnerChange } from './chmod';
export { copyFrom, move, type CopyOptions } from './copyFrom';
export {
  opaqueMarker,
  whiteoutMarker,
  type ChangeStatus,
  type Image,
  type Layer,
  type LayerChange,
  type OpaqueChange,
  type PutChange,
  type WhiteoutChange,
} from './layer';
export { diffTrees } from './diffTrees';
export { applyLayer, imageSize, imageTree, stackLayers } from './applyLayer';
export { layerEntries, type LayerEntry } from './layerEntries';
export { checksumNode, checksumPath, type ChecksumOptions } from './checksumPath';
export { efficiency, type EfficiencyReport, type Inefficiency } from './efficiency';
export { dumpLayer, dumpTree, type DumpOptions } from './dumpTree';
