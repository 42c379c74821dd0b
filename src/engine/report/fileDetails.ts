/**
 * Where a file in an image came from: the filesystem as it stood after any one layer (dive's
 * "aggregated" view), every layer that wrote or removed a path, and for one path the whole story:
 * which stage and instruction made it, which layer brought the current version into this image
 * (a `COPY --from` when the maker was another stage) and its content when the simulator kept it.
 */
import { applyLayer, emptyTree, getEntry, isWithin, type ChangeStatus, type Entry, type EntryOrigin, type FileTree, type Layer } from '../fs';
import type { StageImage } from '../simulate';

// Trees are immutable values, so a stacked tree can be kept per image and row: the file browser
// and the file details both ask for the same one.
const stacked = new WeakMap<StageImage, Map<number, FileTree>>();

/** The filesystem after the image's layer `index` (a `docker history` row, oldest first). */
export function treeAtLayer(image: StageImage, index: number): FileTree {
  let byRow = stacked.get(image);
  if (byRow === undefined) {
    byRow = new Map();
    stacked.set(image, byRow);
  }
  let tree = byRow.get(index);
  if (tree === undefined) {
    tree = stackUpTo(image, index);
    byRow.set(index, tree);
  }
  return tree;
}

function stackUpTo(image: StageImage, index: number): FileTree {
  const stepDiffs = new Set<Layer>();
  for (const row of image.layers) if (row.diff) stepDiffs.add(row.diff);
  // A config-only row (ENV, LABEL) changes no files: the tree is the one after the last diff before it.
  let target: Layer | undefined;
  for (let i = Math.min(index, image.layers.length - 1); i >= 0 && target === undefined; i--) target = image.layers[i]?.diff;
  let tree = emptyTree();
  for (const layer of image.fsLayers) {
    // A base-image row has no diff of its own: the base's files are the skeleton layer, which no
    // history row references; stop before the first step's layer.
    if (target === undefined && stepDiffs.has(layer)) break;
    tree = applyLayer(tree, layer);
    if (layer === target) break;
  }
  return tree;
}

/** One layer's effect on a path. */
export interface PathChange {
  /** Index of the `docker history` row. */
  layerIndex: number;
  status: ChangeStatus;
  createdBy: string;
  /** Stage and Dockerfile line of the instruction (absent for base-image layers). */
  stageIndex?: number;
  line?: number;
}

/** How layer `layer` touches `path`: written (itself or inside a new directory) or removed. */
function changeOf(layer: Layer, path: string): ChangeStatus | undefined {
  let status: ChangeStatus | undefined;
  for (const c of layer.changes) {
    if (c.op === 'put') {
      if (c.path === path || (c.deep && isWithin(path, c.path))) status = c.status === 'modified' && c.path !== path ? 'added' : c.status;
    } else if (isWithin(path, c.path) && (c.op === 'whiteout' || c.path !== path)) {
      status = 'removed';
    }
  }
  return status;
}

/** Every layer of the image that wrote or removed `path`, oldest first. */
export function pathHistory(image: StageImage, path: string): PathChange[] {
  const out: PathChange[] = [];
  image.layers.forEach((row, layerIndex) => {
    if (!row.diff) return;
    const status = changeOf(row.diff, path);
    if (status === undefined) return;
    out.push({
      layerIndex,
      status,
      createdBy: row.createdBy,
      ...(row.stageIndex !== undefined ? { stageIndex: row.stageIndex } : {}),
      ...(row.line !== undefined ? { line: row.line } : {}),
    });
  });
  return out;
}

/** Everything the engine knows about one path of an image. */
export interface FileDetails {
  /** The entry as the image has it (after `layerIndex` when given); absent when it is not there. */
  entry?: Entry;
  /** Who made it: stage, line and instruction, package, size category (the simulator's record). */
  origin?: EntryOrigin;
  /** Whether the text content is known (small files the simulator keeps, e.g. configs). */
  contentKnown: boolean;
  /** Layers that wrote or removed the path, oldest first (up to `layerIndex` when given). */
  history: PathChange[];
  /** The layer that put the current version in place; absent for base-image files. */
  arrivedIn?: PathChange;
  /**
   * The instruction that carried the file in from elsewhere: set when the layer that brought it is
   * not the instruction that made it (a `COPY --from=build`, a COPY of a file another stage wrote).
   */
  carriedBy?: PathChange;
  /** True when the file is part of the base image (no step of this Dockerfile wrote it). */
  fromBaseImage: boolean;
}

/** The details of `path` in the image, as it stands after layer `layerIndex` (default: the last). */
export function fileDetails(image: StageImage, path: string, layerIndex?: number): FileDetails {
  const upTo = layerIndex ?? image.layers.length - 1;
  const tree = layerIndex === undefined ? image.tree : treeAtLayer(image, layerIndex);
  const entry = getEntry(tree, path, { follow: false });
  const history = pathHistory(image, path).filter((c) => c.layerIndex <= upTo);
  const last = history[history.length - 1];
  const arrivedIn = entry !== undefined && last !== undefined && last.status !== 'removed' ? last : undefined;
  const origin = entry?.origin;
  // A line names one instruction of the Dockerfile, so the same line means the same instruction.
  const madeHere = arrivedIn !== undefined && origin?.line === arrivedIn.line;
  return {
    ...(entry !== undefined ? { entry } : {}),
    ...(origin !== undefined ? { origin } : {}),
    contentKnown: entry?.kind === 'file' && entry.content !== undefined,
    history,
    ...(arrivedIn !== undefined ? { arrivedIn } : {}),
    ...(arrivedIn !== undefined && !madeHere && origin?.category !== 'base' ? { carriedBy: arrivedIn } : {}),
    fromBaseImage: entry !== undefined && arrivedIn === undefined,
  };
}
