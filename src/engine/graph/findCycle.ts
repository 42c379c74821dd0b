/**
 * BuildKit's validateCircularDependency (dockerfile2llb): a depth-first walk over the COPY --from
 * and RUN --mount dependencies (not FROM bases), started from each stage in file order. The error
 * names the stage the walk started from, which is not always a stage on the cycle itself.
 */

export interface DependencyEdge {
  to: number;
  line: number;
}

/** Returns the starting stage and the lines of the instructions on the path, or undefined. */
export function findCycle(deps: readonly DependencyEdge[][]): { stage: number; lines: number[] } | undefined {
  const visited = new Set<number>();
  const onPath = new Set<number>();

  const visit = (stage: number, path: number[]): number[] | undefined => {
    if (visited.has(stage)) return undefined;
    visited.add(stage);
    onPath.add(stage);
    for (const edge of deps[stage] ?? []) {
      const next = [...path, edge.line];
      if (onPath.has(edge.to)) return next;
      const found = visit(edge.to, next);
      if (found) return found;
    }
    onPath.delete(stage);
    return undefined;
  };

  for (let stage = 0; stage < deps.length; stage++) {
    const lines = visit(stage, []);
    if (lines) return { stage, lines };
  }
  return undefined;
}
