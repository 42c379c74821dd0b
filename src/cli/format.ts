/** Text formatting of engine values for the terminal. */
import type { Diagnostic, GraphStage, StageGraph } from '../engine';

/** `Dockerfile:12: error: message [SC2001]` */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  return `${path}:${d.range.startLine}: ${d.severity}: ${d.message} [${d.code}]`;
}

function describeBase(graph: StageGraph, stage: GraphStage): string {
  const base = stage.base;
  if (base.kind === 'scratch') return 'scratch';
  if (base.kind === 'stage') return `stage ${graph.stages[base.index]?.displayName ?? base.name}`;
  return `image ${base.ref}`;
}

/** A readable listing of stages and edges. */
export function formatGraph(graph: StageGraph, mode: 'buildkit' | 'legacy'): string {
  const lines: string[] = [];
  const target = graph.stages[graph.targetIndex];
  lines.push(`target: ${target ? target.displayName : '(none)'} (${mode === 'legacy' ? 'legacy builder' : 'BuildKit'})`);
  for (const stage of graph.stages) {
    const needed = mode === 'legacy' ? stage.neededByLegacy : stage.neededByBuildKit;
    lines.push(`  [${stage.index}] ${stage.displayName.padEnd(16)} FROM ${describeBase(graph, stage)}  (lines ${stage.line}-${stage.endLine})${needed ? '' : '  -- skipped'}`);
  }
  const deps = graph.edges.filter((e) => e.kind !== 'from');
  if (deps.length > 0) lines.push('edges:');
  for (const edge of deps) {
    const from = typeof edge.from === 'number' ? graph.stages[edge.from]?.displayName : `image ${edge.from}`;
    lines.push(`  ${from} -> ${graph.stages[edge.to]?.displayName}  (${edge.kind}, line ${edge.line}${edge.viaOnbuild ? ', ONBUILD' : ''})`);
  }
  return lines.join('\n');
}
