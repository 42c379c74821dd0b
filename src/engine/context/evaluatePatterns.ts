/**
 * The two pattern-list evaluations BuildKit uses (moby/patternmatcher):
 *
 * - `MatchesOrParentMatches(path)`: a pattern applies when it matches the path or any of its
 *   parent directories. The Dockerfile frontend uses it for the CopyIgnoredFile check, and
 *   fsutil uses it when a single file is opened by name.
 * - `MatchesUsingParentResults(path, parentInfo)`: the same, except that the per-pattern
 *   results of the parent directory are carried down instead of re-testing every parent.
 *   fsutil's filtered walk, which is what sends the build context, uses this one. A pattern that
 *   was skipped for the parent (an include after the path was already excluded) is recorded as
 *   "not matched", so a child only tests it against its own path. That is why the two can
 *   disagree (docker/buildx#850), and why the context filter must use this one.
 *
 * In both, patterns are applied in order: an include pattern is only tested while the path is
 * not excluded, a `!` pattern only while it is; the last one that applies wins.
 */
import { matchPattern, type CompiledPattern } from './compilePattern';
import { cleanPath } from './goText';

/** Per-pattern results for a directory, handed to its children (patternmatcher's MatchInfo). */
export type MatchInfo = readonly boolean[];

/** Collects whether a pattern that cannot compile was evaluated (Go returns ErrBadPattern). */
export interface EvalSink {
  badPattern: boolean;
}

/** MatchesOrParentMatches for a clean, slash-separated, relative path. */
export function matchesOrParentMatches(
  patterns: readonly CompiledPattern[],
  path: string,
  sink?: EvalSink,
): boolean {
  let matched = false;
  const parents = parentPrefixes(path);
  for (const pattern of patterns) {
    if (pattern.exclusion !== matched) continue;
    let match = matchPattern(pattern, path);
    if (match === null) {
      if (sink) sink.badPattern = true;
      return false;
    }
    if (!match) match = parents.some((parent) => matchPattern(pattern, parent) === true);
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

/**
 * MatchesUsingParentResults. `parentInfo` is the parent directory's info, or undefined for a
 * top-level entry (then parents are tested directly, as MatchesOrParentMatches does).
 */
export function matchesUsingParentResults(
  patterns: readonly CompiledPattern[],
  path: string,
  parentInfo: MatchInfo | undefined,
  sink?: EvalSink,
): { matched: boolean; info: MatchInfo } {
  const info: boolean[] = new Array<boolean>(patterns.length).fill(false);
  const haveParent = parentInfo !== undefined && parentInfo.length > 0;
  let matched = false;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as CompiledPattern;
    let match = haveParent && parentInfo[i] === true;
    if (!match) {
      if (pattern.exclusion !== matched) continue;
      const own = matchPattern(pattern, path);
      if (own === null) {
        if (sink) sink.badPattern = true;
        return { matched: false, info };
      }
      match = own || (!haveParent && parentPrefixes(path).some((p) => matchPattern(pattern, p) === true));
    }
    info[i] = match;
    if (match) matched = !pattern.exclusion;
  }
  return { matched, info };
}

/**
 * The parent directories Go tests: `filepath.Dir(path)` split on `/`, as growing prefixes
 * (`a`, `a/b` for `a/b/c`); none when the parent is `.`.
 */
export function parentPrefixes(path: string): string[] {
  const parent = cleanPath(path.slice(0, path.lastIndexOf('/') + 1));
  if (parent === '.') return [];
  const dirs = parent.split('/');
  return dirs.map((_, i) => dirs.slice(0, i + 1).join('/'));
}
