/**
 * Maps the engine's stage graph to React Flow nodes and edges: one node per stage, one per
 * external image, one edge per dependency, laid out left to right.
 */
import type { BuilderMode, GraphEdge, GraphStage, StageGraph } from '../engine';
import { EDGE_KIND_STYLES } from './edgeKindStyles';
import type { StageBuildSummary } from './buildStageSummary';
import type { FlowEdge, FlowGraph, FlowNode, StageBaseLabel } from './flowTypes';
import { layoutStageGraph, type LayoutNode } from './layoutStageGraph';

/** Sizes the node components are drawn at; the layout needs them before React measures anything. */
export const STAGE_NODE_SIZE = { width: 204, height: 112 } as const;
export const IMAGE_NODE_HEIGHT = 40;

/** Image references vary from `alpine` to long registry paths: size the pill to its text. */
export function imageNodeWidth(ref: string): number {
  // ~7px per character of the 11.5px monospace label, plus the "IMAGE" tag and padding.
  return Math.min(Math.max(72 + ref.length * 7, 128), 280);
}

/** What the graph view needs besides the graph itself. */
export interface GraphSelection {
  /** Which builder's idea of "needed" to show. */
  mode: BuilderMode;
  /** The stage to highlight, or null. */
  activeStage: number | null;
  /** Per-stage build status from the simulated build (`toStageBuildSummaries`). */
  build?: ReadonlyMap<number, StageBuildSummary>;
}

export function stageNodeId(index: number): string {
  return `stage-${index}`;
}

export function imageNodeId(ref: string): string {
  return `image:${ref}`;
}

/** Whether the chosen builder builds this stage for the chosen target. */
export function isStageNeeded(stage: GraphStage, mode: BuilderMode): boolean {
  return mode === 'legacy' ? stage.neededByLegacy : stage.neededByBuildKit;
}

export function toFlowGraph(graph: StageGraph | null, selection: GraphSelection): FlowGraph {
  if (!graph) return { nodes: [], edges: [] };
  const neededStages = new Set(graph.stages.filter((s) => isStageNeeded(s, selection.mode)).map((s) => s.index));

  const nodes: FlowNode[] = graph.stages.map((stage) => ({
    id: stageNodeId(stage.index),
    type: 'stage',
    position: { x: 0, y: 0 },
    ...STAGE_NODE_SIZE,
    data: {
      index: stage.index,
      title: stage.displayName,
      base: baseLabel(stage),
      ...(stage.platform !== undefined ? { platform: stage.platform } : {}),
      startLine: stage.line,
      endLine: stage.endLine,
      isNeeded: neededStages.has(stage.index),
      isTarget: stage.index === graph.targetIndex,
      isActive: stage.index === selection.activeStage,
      ...buildOf(stage, selection.build),
    },
  }));

  for (const ref of graph.externalImages) {
    const isNeeded = graph.edges.some((e) => e.from === ref && neededStages.has(e.to));
    nodes.push({
      id: imageNodeId(ref),
      type: 'image',
      position: { x: 0, y: 0 },
      width: imageNodeWidth(ref),
      height: IMAGE_NODE_HEIGHT,
      data: { ref, isNeeded },
    });
  }

  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = graph.edges
    .map((edge) => toFlowEdge(edge, neededStages.has(edge.to)))
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));

  const layoutNodes: LayoutNode[] = nodes.map((n) => ({ id: n.id, width: n.width ?? 0, height: n.height ?? 0 }));
  const positions = layoutStageGraph(layoutNodes, edges);
  for (const node of nodes) node.position = positions.get(node.id) ?? node.position;
  return { nodes, edges };
}

/**
 * The stage's build summary, when that build had this stage: while typing, the graph is newer than
 * the last build, and a renamed or inserted stage must not show another stage's figures.
 */
function buildOf(stage: GraphStage, builds: ReadonlyMap<number, StageBuildSummary> | undefined): { build?: StageBuildSummary } {
  const build = builds?.get(stage.index);
  return build !== undefined && build.name === stage.displayName ? { build } : {};
}

function baseLabel(stage: GraphStage): StageBaseLabel {
  switch (stage.base.kind) {
    case 'image':
      return { kind: 'image', text: stage.base.ref };
    case 'stage':
      return { kind: 'stage', text: stage.base.name };
    case 'scratch':
      return { kind: 'scratch', text: 'scratch' };
  }
}

function toFlowEdge(edge: GraphEdge, isNeeded: boolean): FlowEdge {
  const source = typeof edge.from === 'number' ? stageNodeId(edge.from) : imageNodeId(edge.from);
  const style = EDGE_KIND_STYLES[edge.kind];
  return {
    id: `${edge.kind}:${String(edge.from)}->${edge.to}@${edge.line}`,
    source,
    target: stageNodeId(edge.to),
    className: `edge-${edge.kind}${isNeeded ? '' : ' edge-skipped'}`,
    style: { stroke: style.cssColor, strokeWidth: 2, ...(style.dash ? { strokeDasharray: style.dash } : {}) },
    markerEnd: { type: 'arrowclosed', color: style.color, width: 16, height: 16 },
    ariaLabel: `${style.label} ${edge.reference}, line ${edge.line}`,
    data: { kind: edge.kind, line: edge.line, reference: edge.reference, isNeeded },
  };
}
