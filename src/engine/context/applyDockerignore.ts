/**
 * Filter a build context through an ignore file, reproducing what BuildKit's context transfer
 * sends (fsutil `filterFS.Walk` with the ignore patterns as ExcludePatterns):
 *
 * - entries are visited depth first in Go's name order, each decided with
 *   MatchesUsingParentResults from its parent's per-pattern results;
 * - an excluded directory whose subtree no `!` pattern can reach is skipped whole;
 * - otherwise its subtree is still walked, and when a descendant is re-included the directory
 *   is sent too (bare: its other excluded children stay out);
 * - invalid patterns fail the transfer; a pattern whose regexp cannot compile fails it only once
 *   it is evaluated against some path, as in Go.
 */
import type { Diagnostic } from '../diagnostics';
import { childrenByDir, contextWithFiles, type BuildContext, type ContextFile } from './buildContext';
import { createMatcher, matcherFrom, type DockerignoreMatcher } from './createMatcher';
import type { EvalSink, MatchInfo } from './evaluatePatterns';
import { parseDockerignore, type IgnorePattern } from './parseDockerignore';
import { selectDockerignore } from './selectDockerignore';

export interface DockerignoreResult {
  /** What BuildKit transfers: the context minus the ignored entries. */
  context: BuildContext;
  /** Paths left out (files and directories), in walk order. */
  ignored: string[];
  /** The ignore file's patterns with their lines. */
  patterns: IgnorePattern[];
  /** The matcher built from them (for CopyIgnoredFile: `matchesOrParentMatches`, `hasExclusions`). */
  matcher: DockerignoreMatcher;
  /** SC5001 diagnostics, on lines of the ignore file. */
  diagnostics: Diagnostic[];
  /** BuildKit's error when the build fails over the ignore file; `context` is then best effort. */
  error?: string;
}

/** Apply `ignoreText` (the content of the selected ignore file) to `context`. */
export function applyDockerignore(
  context: BuildContext,
  ignoreText: string,
  fileName = '.dockerignore',
): DockerignoreResult {
  const parsed = parseDockerignore(ignoreText, fileName);
  const matcher = createMatcher(parsed.patterns);
  const sink: EvalSink = { badPattern: false };
  const { kept, ignored, keptDirs } = walk(context, matcherFrom(matcher.patterns, matcher.errors, sink), sink);
  const result: DockerignoreResult = {
    context: contextWithFiles(kept, keptDirs),
    ignored,
    patterns: parsed.patterns,
    matcher,
    diagnostics: parsed.diagnostics,
  };
  const error = parsed.error ?? (sink.badPattern ? 'failed to match excludepatterns: syntax error in pattern' : undefined);
  if (error !== undefined) result.error = error;
  return result;
}

/** Select the ignore file for `dockerfilePath` and apply it (no ignore file: nothing is left out). */
export function resolveBuildContext(
  context: BuildContext,
  dockerfilePath: string,
): DockerignoreResult & { ignoreFile: string | null } {
  const selected = selectDockerignore(context, dockerfilePath);
  const path = selected?.path ?? null;
  return { ...applyDockerignore(context, selected?.text ?? '', path ?? '.dockerignore'), ignoreFile: path };
}

interface WalkResult {
  kept: Map<string, ContextFile>;
  keptDirs: string[];
  ignored: string[];
}

function walk(context: BuildContext, matcher: DockerignoreMatcher, sink: EvalSink): WalkResult {
  const children = childrenByDir(context);
  const out: WalkResult = { kept: new Map(), keptDirs: [], ignored: [] };
  const hasPatterns = matcher.patterns.length > 0;

  /** Everything below `dir` is left out (fsutil SkipDir). */
  const skipAll = (dir: string): void => {
    for (const entry of children.get(dir) ?? []) {
      out.ignored.push(entry.path);
      if (entry.isDir) skipAll(entry.path);
    }
  };

  /** Walk `dir`'s children; returns whether anything below was kept. */
  const visit = (dir: string, info: MatchInfo | undefined): boolean => {
    let keptAny = false;
    for (const entry of children.get(dir) ?? []) {
      if (sink.badPattern) return keptAny;
      const decision = hasPatterns
        ? matcher.matchesUsingParentResults(entry.path, info)
        : { matched: false, info: [] as MatchInfo };
      if (!entry.isDir) {
        if (decision.matched) out.ignored.push(entry.path);
        else {
          out.kept.set(entry.path, context.files.get(entry.path) as ContextFile);
          keptAny = true;
        }
        continue;
      }
      if (!decision.matched) {
        out.keptDirs.push(entry.path);
        visit(entry.path, decision.info);
        keptAny = true;
        continue;
      }
      if (matcher.skipsSubtree(entry.path)) {
        out.ignored.push(entry.path);
        skipAll(entry.path);
        continue;
      }
      const at = out.ignored.length;
      if (visit(entry.path, decision.info)) {
        out.keptDirs.push(entry.path);
        keptAny = true;
      } else out.ignored.splice(at, 0, entry.path);
    }
    return keptAny;
  };

  visit('', undefined);
  return out;
}
