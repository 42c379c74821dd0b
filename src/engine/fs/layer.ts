/**
 * Layers as OCI image layers define them: a changeset that adds or replaces entries and hides
 * lower ones with whiteout files (`.wh.<name>`) or an opaque marker (`.wh..wh..opq`, "hide
 * everything below this directory"). See the OCI image spec, layer.md, "Whiteouts".
 *
 * A layer's size is the bytes of what it adds or changes, which is what `docker history` shows.
 * Whiteouts weigh 0 bytes, so deleting a file in a later layer never makes an image smaller.
 */
import type { EntryKind, FsNode } from './types';

/** How the file browser marks an entry in a layer. */
export type ChangeStatus = 'added' | 'modified' | 'removed';

/** An entry written by the layer. */
export interface PutChange {
  op: 'put';
  /** Absolute path. */
  path: string;
  /** The entry as the layer writes it. */
  node: FsNode;
  /**
   * True: the node's whole subtree belongs to the layer (a new directory arrives with its
   * contents). False: only the node itself (a directory whose mode changed; its changed
   * children are separate changes).
   */
  deep: boolean;
  /** `added` when nothing was at the path below, `modified` when it replaces something. */
  status: 'added' | 'modified';
  /** Bytes this change puts in the layer (0 for directories and symlinks themselves). */
  size: number;
  /** Bytes of the lower entry this one hides (a replaced file, a directory replaced by a file). */
  replacedSize: number;
}

/** A removal: the `.wh.<name>` file in the layer tar. */
export interface WhiteoutChange {
  op: 'whiteout';
  path: string;
  /** The whiteout's path in the layer tar, e.g. `/etc/.wh.nginx`. */
  marker: string;
  /** What was removed; `in-bulk` for part of a bulk entry's unlisted content. */
  removedKind: EntryKind | 'in-bulk';
  /** For `in-bulk`: the path of the bulk entry the part was carved from. */
  bulkPath?: string;
  /** Always 0: a whiteout adds no bytes. */
  size: 0;
  /** Bytes (and entries) of what it hides in lower layers; they still count there. */
  hiddenSize: number;
  hiddenCount: number;
}

/**
 * The directory at `path` hides all lower content below it (`<path>/.wh..wh..opq`). Emitted
 * when a bulk entry's unlisted content disappears (`rm -rf dir/*` on a bulk), whose files
 * cannot be whited out one by one because they are not listed.
 */
export interface OpaqueChange {
  op: 'opaque';
  path: string;
  marker: string;
  size: 0;
  hiddenSize: number;
  hiddenCount: number;
}

export type LayerChange = PutChange | WhiteoutChange | OpaqueChange;

/** One layer: changes in tree order (a directory before its contents) and its size. */
export interface Layer {
  changes: readonly LayerChange[];
  /** Bytes the layer adds or changes (sum of the changes' sizes). */
  size: number;
}

/** An image's filesystem: layers bottom to top. */
export interface Image {
  layers: readonly Layer[];
}

/** The whiteout marker for a removed path: `/a/b` -> `/a/.wh.b`. */
export function whiteoutMarker(path: string): string {
  const i = path.lastIndexOf('/');
  return `${path.slice(0, i)}/.wh.${path.slice(i + 1)}`;
}

/** The opaque marker inside a directory: `/a` -> `/a/.wh..wh..opq`. */
export function opaqueMarker(path: string): string {
  return `${path === '/' ? '' : path}/.wh..wh..opq`;
}
