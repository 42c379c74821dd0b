/**
 * A `.dockerignore` matcher with BuildKit's semantics. The context BuildKit receives is decided
 * by fsutil's filtered walk (`filterFS.Walk`): each entry is tested with patternmatcher's
 * `MatchesUsingParentResults`, carrying the parent directory's per-pattern results down, and an
 * excluded directory is not even entered when no `!` pattern could re-include anything below it.
 * {@link DockerignoreMatcher.matches} reproduces that decision for one path.
 */
import { preparePattern, type CompiledPattern } from './compilePattern';
import {
  matchesOrParentMatches,
  matchesUsingParentResults,
  parentPrefixes,
  type EvalSink,
  type MatchInfo,
} from './evaluatePatterns';
import { cleanPath } from './goText';
import type { IgnorePattern } from './parseDockerignore';

/** A pattern patternmatcher.New refuses (BuildKit then fails the build). */
export interface PatternError {
  /** Index in the list given to {@link createMatcher}. */
  index: number;
  pattern: string;
  /** Go's error text: `syntax error in pattern` or `illegal exclusion pattern: "!"`. */
  message: string;
}

export interface DockerignoreMatcher {
  /** The accepted patterns, in order (refused ones are left out and listed in `errors`). */
  readonly patterns: readonly CompiledPattern[];
  /** Some pattern starts with `!` (patternmatcher's `Exclusions()`). */
  readonly hasExclusions: boolean;
  /** Patterns BuildKit refuses; when non-empty BuildKit fails instead of filtering. */
  readonly errors: readonly PatternError[];
  /**
   * Whether BuildKit's context transfer leaves `path` out (fsutil's walk decision). An excluded
   * directory is still sent, bare, when something below it is re-included by a `!` pattern.
   * `isDir` does not change the answer: patterns carry no directory-only form (a trailing `/` is
   * cleaned away); it is accepted for parity with the walker's callback.
   */
  matches(path: string, isDir?: boolean): boolean;
  /** patternmatcher's MatchesOrParentMatches (used by the CopyIgnoredFile check). */
  matchesOrParentMatches(path: string): boolean;
  /** patternmatcher's MatchesUsingParentResults; pass the parent directory's `info`. */
  matchesUsingParentResults(path: string, parentInfo?: MatchInfo): { matched: boolean; info: MatchInfo };
  /**
   * For a directory the patterns exclude: whether fsutil skips its whole subtree (no `!`
   * pattern can bring anything below it back), so nothing inside is sent.
   */
  skipsSubtree(dir: string): boolean;
}

/** Pattern characters fsutil looks for when deciding whether exceptions are plain prefixes. */
const PATTERN_CHARS = /[*[\]?^\\]/;

/**
 * Build a matcher from patterns as `.dockerignore` lists them (ReadAll output, e.g. from
 * {@link parseDockerignore}) or as plain strings; each goes through patternmatcher.New's trim,
 * clean and validation.
 */
export function createMatcher(patterns: readonly (string | IgnorePattern)[]): DockerignoreMatcher {
  const compiled: CompiledPattern[] = [];
  const errors: PatternError[] = [];
  patterns.forEach((entry, index) => {
    const text = typeof entry === 'string' ? entry : entry.pattern;
    const prepared = preparePattern(text);
    if (prepared.ok === true) compiled.push(prepared.pattern);
    else if (prepared.ok === false) errors.push({ index, pattern: text, message: prepared.message });
  });
  return matcherFrom(compiled, errors);
}

/** Internal: a matcher over already-prepared patterns, optionally reporting bad evaluations. */
export function matcherFrom(
  compiled: readonly CompiledPattern[],
  errors: readonly PatternError[],
  sink?: EvalSink,
): DockerignoreMatcher {
  const hasExclusions = compiled.some((p) => p.exclusion);
  const exceptions = compiled.filter((p) => p.exclusion).map((p) => withoutTrailingGlob(p.text));
  const onlyPrefixExceptions = exceptions.every((text) => !PATTERN_CHARS.test(text));

  const skipsSubtree = (dir: string): boolean => {
    if (!onlyPrefixExceptions) return false;
    if (!hasExclusions) return true;
    const dirSlash = `${dir}/`;
    return !exceptions.some((text) => `${text}/`.startsWith(dirSlash));
  };

  return {
    patterns: compiled,
    hasExclusions,
    errors,
    matches(path: string): boolean {
      const clean = normalizeRelative(path);
      if (clean === '.') return false;
      let info: MatchInfo | undefined;
      for (const dir of parentPrefixes(clean)) {
        const r = matchesUsingParentResults(compiled, dir, info, sink);
        if (r.matched && skipsSubtree(dir)) return true;
        info = r.info;
      }
      return matchesUsingParentResults(compiled, clean, info, sink).matched;
    },
    matchesOrParentMatches: (path) => matchesOrParentMatches(compiled, path, sink),
    matchesUsingParentResults: (path, parentInfo) => matchesUsingParentResults(compiled, path, parentInfo, sink),
    skipsSubtree,
  };
}

/** fsutil's patternWithoutTrailingGlob: drop one trailing `/**`, then one trailing `/*`. */
function withoutTrailingGlob(text: string): string {
  let out = text.endsWith('/**') ? text.slice(0, -3) : text;
  if (out.endsWith('/*')) out = out.slice(0, -2);
  return out;
}

/** A context path as the walker names it: relative, cleaned, no leading `/` or `./`. */
export function normalizeRelative(path: string): string {
  return cleanPath(path.replace(/^\/+/, ''));
}
