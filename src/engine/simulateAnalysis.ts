/**
 * The simulated build of an analysed Dockerfile: apply the context's .dockerignore, plan the
 * stages, simulate them against the cache and report on the images. Shared by `buildImage`
 * (build.ts) and `analyze()` when its input asks for a build. Never throws.
 */
import type { Analysis, AnalysisBuild, BuildOptions } from './analysis';
import { emptyCache } from './cache';
import { emptyBuildContext, getContextFile, resolveBuildContext, type BuildContext } from './context';
import { utf8Length } from './fs';
import { diagnostic, lineRange, type Diagnostic } from './diagnostics';
import { planBuild } from './plan';
import { buildReport } from './report';
import { SIMULATED_BANNER, simulateBuild, type BuildResult, type CommandRunner } from './simulate';
import { runCommand } from './simulate/run';

export interface SimulateAnalysisOptions extends BuildOptions {
  buildArgs?: Record<string, string>;
  mode?: 'buildkit' | 'legacy';
  /** Bytes of the Dockerfile (the log's first block). */
  dockerfileBytes?: number;
  /** The simulated shell; defaults to simulate/run's `runCommand` (tests may pass a stub). */
  runCommand?: CommandRunner;
}

const resolvedContexts = new WeakMap<BuildContext, ReturnType<typeof resolveBuildContext>>();
const EMPTY_CONTEXT = emptyBuildContext();

/**
 * The context after .dockerignore, memoised per context value: the trees and checksums built
 * from it are reused by the next build of the same context (the UI rebuilds on every edit).
 */
function resolveContext(context: BuildContext): ReturnType<typeof resolveBuildContext> {
  let resolved = resolvedContexts.get(context);
  if (resolved === undefined) {
    resolved = resolveBuildContext(context, 'Dockerfile');
    resolvedContexts.set(context, resolved);
  }
  return resolved;
}

function ignoreFileBytes(context: BuildContext, path: string): number {
  const file = getContextFile(context, path);
  return file?.size ?? utf8Length(file?.content ?? '');
}

export function failedBuild(error: Diagnostic, diagnostics: Diagnostic[], targetIndex = -1): BuildResult {
  return {
    ok: false, error, targetIndex, stages: [], events: [], totalMs: 0, savedByCacheMs: 0, diagnostics,
    log: [SIMULATED_BANNER, `ERROR: failed to solve: ${error.message}`],
    logAtMs: [0, 0],
  };
}

function simulateOrThrow(analysis: Analysis, options: SimulateAnalysisOptions): AnalysisBuild {
  const store = options.cache ?? emptyCache();
  const plan = planBuild(analysis, { mode: options.mode, noCache: options.noCache, noCacheFilter: options.noCacheFilter });
  const resolved = resolveContext(options.context ?? EMPTY_CONTEXT);
  const contextProblems: Diagnostic[] = [...resolved.diagnostics];
  const firstError = analysis.diagnostics.find((d) => d.severity === 'error');
  if (firstError !== undefined) {
    return { plan, result: failedBuild(firstError, contextProblems, analysis.graph?.targetIndex ?? -1), cache: store, report: null };
  }
  if (resolved.error !== undefined) {
    const error = diagnostic('SC5001', resolved.error, lineRange(1));
    return { plan, result: failedBuild(error, [...contextProblems, error]), cache: store, report: null };
  }
  const { build, cache } = simulateBuild({
    analysis,
    plan,
    context: resolved.context,
    buildArgs: options.buildArgs ?? {},
    store,
    runCommand: options.runCommand ?? runCommand,
    ...(options.dockerfileBytes !== undefined ? { dockerfileBytes: options.dockerfileBytes } : {}),
    ...(resolved.ignoreFile ? { dockerignoreBytes: ignoreFileBytes(options.context ?? EMPTY_CONTEXT, resolved.ignoreFile) } : {}),
  });
  build.diagnostics.unshift(...contextProblems);
  const report = build.stages.some((s) => s.image !== undefined) ? buildReport(build) : null;
  return { plan, result: build, cache, report };
}

/** Simulate the build of `analysis`; an unexpected internal error becomes SC5007. */
export function simulateAnalysis(analysis: Analysis, options: SimulateAnalysisOptions = {}): AnalysisBuild {
  try {
    return simulateOrThrow(analysis, options);
  } catch (error) {
    const message = `internal simulator error: ${error instanceof Error ? error.message : String(error)}`;
    const d = diagnostic('SC5007', message, lineRange(1));
    const plan = { mode: options.mode ?? 'buildkit', targetIndex: -1, stages: [], order: [], waves: [], images: [], diagnostics: [] };
    return { plan, result: failedBuild(d, [d]), cache: options.cache ?? emptyCache(), report: null };
  }
}
