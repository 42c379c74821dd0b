/**
 * View models for the stage graph: the React Flow nodes and edges `toFlowGraph` produces. Plain
 * data only, so the mapper stays testable without React.
 */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind } from '../engine';
import type { StageBuildSummary } from './buildStageSummary';

/** Where a stage starts from, already worded for display. */
export type StageBaseLabel = { kind: 'image' | 'stage' | 'scratch'; text: string };

/** What a stage node shows. */
export type StageNodeData = {
  /** The stage's 0-based position in the file (also the `stage-node-<index>` test id). */
  index: number;
  /** `AS` name, or BuildKit's `stage-<index>` for unnamed stages. */
  title: string;
  base: StageBaseLabel;
  platform?: string;
  /** First and last line of the stage, 1-based. */
  startLine: number;
  endLine: number;
  /** The chosen builder builds this stage for the chosen target. */
  isNeeded: boolean;
  /** This is the target stage. */
  isTarget: boolean;
  /** Highlighted: the editor cursor is inside it, or it was just clicked. */
  isActive: boolean;
  /** What the simulated build did with the stage, when there was a build. */
  build?: StageBuildSummary;
};

/** What an external-image node shows. */
export type ImageNodeData = {
  ref: string;
  /** Some stage the builder builds uses this image. */
  isNeeded: boolean;
};

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type ImageFlowNode = Node<ImageNodeData, 'image'>;
export type FlowNode = StageFlowNode | ImageFlowNode;

export type FlowEdgeData = {
  kind: EdgeKind;
  /** Line of the instruction that creates the dependency. */
  line: number;
  /** How it was written (`--from=build`, `deps`, ...). */
  reference: string;
  /** The consuming stage is built for the chosen target. */
  isNeeded: boolean;
};

export type FlowEdge = Edge<FlowEdgeData>;

/** The whole graph as React Flow wants it. */
export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}
