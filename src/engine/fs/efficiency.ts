/**
 * Wasted space and efficiency exactly as dive computes them, so our numbers can be compared
 * with `dive <image>`. Definitions (wagoodman/dive, read for behaviour, not copied):
 *
 * dive/filetree/efficiency.go `Efficiency(trees)`:
 * - Each layer is the tree of its tar entries. Only its LEAVES are visited (a directory whose
 *   children are in the same layer is skipped; an empty one counts).
 * - A visited node adds a record to its path: a regular node weighs its tar size; a whiteout
 *   `.wh.x` counts under path x and weighs, if x was a DIRECTORY in the layers below, the sum
 *   of the sizes of everything under it, and 0 if x was a file or symlink.
 * - Per path: CumulativeSize = sum of the record sizes, minDiscoveredSize = the smallest.
 * - A path with 2 or more records is an "inefficiency".
 * - efficiency = Σ min / Σ cumulative over all paths (1 when Σ cumulative is 0).
 * dive/image/image.go `Analyze` (analysis.go in later versions):
 * - wastedBytes = Σ CumulativeSize over the inefficiencies: every copy counts, the first one too.
 * - userSizeBytes = Σ layer sizes except layer 0; wastedUserPercent = wasted / userSize.
 * runtime/ui/view/image_details.go lists the inefficiencies largest first ("Count" = records).
 * Opaque markers (`.wh..wh..`) are dropped by dive (filetree/file_node.go AddChild).
 *
 * Our layers hold bulk entries whose files are not listed, so two approximations are needed:
 * - a bulk entry's unlisted content counts as one record under its path (flag `bulk`), standing
 *   for its files, which dive would see one by one with the same totals;
 * - our opaque marker only appears when a bulk's content was emptied (`rm -rf dir/*`), which a
 *   real layer records as one whiteout per child; we count it that way: listed children by the
 *   whiteout rule above, the unlisted content as 0-byte file whiteouts on the bulk record.
 * A hole inside a bulk counts like a whiteout of a directory (its estimated size) when it held
 * several files, else like a file's (0).
 */
import { stackLayers } from './applyLayer';
import { emptyTree } from './fileTree';
import { hamtForEach } from './hamt';
import type { Image, Layer } from './layer';
import { isDirLike, totalSize } from './node';
import { childPath, parentPath, pathComponents } from './paths';
import { nodeAt } from './updateAt';
import type { FileTree, FsNode } from './types';

/** One path found in more than one layer. */
export interface Inefficiency {
  path: string;
  /** True when the path stands for a bulk entry's unlisted content. */
  bulk: boolean;
  /** How many layers hold a record for it (dive's "Count"). */
  count: number;
  /** Layer indexes of those records, in order. */
  layers: number[];
  /** Σ of the record sizes (dive's "Total Space"). */
  cumulativeSize: number;
}

/** dive's image details: efficiency score, potential wasted space, inefficient paths. */
export interface EfficiencyReport {
  /** 0..1; dive prints `int(100 * efficiency)` %. */
  efficiency: number;
  wastedBytes: number;
  /** Σ of all layer sizes. */
  sizeBytes: number;
  /** Σ of layer sizes except layer 0 (dive's definition of "not the base image"). */
  userSizeBytes: number;
  /** wasted / user size; 0 when the user size is 0 (dive would divide by zero). */
  wastedUserPercent: number;
  /** Largest cumulative size first; ties by path. */
  inefficiencies: Inefficiency[];
}

interface Rec {
  key: string;
  treePath: string;
  size: number;
}

const BULK = '\u0000bulk';

function bulkRecord(path: string, size: number): Rec {
  return { key: path + BULK, treePath: childPath(path, BULK), size };
}

function addSubtree(out: Rec[], path: string, node: FsNode): void {
  out.push({ key: path, treePath: path, size: node.kind === 'file' ? node.size : 0 });
  if (node.kind === 'bulk' && (node.size > 0 || node.fileCount > 0)) out.push(bulkRecord(path, node.size));
  if (isDirLike(node)) hamtForEach(node.children, (name, child) => addSubtree(out, childPath(path, name), child));
}

