/**
 * BuildKit's variable expansion and word splitting (frontend/dockerfile/shell/lex.go), the
 * environments it reads, and the build-arg scopes of dockerfile2llb.
 */
export {
  EMPTY_ENV,
  envFromPairs,
  envFromSlice,
  envKeys,
  envToSlice,
  getEnv,
  hasEnv,
  setEnv,
  setEnvInPlace,
  unsetEnv,
  type Env,
  type EnvEntry,
  type EnvLookup,
} from './env';
export type { EscapeToken, LexOptions } from './lexOptions';
export { Lexer } from './lexer';
export {
  expandForDisplay,
  processWord,
  processWords,
  processWordWithMatches,
  type ExpandFailure,
  type ExpandResult,
  type ExpandSuccess,
  type FullExpandResult,
  type WordsResult,
  type WordsSuccess,
} from './processWord';
export {
  argHistoryText,
  buildArgValue,
  buildGlobalScope,
  NON_ENV_ARGS,
  resolveStageArg,
  runHistoryArgs,
  type ArgDeclaration,
  type ArgSource,
  type BuildArgs,
  type GlobalScopeInput,
  type GlobalScopeResult,
  type MetaArg,
  type StageArg,
  type StageArgContext,
  type StageArgResult,
} from './buildArgs';
export {
  AUTOMATIC_ARGS,
  automaticArgs,
  DEFAULT_PLATFORM,
  formatPlatform,
  formatPlatformAll,
  type PlatformSpec,
} from './platformArgs';
export { isProxyArg, PROXY_ARGS, proxyEnvFromBuildArgs } from './proxyArgs';
