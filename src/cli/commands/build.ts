/**
 * `stagecraft build <Dockerfile> [--context DIR] [--target T] [--build-arg K=V]... [--no-cache]
 * [--no-cache-filter S] [--legacy] [--cache FILE] [--progress plain|json] [--json]`
 *
 * Simulates `docker build` and prints its `--progress=plain` log (or the events as JSON lines),
 * or the stable JSON summary documented in the README (DESIGN.md §5). `--cache FILE` loads and
 * saves the cache store so consecutive runs behave like consecutive `docker build`s.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildImage, type BuildOutput, emptyCache, parseCacheStore, type BuilderMode, type CacheStore } from '../../engine';
import { parseBuildArgs, parseCommandArgs } from '../args';
import { formatDiagnostic } from '../format';
import { type CliIo, readDockerfile } from '../io';
import { readContextDir } from './contextDir';

/** The stable JSON shape documented in the README. */
export function buildJson(out: BuildOutput, mode: BuilderMode) {
  const { build, report } = out;
  const target = build.stages[build.targetIndex];
  const image = target?.image;
  const errors = [...out.analysis.diagnostics, ...build.diagnostics].filter((d) => d.severity === 'error');
  return {
    ok: build.ok,
    error: build.error?.message ?? null,
    mode,
    target: target === undefined ? null : { index: target.index, name: target.name },
    totalMs: build.totalMs,
    savedByCacheMs: build.savedByCacheMs,
    stages: build.stages.map((s) => ({
      index: s.index,
      name: s.name,
      built: s.built,
      imageSize: s.image?.size ?? null,
      steps: s.steps.map((x) => ({
        line: x.line,
        instruction: x.instruction,
        label: x.label,
        cached: x.cached,
        missReason: x.missReason?.message ?? null,
        layerSize: x.layerSize,
        durationMs: x.durationMs,
        ...(x.error !== undefined ? { error: x.error } : {}),
      })),
    })),
    image:
      image === undefined
        ? null
        : {
            size: image.size,
            compressedSize: image.compressedSize,
            compressedEstimated: report?.final?.compressedEstimated ?? true,
            layers: image.layers.filter((l) => l.hasLayer).map((l) => ({ createdBy: l.createdBy, size: l.size })),
            history: image.layers.map((l) => ({ createdBy: l.createdBy, size: l.size, emptyLayer: !l.hasLayer })),
            config: image.config,
            breakdown: report?.final?.breakdown ?? [],
            efficiency: report?.final ? { score: report.final.efficiency.efficiency, wastedBytes: report.final.efficiency.wastedBytes } : null,
          },
    comparison: report?.comparison ?? [],
    errors: errors.map((d) => ({ code: d.code, message: d.message, line: d.range.startLine })),
    warnings: [...out.analysis.diagnostics, ...build.diagnostics]
      .filter((d) => d.severity !== 'error')
      .map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.range.startLine })),
  };
}

function loadCache(path: string | undefined, io: CliIo): CacheStore {
  if (path === undefined || !existsSync(path)) return emptyCache();
  const parsed = parseCacheStore(readFileSync(path, 'utf8'));
  if (parsed.error) io.stderr(`stagecraft: ignoring --cache ${path}: ${parsed.error}`);
  return parsed.store;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function runBuild(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(
    args,
    {
      context: { type: 'string' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      'no-cache': { type: 'boolean' },
      'no-cache-filter': { type: 'string', multiple: true },
      legacy: { type: 'boolean' },
      cache: { type: 'string' },
      progress: { type: 'string' },
      json: { type: 'boolean' },
    },
    io,
  );
  if (!parsed) return 2;
  const progress = (parsed.values.progress as string | undefined) ?? 'plain';
  if (progress !== 'plain' && progress !== 'json') {
    io.stderr(`stagecraft: --progress must be plain or json, not "${progress}"`);
    return 2;
  }
  const path = parsed.positionals[0];
  const dockerfile = readDockerfile(path, io);
  if (dockerfile === undefined) return 2;
  const contextDir = parsed.values.context as string | undefined;
  let context;
  if (contextDir !== undefined) {
    if (!existsSync(contextDir)) {
      io.stderr(`stagecraft: context directory ${contextDir} does not exist`);
      return 2;
    }
    const read = readContextDir(contextDir);
    for (const w of read.warnings) io.stderr(`stagecraft: ${w}`);
    context = read.context;
  }
  const cachePath = parsed.values.cache as string | undefined;
  const mode: BuilderMode = parsed.values.legacy ? 'legacy' : 'buildkit';
  const out = buildImage({
    dockerfile,
    ...(context ? { context } : {}),
    target: parsed.values.target as string | undefined,
    buildArgs: parseBuildArgs(parsed.values['build-arg'] as string[] | undefined),
    mode,
    noCache: Boolean(parsed.values['no-cache']),
    noCacheFilter: ((parsed.values['no-cache-filter'] as string[] | undefined) ?? []).flatMap((s) => s.split(',')).filter((s) => s !== ''),
    cache: loadCache(cachePath, io),
  });
  if (cachePath !== undefined) writeFileSync(cachePath, JSON.stringify(out.cache));
  if (parsed.values.json) {
    io.stdout(JSON.stringify(buildJson(out, mode), null, 2));
    return out.build.ok ? 0 : 1;
  }
  if (progress === 'json') for (const e of out.build.events) io.stdout(JSON.stringify(e));
  else io.stdout(out.build.log.join('\n'));
  for (const d of [...out.analysis.diagnostics, ...out.build.diagnostics]) if (d.severity !== 'info') io.stderr(formatDiagnostic(path ?? '', d));
  const final = out.report?.final;
  if (final) io.stdout(`\nimage: ${mb(final.size)} on disk, ${mb(final.compressedSize)} compressed${final.compressedEstimated ? ' (estimated)' : ''}; simulated time ${(out.build.totalMs / 1000).toFixed(1)} s`);
  return out.build.ok ? 0 : 1;
}
