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

/** Top-left positions by node id (React Flow positions nodes by their top-left corner). */
export function layoutStageGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ ...GRAPH_OPTIONS });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  // Several COPY --from between the same two stages are one dependency for layout purposes.
  for (const edge of edges) {
    if (edge.source !== edge.target && !graph.hasEdge(edge.source, edge.target)) graph.setEdge(edge.source, edge.target);
  }
  dagre.layout(graph);

  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const laid = graph.node(node.id) as { x: number; y: number } | undefined;
    // dagre reports centres.
    positions.set(node.id, laid ? { x: laid.x - node.width / 2, y: laid.y - node.height / 2 } : { x: 0, y: 0 });
  }
  return positions;
}