function whiteoutSize(lower: FsNode | undefined, hiddenSize: number, hiddenCount: number): number {
  if (lower === undefined) return hiddenCount > 1 ? hiddenSize : 0;
  return isDirLike(lower) ? totalSize(lower) : 0;
}

/** The records dive would see in one layer's tar (before keeping only the leaves). */
function layerRecords(layer: Layer, below: FileTree): Rec[] {
  const out: Rec[] = [];
  for (const c of layer.changes) {
    if (c.op === 'put') {
      if (c.deep) addSubtree(out, c.path, c.node);
      else {
        out.push({ key: c.path, treePath: c.path, size: 0 });
        if (c.node.kind === 'bulk' && c.size > 0) out.push(bulkRecord(c.path, c.size));
      }
    } else if (c.op === 'whiteout') {
      const lower = nodeAt(below.root, pathComponents(c.path));
      out.push({ key: c.path, treePath: c.path, size: whiteoutSize(lower, c.hiddenSize, c.hiddenCount) });
    } else {
      const lower = nodeAt(below.root, pathComponents(c.path));
      if (!isDirLike(lower)) continue;
      hamtForEach(lower.children, (name, child) => {
        const p = childPath(c.path, name);
        out.push({ key: p, treePath: p, size: whiteoutSize(child, 0, 0) });
      });
      if (lower.kind === 'bulk') out.push(bulkRecord(c.path, 0));
    }
  }
  return out;
}

function leaves(records: Rec[]): Rec[] {
  const hasChild = new Set<string>();
  for (const r of records) {
    for (let p = r.treePath; p !== '/'; ) {
      p = parentPath(p);
      if (hasChild.has(p)) break;
      hasChild.add(p);
    }
  }
  // dive never visits the root node.
  return records.filter((r) => r.treePath !== '/' && !hasChild.has(r.treePath));
}

interface PathData {
  inefficiency: Inefficiency;
  min: number;
}

/** dive's efficiency analysis of an image (layers stacked on `base`, empty by default). */
export function efficiency(image: Image, base: FileTree = emptyTree()): EfficiencyReport {
  const stacked = stackLayers(image, base);
  const byPath = new Map<string, PathData>();
  const inefficient: Inefficiency[] = [];
  image.layers.forEach((layer, index) => {
    const below = index === 0 ? base : (stacked[index - 1] as FileTree);
    for (const rec of leaves(layerRecords(layer, below))) {
      let data = byPath.get(rec.key);
      if (data === undefined) {
        const bulk = rec.key.endsWith(BULK);
        const path = bulk ? rec.key.slice(0, -BULK.length) : rec.key;
        data = { inefficiency: { path, bulk, count: 0, layers: [], cumulativeSize: 0 }, min: -1 };
        byPath.set(rec.key, data);
      }
      const ineff = data.inefficiency;
      ineff.cumulativeSize += rec.size;
      if (data.min < 0 || rec.size < data.min) data.min = rec.size;
      ineff.count++;
      ineff.layers.push(index);
      if (ineff.count === 2) inefficient.push(ineff);
    }
  });
  let minimum = 0;
  let discovered = 0;
  for (const data of byPath.values()) {
    minimum += data.min;
    discovered += data.inefficiency.cumulativeSize;
  }
  let sizeBytes = 0;
  let userSizeBytes = 0;
  image.layers.forEach((layer, i) => {
    sizeBytes += layer.size;
    if (i !== 0) userSizeBytes += layer.size;
  });
  const wastedBytes = inefficient.reduce((sum, x) => sum + x.cumulativeSize, 0);
  inefficient.sort((a, b) => b.cumulativeSize - a.cumulativeSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    wastedBytes,
    sizeBytes,
    userSizeBytes,
    wastedUserPercent: userSizeBytes > 0 ? wastedBytes / userSizeBytes : 0,
    inefficiencies: inefficient,
  };
}
