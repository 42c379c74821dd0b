/**
 * Readable text dumps of trees and layers, for golden files and test failures. One line per
 * entry, in tree order; digests shortened to 12 hex digits.
 */
import { walk } from './fileTree';
import type { Layer } from './layer';
import { layerEntries } from './layerEntries';
import type { Entry, FileTree } from './types';

function mode(m: number): string {
  return m.toString(8).padStart(4, '0');
}

/** What to include in a dump. */
export interface DumpOptions {
  /** Add `@mtime` to each line (off by default: mtimes rarely matter to a reader). */
  mtime?: boolean;
}

function describe(e: Entry, options: DumpOptions = {}): string {
  const time = options.mtime ? ` @${e.mtime}` : '';
  const head = `${e.kind.padEnd(7)} ${mode(e.mode)} ${e.uid}:${e.gid}${time}`;
  switch (e.kind) {
    case 'file':
      return `${head} ${e.size}B ${e.digest.slice(0, 12)} ${e.path}`;
    case 'symlink':
      return `${head} ${e.path} -> ${e.target}`;
    case 'dir':
      return `${head} ${e.path}/`;
    case 'bulk':
      return `${head} ${e.size}B ${e.fileCount} files ${e.path}/ [${e.source}]${e.holes.map((h) => ` -${h.path}(${h.size}B/${h.fileCount})`).join('')} ${e.digest.slice(0, 12)}`;
  }
}

/** Every entry below `path`, one per line. */
export function dumpTree(tree: FileTree, path = '/', options: DumpOptions = {}): string {
  const lines: string[] = [];
  for (const e of walk(tree, path)) lines.push(describe(e, options));
  return lines.join('\n');
}

const MARK = { added: '+', modified: '~', removed: '-' } as const;

/** A layer as `+`/`~`/`-` rows with their sizes, then the total. */
export function dumpLayer(layer: Layer): string {
  const lines = layerEntries(layer).map((row) => {
    if (row.status === 'removed') return `- ${row.marker} (hides ${row.hiddenSize}B)`;
    return `${MARK[row.status]} ${row.entry ? describe(row.entry) : row.path} +${row.size}B`;
  });
  lines.push(`= ${layer.size}B`);
  return lines.join('\n');
}
