/**
 * Selecting COPY/ADD sources in a source filesystem (the context as a tree, a stage's result or
 * an image), the way BuildKit's file op does (fsutil `copy.ResolveWildcards`): the cleaned source
 * is split at its first segment holding `*`, `?` or `[`; below that directory every entry is
 * tested with Go's `filepath.Match` and a matching directory is taken whole. A wildcard that
 * matches nothing is fine (AllowEmptyWildcard); a plain path that is missing fails when the
 * cache key is computed, with BuildKit's contenthash message (SEMANTICS.md §7).
 */
import { containsWildcards, goPathMatch } from '../context/goMatch';
import { checksumPath, listDir, locate, normalizePath, sha256Hex, walk, type FileTree } from '../fs';
import type { SourceFile } from '../cache';

export interface TreeSourceMatch {
  hasWildcards: boolean;
  /** Absolute paths in the source tree, in Go walk order. */
  matches: string[];
  /** The directory before the first wildcard segment (or the plain path) exists. */
  baseExists: boolean;
  /** The cleaned base path (what a "not found" error names). */
  base: string;
}

function splitWildcards(source: string): { base: string; rest: string[] } {
  const parts = normalizePath(`/${source}`).split('/').filter((p) => p !== '');
  const at = parts.findIndex(containsWildcards);
  if (at < 0) return { base: `/${parts.join('/')}`, rest: [] };
  return { base: `/${parts.slice(0, at).join('/')}`, rest: parts.slice(at) };
}

/** Expand one source against `tree` (paths are relative to its root, whatever the WORKDIR). */
export function matchTreeSource(tree: FileTree, source: string): TreeSourceMatch {
  const { base, rest } = splitWildcards(source);
  const at = locate(tree, base);
  const exists = at.status === 'found' || at.status === 'in-bulk';
  if (rest.length === 0) return { hasWildcards: false, matches: exists ? [base] : [], baseExists: exists, base };
  const pattern = rest.join('/');
  const matches: string[] = [];
  const visit = (dir: string, prefix: string): void => {
    for (const entry of listDir(tree, dir) ?? []) {
      const rel = prefix === '' ? entry.path.slice(entry.path.lastIndexOf('/') + 1) : `${prefix}/${entry.path.slice(entry.path.lastIndexOf('/') + 1)}`;
      if (goPathMatch(pattern, rel) === 'match') matches.push(entry.path);
      else if (entry.kind === 'dir' || entry.kind === 'bulk') visit(entry.path, rel);
    }
  };
  if (at.status === 'found' && (at.entry.kind === 'dir' || at.entry.kind === 'bulk')) visit(base, '');
  return { hasWildcards: true, matches, baseExists: exists, base };
}

/** Content checksum of what a source selected: names, modes, owners, sizes, contents; never mtimes. */
export function sourceChecksum(tree: FileTree, match: TreeSourceMatch): string {
  if (!match.hasWildcards) return checksumPath(tree, match.matches[0] ?? match.base) ?? 'missing';
  const parts = match.matches.map((m) => `${m}\u0000${checksumPath(tree, m) ?? ''}`);
  return sha256Hex(`wildcard\u0000${parts.join('\u0000')}`);
}

/** A BuildKit-looking ref id (25 base-36 characters), derived from `seed` so it is stable. */
export function refId(seed: string): string {
  const hex = sha256Hex(seed);
  let out = '';
  for (let i = 0; out.length < 25; i += 2) out += (Number.parseInt(hex.slice(i, i + 2), 16) % 36).toString(36);
  return out;
}

/** BuildKit's error for a source missing at cache-key time. */
export function notFoundMessage(seed: string, path: string): string {
  return `failed to compute cache key: failed to calculate checksum of ref ${refId(seed)}: "${path}": not found`;
}

/** At most this many files are remembered per step for miss reasons. */
const MAX_LISTED = 500;

/**
 * The files below the matched paths with their checksums, named relative to the source root
 * (`main.go`, `src/app.ts`), so a miss can say which one changed.
 */
export function listSourceFiles(tree: FileTree, matches: readonly string[], out: SourceFile[]): void {
  for (const match of matches) {
    const at = locate(tree, match);
    if (at.status !== 'found') continue;
    const entries = at.entry.kind === 'dir' || at.entry.kind === 'bulk' ? [...walk(tree, match)] : [at.entry];
    for (const e of entries) {
      if (out.length >= MAX_LISTED) return;
      if (e.kind === 'dir') continue;
      out.push({ path: e.path.slice(1), checksum: checksumPath(tree, e.path, { follow: false }) ?? '' });
    }
  }
}
