/**
 * Expanding a COPY/ADD source against the build context the way BuildKit's file op does
 * (fsutil `copy.ResolveWildcards`): the source is cleaned and split at its first path segment
 * holding an unescaped `*`, `?` or `[`. The part before is a plain directory; below it every
 * entry is visited in Go walk order and its path relative to that directory is tested with Go's
 * `filepath.Match` against the rest of the pattern. A matching directory is taken whole (its
 * subtree is not searched further). Malformed patterns simply match nothing.
 */
import { childrenByDir, contextPath, type BuildContext } from './buildContext';
import { containsWildcards, goPathMatch } from './goMatch';
import { cleanPath } from './goText';

export interface CopySourceMatch {
  /** Whether the source holds wildcard syntax (otherwise it names one path). */
  hasWildcards: boolean;
  /**
   * Matched context paths (relative, no leading `/`), in the order BuildKit copies them. For a
   * source without wildcards: the path itself when it exists (`.` for the context root).
   */
  matches: string[];
  /**
   * False when the directory before the first wildcard segment does not exist; BuildKit then
   * fails with a `no such file or directory` error instead of matching nothing.
   */
  baseExists: boolean;
}

/** Expand `source` (as written in COPY, e.g. `src/*.go`, `/app/**`, `./[ab]?.txt`). */
export function matchCopySource(source: string, context: BuildContext): CopySourceMatch {
  const { base, rest } = splitWildcards(source);
  const baseKey = contextPath(base);
  const baseIsRoot = cleanPath(`/${base}`) === '/';
  const baseIsDir = baseIsRoot || (baseKey !== null && context.dirs.has(baseKey));
  const baseExists = baseIsDir || (baseKey !== null && context.files.has(baseKey));
  if (rest === '') {
    const matches = baseExists ? [baseIsRoot ? '.' : (baseKey as string)] : [];
    return { hasWildcards: false, matches, baseExists };
  }
  const matches: string[] = [];
  if (baseIsDir) {
    const children = childrenByDir(context);
    const root = baseIsRoot ? '' : (baseKey as string);
    const prefixLength = root === '' ? 0 : root.length + 1;
    const visit = (dir: string): void => {
      for (const entry of children.get(dir) ?? []) {
        if (goPathMatch(rest, entry.path.slice(prefixLength)) === 'match') matches.push(entry.path);
        else if (entry.isDir) visit(entry.path);
      }
    };
    visit(root);
  }
  return { hasWildcards: true, matches, baseExists };
}

/** fsutil's splitWildcards: `(dir before the first wildcard segment, the rest)`. */
function splitWildcards(source: string): { base: string; rest: string } {
  const parts = (source === '' ? '' : cleanPath(source)).split('/');
  const before: string[] = [];
  const after: string[] = [];
  let found = false;
  for (const part of parts) {
    if (!found && containsWildcards(part)) found = true;
    (found ? after : before).push(part === '' ? '/' : part);
  }
  return { base: joinGo(before), rest: joinGo(after) };
}

/** Go's filepath.Join: join the non-empty elements with `/` and clean; '' when all are empty. */
function joinGo(elements: readonly string[]): string {
  const nonEmpty = elements.filter((e) => e !== '');
  return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}
