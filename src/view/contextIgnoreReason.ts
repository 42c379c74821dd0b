/**
 * Why `.dockerignore` leaves a path out: the pattern (and its line) that decided, found the way
 * BuildKit's context walk decides (patternmatcher's MatchesUsingParentResults, parent results
 * carried down, a wholly excluded folder skipped). The last pattern that matched wins, so that is
 * the one to name.
 */
import { createMatcher, type DockerignoreMatcher, type IgnorePattern, type MatchInfo } from '../engine/context';

export interface IgnoreReason {
  /** The pattern as BuildKit reads it (trimmed and cleaned: `bin/` reads as `bin`). */
  pattern: string;
  /** The line as the ignore file has it (trimmed), which is what the person wrote. */
  written: string;
  /** 1-based line in the ignore file. */
  line: number;
  /** The ignore file's path in the context. */
  file: string;
  /** Set when the path lies in a folder the pattern excludes as a whole (BuildKit never enters it). */
  viaDir?: string;
}

/** The patterns the matcher accepted, in its order (refused ones are left out, as the matcher does). */
export function acceptedPatterns(patterns: readonly IgnorePattern[]): IgnorePattern[] {
  return patterns.filter((p) => {
    const single = createMatcher([p]);
    return single.errors.length === 0 && single.patterns.length === 1;
  });
}

function lastMatch(info: MatchInfo): number {
  for (let i = info.length - 1; i >= 0; i--) if (info[i] === true) return i;
  return -1;
}

/**
 * The reason `path` is ignored, or null when the patterns keep it. `accepted` must be
 * {@link acceptedPatterns} of the patterns `matcher` was built from; `lines` are the ignore file's lines.
 */
export function ignoreReason(matcher: DockerignoreMatcher, accepted: readonly IgnorePattern[], file: string, lines: readonly string[], path: string): IgnoreReason | null {
  const reason = (info: MatchInfo, viaDir?: string): IgnoreReason | null => {
    const pattern = accepted[lastMatch(info)];
    if (!pattern) return null;
    const found: IgnoreReason = { pattern: pattern.pattern, written: (lines[pattern.line - 1] ?? pattern.pattern).trim(), line: pattern.line, file };
    if (viaDir !== undefined) found.viaDir = viaDir;
    return found;
  };
  const parts = path.split('/');
  let info: MatchInfo | undefined;
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    const result = matcher.matchesUsingParentResults(dir, info);
    if (result.matched && matcher.skipsSubtree(dir)) return reason(result.info, dir);
    info = result.info;
  }
  const result = matcher.matchesUsingParentResults(path, info);
  return result.matched ? reason(result.info) : null;
}

/** The tooltip for an ignored entry, naming the pattern and its line. */
export function describeIgnoreReason(reason: IgnoreReason): string {
  const where = `${reason.file}, line ${reason.line}: ${reason.written}`;
  return reason.viaDir === undefined
    ? `Ignored by ${where}`
    : `Ignored: inside ${reason.viaDir}/, excluded by ${where}`;
}
