/** The stage graph: React Flow over the view model `toFlowGraph` builds from the analysis. */
import { lazy, Suspense, useCallback, useMemo, type KeyboardEvent } from 'react';
import { Controls, MiniMap, ReactFlow, ReactFlowProvider, type NodeMouseHandler, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { selectBuild, selectCursorLine, selectGraph, selectMode, selectSelectedStage, useAppStore } from '../../store';
import { toStageBuildSummaries } from '../../view/buildStageSummary';
import { activeStage } from '../../view/activeStage';
import type { FlowNode } from '../../view/flowTypes';
import { toFlowGraph } from '../../view/toFlowGraph';
import { FitOnChange } from './FitOnChange';
import { GraphLegend } from './GraphLegend';
import { ImageNode } from './ImageNode';
import { StageNode } from './StageNode';
import './graph.css';

// Loaded after first paint: keeps the export buttons (and html-to-image, loaded on click) out of the entry chunk.
const GraphExport = lazy(() => import('./GraphExport').then((m) => ({ default: m.GraphExport })));

const nodeTypes: NodeTypes = { stage: StageNode, image: ImageNode };
const MINIMAP_SIZE = { width: 150, height: 100 };

// Theme variables (defined per theme in CSS) with the light colours as fallbacks.
function minimapColor(node: FlowNode): string {
  if (node.type === 'image') return 'var(--graph-minimap-image, #fde68a)';
  return node.data.isNeeded ? 'var(--graph-minimap-stage, #93c5fd)' : 'var(--graph-minimap-skipped, #d1d5db)';
}

export function GraphPanel() {
  const graph = useAppStore(selectGraph);
  const mode = useAppStore(selectMode);
  const cursorLine = useAppStore(selectCursorLine);
  const selectedStage = useAppStore(selectSelectedStage);
  const selectStage = useAppStore((s) => s.selectStage);

  const active = activeStage(graph, cursorLine, selectedStage);
  const build = useAppStore(selectBuild);
  const summaries = useMemo(() => toStageBuildSummaries(build?.result), [build]);
  const flow = useMemo(() => toFlowGraph(graph, { mode, activeStage: active, build: summaries }), [graph, mode, active, summaries]);
  const signature = useMemo(() => flow.nodes.map((n) => n.id).join('|'), [flow.nodes]);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_event, node) => {
      if (node.type === 'stage') selectStage(node.data.index);
    },
    [selectStage],
  );
  // React Flow makes nodes focusable; Enter or Space on a stage does what a click does.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const id = (event.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id') ?? '';
      const match = /^stage-(\d+)$/.exec(id);
      if (!match) return;
      event.preventDefault();
      selectStage(Number(match[1]));
    },
    [selectStage],
  );

  return (
    <section className="panel graph-panel" aria-label="Stage graph" data-testid="graph">
      <div className="panel-title-row">
        <h2 className="panel-title">Stage graph</h2>
        <GraphLegend />
      </div>
      <div className="graph-body" onKeyDown={onKeyDown}>
        {flow.nodes.length === 0 && <p className="graph-empty">No stages to show yet.</p>}
        <ReactFlowProvider>
          <ReactFlow<FlowNode>
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            onNodeClick={onNodeClick}
            nodesDraggable={false}
            nodesConnectable={false}
            fitView
            fitViewOptions={{ padding: 0.08, maxZoom: 1.25 }}
            deleteKeyCode={null}
            minZoom={0.2}
            maxZoom={2}
            ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter to select the stage in the editor.' }}
          >
            <FitOnChange signature={signature} />
            <MiniMap<FlowNode> style={MINIMAP_SIZE} pannable zoomable nodeColor={minimapColor} ariaLabel="Stage graph overview" />
            <Controls showInteractive={false} />
            <Suspense fallback={null}>
              <GraphExport />
            </Suspense>
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </section>
  );
}
