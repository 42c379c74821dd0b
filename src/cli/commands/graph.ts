/** `stagecraft graph <Dockerfile> [--target T] [--build-arg K=V]... [--legacy] [--json]` */
import { analyze, type Analysis, type BuilderMode } from '../../engine';
import { parseBuildArgs, parseCommandArgs } from '../args';
import { formatDiagnostic, formatGraph } from '../format';
import { type CliIo, readDockerfile } from '../io';

/** The stable JSON shape documented in the README (DESIGN.md §5). */
export function graphJson(analysis: Analysis, mode: BuilderMode) {
  const graph = analysis.graph;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  return {
    ok: analysis.ok,
    error: errors[0]?.message ?? null,
    mode,
    target: graph && graph.targetIndex >= 0 ? { index: graph.targetIndex, name: graph.stages[graph.targetIndex]!.displayName } : null,
    stages: (graph?.stages ?? []).map((s) => ({
      index: s.index,
      name: s.name,
      displayName: s.displayName,
      base:
        s.base.kind === 'stage'
          ? { kind: 'stage', name: s.base.name, index: s.base.index }
          : s.base.kind === 'image'
            ? { kind: 'image', name: s.base.ref }
            : { kind: 'scratch', name: 'scratch' },
      platform: s.platform ?? null,
      line: s.line,
      endLine: s.endLine,
      needed: mode === 'legacy' ? s.neededByLegacy : s.neededByBuildKit,
      neededByBuildKit: s.neededByBuildKit,
      neededByLegacy: s.neededByLegacy,
    })),
    edges: (graph?.edges ?? []).map((e) => ({
      kind: e.kind,
      from: e.from,
      to: e.to,
      line: e.line,
      reference: e.reference,
      ...(e.viaOnbuild ? { viaOnbuild: true } : {}),
    })),
    externalImages: graph?.externalImages ?? [],
    errors: errors.map((d) => ({ code: d.code, message: d.message, line: d.range.startLine, endLine: d.range.endLine })),
    warnings: analysis.diagnostics
      .filter((d) => d.severity !== 'error')
      .map((d) => ({ code: d.code, message: d.message, line: d.range.startLine })),
  };
}

export function runGraph(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(
    args,
    {
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      legacy: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    io,
  );
  if (!parsed) return 2;
  const path = parsed.positionals[0];
  const text = readDockerfile(path, io);
  if (text === undefined) return 2;
  const mode: BuilderMode = parsed.values.legacy ? 'legacy' : 'buildkit';
  const analysis = analyze({
    dockerfile: text,
    target: parsed.values.target as string | undefined,
    buildArgs: parseBuildArgs(parsed.values['build-arg'] as string[] | undefined),
    mode,
  });
  if (parsed.values.json) {
    io.stdout(JSON.stringify(graphJson(analysis, mode), null, 2));
  } else {
    for (const d of analysis.diagnostics) io.stderr(formatDiagnostic(path ?? '', d));
    if (analysis.graph) io.stdout(formatGraph(analysis.graph, mode));
  }
  return analysis.ok ? 0 : 1;
}
