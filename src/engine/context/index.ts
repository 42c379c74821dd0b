/**
 * The build context and BuildKit-exact `.dockerignore` handling: the context model, the ignore
 * file reader, the pattern matcher (moby/patternmatcher semantics, with fsutil's walk deciding
 * what is sent), the `<Dockerfile>.dockerignore` choice, and COPY wildcard expansion (Go's
 * filepath.Match). Everything here is pure.
 *
 * @example
 * const ctx = createBuildContext({ '.dockerignore': 'node_modules\n*.log\n', 'app.js': 'x', 'a.log': 'y' });
 * const { context, ignored } = resolveBuildContext(ctx, 'Dockerfile');
 * // ignored: ['a.log'] ; context.files has '.dockerignore' and 'app.js'
 */
export {
  childrenByDir,
  contextEntries,
  contextPath,
  contextSize,
  contextWithFiles,
  createBuildContext,
  emptyBuildContext,
  getContextFile,
  hasContextPath,
  type BuildContext,
  type ContextEntry,
  type ContextFile,
  type ContextFileInput,
  type CreateBuildContextOptions,
} from './buildContext';
export { parseDockerignore, type IgnorePattern, type ParsedDockerignore } from './parseDockerignore';
export { createMatcher, type DockerignoreMatcher, type PatternError } from './createMatcher';
export type { CompiledPattern, PatternKind } from './compilePattern';
export type { MatchInfo } from './evaluatePatterns';
export { DOCKERIGNORE_NAME, selectDockerignore, type SelectedDockerignore } from './selectDockerignore';
export { applyDockerignore, resolveBuildContext, type DockerignoreResult } from './applyDockerignore';
export { copySourceIgnored } from './copySourceIgnored';
export { matchCopySource, type CopySourceMatch } from './matchCopySource';
export { goPathMatch, type GoMatch } from './goMatch';
