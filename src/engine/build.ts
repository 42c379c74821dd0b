/**
 * The simulated `docker build`: Dockerfile text, a build context and the build options in; the
 * analysis, the build result (stages, steps, events, log), the cache store for the next build,
 * and the report out. Pure and deterministic (same input, byte-identical output), and it never
 * throws: problems are diagnostics, an unexpected internal error is SC5007.
 */
import type { Analysis, BuilderMode } from './analysis';
import { analyzeDockerfile } from './analyze';
import { emptyCache, type CacheStore } from './cache';
import type { BuildContext } from './context';
import { diagnostic, lineRange } from './diagnostics';
import { utf8Length } from './fs';
import type { BuildReport } from './report';
import type { BuildResult, CommandRunner } from './simulate';
import { failedBuild, simulateAnalysis } from './simulateAnalysis';

export interface BuildInput {
  dockerfile: string;
  /** The build context as the user has it (its .dockerignore is applied here). */
  context?: BuildContext;
  /** `--target`; absent means the last stage. */
  target?: string;
  /** `--build-arg K=V`. */
  buildArgs?: Record<string, string>;
  /** `buildkit` (default) or the `legacy` builder's stage selection and sequential order. */
  mode?: BuilderMode;
  /** `--no-cache`. */
  noCache?: boolean;
  /** `--no-cache-filter` stage names. */
  noCacheFilter?: string[];
  /** The cache store a previous build returned (an empty cache when absent). */
  cache?: CacheStore;
  /** The simulated shell; defaults to simulate/run's `runCommand` (tests may pass a stub). */
  runCommand?: CommandRunner;
}

export interface BuildOutput {
  analysis: Analysis;
  build: BuildResult;
  /** The cache store to pass to the next build. */
  cache: CacheStore;
  /** Null when no image was produced. */
  report: BuildReport | null;
}

/**
 * Simulate `docker build` for one Dockerfile and context.
 *
 * @example
 * const first = buildImage({ dockerfile: 'FROM alpine:3.19\nRUN apk add --no-cache curl\n' });
 * const second = buildImage({ dockerfile: 'FROM alpine:3.19\nRUN apk add --no-cache curl\n', cache: first.cache });
 * second.build.stages[0]?.steps.every((s) => s.cached); // true
 */
export function buildImage(input: BuildInput): BuildOutput {
  let analysis: Analysis;
  try {
    analysis = analyzeDockerfile({ dockerfile: input.dockerfile, target: input.target, buildArgs: input.buildArgs, mode: input.mode });
  } catch (error) {
    analysis = analyzeDockerfile({ dockerfile: '' });
    const d = diagnostic('SC5007', `internal simulator error: ${error instanceof Error ? error.message : String(error)}`, lineRange(1));
    return { analysis, build: failedBuild(d, [d]), cache: input.cache ?? emptyCache(), report: null };
  }
  const built = simulateAnalysis(analysis, {
    ...(input.context !== undefined ? { context: input.context } : {}),
    buildArgs: input.buildArgs,
    mode: input.mode,
    noCache: input.noCache,
    noCacheFilter: input.noCacheFilter,
    cache: input.cache,
    runCommand: input.runCommand,
    dockerfileBytes: utf8Length(input.dockerfile),
  });
  return { analysis, build: built.result, cache: built.cache, report: built.report };
}
