/**
 * The test behind BuildKit's CopyIgnoredFile check (dockerfile2llb `validateCopySourcePath`):
 * would this COPY/ADD context source be excluded by the ignore file? The lint rule owns the
 * message; this owns the matching so both use one engine.
 */
import type { DockerignoreMatcher } from './createMatcher';
import { cleanPath } from './goText';

/** Patterns BuildKit treats as ignoring every root entry, so `COPY . .` is flagged. */
const ROOT_WIDE = new Set(['*', '**', '**/*']);

/**
 * Whether BuildKit would warn that `source` (as written, e.g. `./Dockerfile`, `.`, `src/`) is
 * excluded. Never when the ignore file has `!` exceptions (BuildKit cannot decide statically).
 * The root (`.` or `/`) only when a plain `*`, `**` or `**` + `/*` pattern ignores everything.
 * Returns the cleaned path BuildKit names in the message, or null when it would not warn.
 */
export function copySourceIgnored(matcher: DockerignoreMatcher, source: string): string | null {
  if (matcher.hasExclusions || matcher.patterns.length === 0) return null;
  const src = cleanPath(source);
  if ((src === '.' || src === '/') && !matcher.patterns.some((p) => !p.exclusion && ROOT_WIDE.has(p.text))) {
    return null;
  }
  return matcher.matchesOrParentMatches(src) ? src : null;
}
