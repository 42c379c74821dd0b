/**
 * What the graph view fits on screen after its shape changes. A small graph is shown whole; a graph
 * so large that fitting it would shrink the node labels below reading size (a 60-stage chain in a
 * 500 px panel) is shown around the target stage and the stages and images it takes input from,
 * at a readable zoom, and the rest stays one pan or the minimap away.
 */
export interface FitNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  isTarget: boolean;
}

export interface FitEdge {
  source: string;
  target: string;
}

export type FitPlan = { mode: 'all' } | { mode: 'focus'; ids: string[]; hidden: number };

/** Below this zoom the 11-12 px node labels are no longer legible. */
export const READABLE_ZOOM = 0.45;
/** A graph this small is always shown whole: a person takes it in at a glance, even small. */
export const ALWAYS_WHOLE_NODES = 12;

/** The zoom at which `nodes` fill a `width` x `height` viewport with `padding` (a fraction) around them. */
export function zoomToFit(nodes: readonly FitNode[], width: number, height: number, padding: number): number {
  if (nodes.length === 0 || width <= 0 || height <= 0) return 1;
  const minX = Math.min(...nodes.map((n) => n.x));
  const minY = Math.min(...nodes.map((n) => n.y));
  const maxX = Math.max(...nodes.map((n) => n.x + n.width));
  const maxY = Math.max(...nodes.map((n) => n.y + n.height));
  const scale = 1 + 2 * padding;
  return Math.min(width / ((maxX - minX) * scale), height / ((maxY - minY) * scale));
}

export function fitPlan(nodes: readonly FitNode[], edges: readonly FitEdge[], width: number, height: number, padding: number): FitPlan {
  if (nodes.length <= ALWAYS_WHOLE_NODES || zoomToFit(nodes, width, height, padding) >= READABLE_ZOOM) return { mode: 'all' };
  const target = nodes.find((n) => n.isTarget) ?? nodes[nodes.length - 1];
  if (!target) return { mode: 'all' };
  const ids = new Set([target.id]);
  const known = new Set(nodes.map((n) => n.id));
  for (const e of edges) if (e.target === target.id && known.has(e.source)) ids.add(e.source);
  return { mode: 'focus', ids: [...ids], hidden: nodes.length - ids.size };
}
