/**
 * Left-to-right layered layout of the stage graph with dagre: sources (images, early stages) on
 * the left, the target on the right, matching how a build flows.
 */
import dagre from '@dagrejs/dagre';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

const GRAPH_OPTIONS = { rankdir: 'LR', nodesep: 20, ranksep: 40, marginx: 16, marginy: 16 } as const;

/**
 * The edges the layout ranks by. Several COPY --from between the same two stages are one
 * dependency. An external image used by many stages (`FROM alpine` in 100 stages) keeps only its
 * edge to its first user: dagre turns every edge that spans k ranks into k dummy nodes, and one
 * image feeding a 100-stage chain made ~5,000 of them (1.7 s to lay out); the other edges are
 * still drawn, they just do not pull the image node around.
 */
export function layoutEdges(edges: readonly LayoutEdge[], isExternal: (id: string) => boolean = (id) => id.startsWith('image:')): LayoutEdge[] {
  const seen = new Set<string>();
  const imageUsed = new Set<string>();
  const out: LayoutEdge[] = [];
  for (const edge of edges) {
    const key = `${edge.source}\u0000${edge.target}`;
    if (edge.source === edge.target || seen.has(key)) continue;
    seen.add(key);
    if (isExternal(edge.source)) {
      if (imageUsed.has(edge.source)) continue;
      imageUsed.add(edge.source);
    }
    out.push(edge);
  }
  return out;
}

/** Top-left positions by node id (React Flow positions nodes by their top-left corner). */
export function layoutStageGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const ranked = layoutEdges(edges);
  // Most keystrokes leave the graph's shape alone (a stage renamed, a RUN edited): reuse the last
  // layout rather than run dagre again (tens of ms on a 100-stage file).
  const key = layoutKey(nodes, ranked);
  if (lastLayout?.key === key) return new Map(lastLayout.positions);
  const positions = runDagre(nodes, ranked);
  lastLayout = { key, positions };
  return new Map(positions);
}

let lastLayout: { key: string; positions: ReadonlyMap<string, Point> } | undefined;

function layoutKey(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): string {
  return `${nodes.map((n) => `${n.id}:${n.width}x${n.height}`).join('\n')}\n--\n${edges.map((e) => `${e.source}>${e.target}`).join('\n')}`;
}

function runDagre(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ ...GRAPH_OPTIONS });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);

  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const laid = graph.node(node.id) as { x: number; y: number } | undefined;
    // dagre reports centres.
    positions.set(node.id, laid ? { x: laid.x - node.width / 2, y: laid.y - node.height / 2 } : { x: 0, y: 0 });
  }
  return positions;
}
