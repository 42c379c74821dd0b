/**
 * Re-fits the viewport when the set of nodes changes (a stage added or removed), but not on a
 * highlight change, so the view does not jump while the cursor moves. A graph too big to read when
 * shown whole is shown around its target stage instead (view/fitPlan.ts), with a note saying so.
 */
import { useEffect, useState } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import type { FlowNode } from '../../view/flowTypes';
import { fitPlan, READABLE_ZOOM } from '../../view/fitPlan';
import './graphFocus.css';

const PADDING = 0.08;

export function FitOnChange({ signature }: { signature: string }) {
  const flow = useReactFlow<FlowNode>();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const nodes = flow.getNodes().map((n) => ({
        id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0,
        isTarget: n.type === 'stage' && n.data.isTarget,
      }));
      const plan = fitPlan(nodes, flow.getEdges(), width, height, PADDING);
      if (plan.mode === 'all') {
        setHidden(0);
        void flow.fitView({ padding: PADDING, maxZoom: 1.25 });
      } else {
        setHidden(plan.hidden);
        void flow.fitView({ padding: PADDING, maxZoom: 1, minZoom: READABLE_ZOOM, nodes: plan.ids.map((id) => ({ id })) });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, signature, width, height]);
  return (
    <>
      <FollowActive />
      {hidden > 0 && (
        <Panel position="bottom-center" className="graph-focus-note" data-testid="graph-focus-note">
          Showing the target and its inputs; {hidden} more nodes are one pan away (or press fit view).
        </Panel>
      )}
    </>
  );
}

/** The stage under the editor's cursor (or clicked) is brought into view when it is off screen. */
function FollowActive() {
  const flow = useReactFlow<FlowNode>();
  const active = useStore((s) => {
    for (const n of s.nodeLookup.values()) if (n.type === 'stage' && n.data.isActive === true) return n.id;
    return null;
  });
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    if (active === null) return;
    const node = flow.getNode(active);
    if (!node) return;
    const { x, y, zoom } = flow.getViewport();
    const w = node.width ?? 0;
    const h = node.height ?? 0;
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const inView = left >= 0 && top >= 0 && left + w * zoom <= paneWidth && top + h * zoom <= paneHeight;
    // No animation: a second cursor move during one would measure a viewport that is about to change.
    if (!inView) void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom });
    // Only a change of the active stage moves the view, not a resize of the pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, flow]);
  return null;
}
