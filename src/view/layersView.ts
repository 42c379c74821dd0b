/**
 * The layers panel's view models: a stage image's `docker history` rows (from the report) and the
 * files of one layer (the engine's `layerEntries`) or of the whole image (`walk` of its tree),
 * with the sort and search the file browser offers. Sizes are the engine's; nothing is recomputed.
 */
import { humanSize } from '../engine/report/humanSize';
import type { ImageReport, StageImage } from '../engine';
import { layerEntries, walk, type Entry, type FileTree, type LayerEntry } from '../engine/fs';
import { treeAtLayer } from '../engine/report/fileDetails';

export interface LayerRow {
  index: number;
  createdBy: string;
  size: number;
  sizeText: string;
  /** Dockerfile line that made it (absent for base-image layers). */
  line?: number;
  emptyLayer: boolean;
  estimated: boolean;
  sizeSource: string;
  /** The engine kept this layer's changes, so its files can be browsed. */
  hasFiles: boolean;
}

export function toLayerRows(report: ImageReport | undefined, image: StageImage | undefined): LayerRow[] {
  if (!report) return [];
  return report.history.map((row, index) => ({
    index,
    createdBy: row.createdBy,
    size: row.size,
    sizeText: row.sizeText,
    ...(row.line !== undefined ? { line: row.line } : {}),
    emptyLayer: row.emptyLayer,
    estimated: row.estimated,
    sizeSource: row.sizeSource,
    hasFiles: image?.layers[index]?.diff !== undefined,
  }));
}

export interface FileRow {
  path: string;
  kind: Entry['kind'] | 'in-bulk';
  /** Layer view only: how the layer changes the path. */
  status?: 'added' | 'modified' | 'removed';
  size: number;
  sizeText: string;
  /** Bulk entries: how many files the one row stands for and where the figures come from. */
  fileCount?: number;
  source?: string;
  /** The bulk entry this row lies inside (shown when that bulk row is expanded). */
  insideBulk?: string;
}

function bulkParent(path: string, bulks: readonly string[]): string | undefined {
  return bulks.find((b) => path.startsWith(`${b}/`));
}

function toRow(path: string, kind: FileRow['kind'], size: number, entry: Entry | undefined, bulks: string[]): FileRow {
  const row: FileRow = { path, kind, size, sizeText: humanSize(size) };
  if (entry?.kind === 'bulk') {
    row.fileCount = entry.fileCount;
    row.source = entry.source;
  }
  const parent = bulkParent(path, bulks);
  if (parent !== undefined) row.insideBulk = parent;
  if (entry?.kind === 'bulk') bulks.push(path);
  return row;
}

/** The rows of one layer: what it adds, modifies and removes (directories left out). */
export function toLayerFileRows(entries: readonly LayerEntry[]): FileRow[] {
  const bulks: string[] = [];
  const rows: FileRow[] = [];
  for (const e of entries) {
    if (e.kind === 'dir' && e.status !== 'removed') continue;
    const row = toRow(e.path, e.kind, e.status === 'removed' ? (e.hiddenSize ?? 0) : e.size, e.entry, bulks);
    row.status = e.status;
    rows.push(row);
  }
  return rows;
}

/** Files of the image layer at `index`, or [] when the engine kept no diff for it. */
export function layerFiles(image: StageImage | undefined, index: number): FileRow[] {
  const diff = image?.layers[index]?.diff;
  return diff ? toLayerFileRows(layerEntries(diff)) : [];
}

/** The whole image's files (every layer stacked), directories left out. */
export function imageFiles(image: StageImage | undefined): FileRow[] {
  return image ? treeFiles(image.tree) : [];
}

function treeFiles(tree: FileTree, marks?: ReadonlyMap<string, FileRow['status']>): FileRow[] {
  const bulks: string[] = [];
  const rows: FileRow[] = [];
  for (const entry of walk(tree)) {
    if (entry.kind === 'dir') continue;
    const row = toRow(entry.path, entry.kind, entry.size, entry, bulks);
    const status = marks?.get(entry.path);
    if (status !== undefined) row.status = status;
    rows.push(row);
  }
  return rows;
}

/**
 * dive's aggregated view: every file of the image as it stands after layer `index`, the ones that
 * layer adds or modifies marked, and the ones it removes listed (struck through) with a D mark.
 */
export function cumulativeFiles(image: StageImage | undefined, index: number): FileRow[] {
  if (!image) return [];
  const diff = image.layers[index]?.diff;
  const changes = diff ? toLayerFileRows(layerEntries(diff)) : [];
  const marks = new Map(changes.filter((c) => c.status !== 'removed').map((c) => [c.path, c.status]));
  const rows = treeFiles(treeAtLayer(image, index), marks);
  return [...rows, ...changes.filter((c) => c.status === 'removed')];
}

export interface FileQuery {
  search: string;
  sort: 'path' | 'size';
  /** Bulk rows whose listed children are shown. */
  expanded: ReadonlySet<string>;
}

/** Search (case-insensitive substring of the path), sort, and hide the insides of closed bulks. */
export function filterFileRows(rows: readonly FileRow[], query: FileQuery): FileRow[] {
  const needle = query.search.trim().toLowerCase();
  const out = rows.filter((r) => {
    if (needle !== '' && !r.path.toLowerCase().includes(needle)) return false;
    return r.insideBulk === undefined || needle !== '' || query.expanded.has(r.insideBulk);
  });
  if (query.sort === 'size') out.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
  return out;
}
