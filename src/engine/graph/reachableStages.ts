/**
 * Which stages BuildKit builds for a target (allReachableStages + resolveStages in convert.go):
 * the target, its FROM-stage chain and everything reachable through COPY --from and RUN --mount,
 * plus the dependencies ONBUILD triggers of a same-file base stage add to the stage built FROM it.
 */
import type { DependencyEdge } from './findCycle';
import type { GraphOptions, StageInput } from './graphInput';
import { resolveReference } from './resolveReferences';
import type { GraphEdge, GraphStage } from './types';

export function reachableStages(
  inputs: readonly StageInput[],
  stages: readonly GraphStage[],
  deps: DependencyEdge[][],
  edges: GraphEdge[],
  targetIndex: number,
  byName: ReadonlyMap<string, number>,
  options: GraphOptions,
): Set<number> {
  const onbuildApplied = new Set<number>();
  for (;;) {
    const reached = new Set<number>();
    const visit = (index: number) => {
      if (index < 0 || reached.has(index)) return;
      reached.add(index);
      const base = stages[index]!.base;
      if (base.kind === 'stage') visit(base.index);
      for (const dep of deps[index] ?? []) visit(dep.to);
    };
    visit(targetIndex);

    // ONBUILD triggers of a base stage run in the child and may add new dependencies.
    let added = false;
    for (const index of reached) {
      const base = stages[index]!.base;
      if (base.kind !== 'stage' || onbuildApplied.has(index)) continue;
      onbuildApplied.add(index);
      for (const reference of inputs[base.index]!.onbuildReferences) {
        const { resolved } = resolveReference(reference, inputs.length, byName, options);
        if (!resolved) continue;
        const from = resolved.kind === 'stage' ? resolved.index : resolved.ref;
        edges.push({ kind: reference.kind, from, to: index, line: reference.line, reference: reference.from, viaOnbuild: true });
        if (resolved.kind === 'stage') {
          deps[index]!.push({ to: resolved.index, line: reference.line });
          added = true;
        }
      }
    }
    if (!added) return reached;
  }
}
