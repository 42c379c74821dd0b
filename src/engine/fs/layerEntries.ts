/**
 * A layer as the file browser lists it: one row per entry the layer writes or removes, marked
 * added / modified / removed like dive's "layer changes" view (dive/filetree/diff.go DiffType).
 */
import { hamtForEach } from './hamt';
import type { ChangeStatus, Layer } from './layer';
import { isDirLike, ownSize, toEntry } from './node';
import { childPath } from './paths';
import type { Entry, EntryKind, FsNode } from './types';

/** One row of a layer's contents. */
export interface LayerEntry {
  path: string;
  status: ChangeStatus;
  /** Kind of the entry written, or of the one removed (`in-bulk`: part of a bulk's content). */
  kind: EntryKind | 'in-bulk';
  /** Bytes this row adds to the layer (rows sum to the layer size). */
  size: number;
  /** The entry as the layer writes it (added and modified rows). */
  entry?: Entry;
  /** Removed rows: bytes of what is hidden below (they still count in the lower layer). */
  hiddenSize?: number;
  /** Removed rows: the whiteout or opaque marker in the layer tar. */
  marker?: string;
  /** True for an opaque directory marker (everything below the path is hidden). */
  opaque?: boolean;
}

function pushSubtree(out: LayerEntry[], path: string, node: FsNode): void {
  if (!isDirLike(node)) return;
  const kids: [string, FsNode][] = [];
  hamtForEach(node.children, (k, v) => kids.push([k, v]));
  kids.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [name, child] of kids) {
    const p = childPath(path, name);
    out.push({ path: p, status: 'added', kind: child.kind, size: ownSize(child), entry: toEntry(p, child) });
    pushSubtree(out, p, child);
  }
}

/** Every entry the layer touches, in tree order; a new directory lists all its contents. */
export function layerEntries(layer: Layer): LayerEntry[] {
  const out: LayerEntry[] = [];
  for (const c of layer.changes) {
    if (c.op === 'whiteout') {
      out.push({ path: c.path, status: 'removed', kind: c.removedKind, size: 0, hiddenSize: c.hiddenSize, marker: c.marker });
    } else if (c.op === 'opaque') {
      out.push({ path: c.path, status: 'removed', kind: 'dir', size: 0, hiddenSize: c.hiddenSize, marker: c.marker, opaque: true });
    } else if (c.deep) {
      out.push({ path: c.path, status: c.status, kind: c.node.kind, size: ownSize(c.node), entry: toEntry(c.path, c.node) });
      pushSubtree(out, c.path, c.node);
    } else {
      out.push({ path: c.path, status: c.status, kind: c.node.kind, size: c.size, entry: toEntry(c.path, c.node) });
    }
  }
  // Already in tree order: changes are sorted and nothing else lies inside a deep change.
  return out;
}
