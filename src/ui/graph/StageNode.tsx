/** A stage in the graph: name, base, line range, and whether the chosen build needs it. */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StageBaseLabel, StageFlowNode } from '../../view/flowTypes';

const BASE_PREFIX: Record<StageBaseLabel['kind'], string> = { image: 'from image', stage: 'from stage', scratch: 'from' };

function StageNodeView({ data }: NodeProps<StageFlowNode>) {
  const classes = ['stage-node', data.isNeeded ? 'is-needed' : 'is-skipped', data.isTarget ? 'is-target' : '', data.isActive ? 'is-active' : '']
    .filter(Boolean)
    .join(' ');
  const lines = data.startLine === data.endLine ? `line ${data.startLine}` : `lines ${data.startLine}–${data.endLine}`;
  return (
    <div
      className={classes}
      data-testid={`stage-node-${data.index}`}
      data-needed={String(data.isNeeded)}
      data-target={String(data.isTarget)}
      data-active={String(data.isActive)}
      title={data.isNeeded ? undefined : 'Not built for this target'}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="stage-handle" />
      <div className="stage-node-head">
        <span className="stage-node-title">{data.title}</span>
        {data.isTarget && <span className="badge badge-target">target</span>}
        {!data.isNeeded && <span className="badge badge-skipped">skipped</span>}
      </div>
      <div className="stage-node-base" title={data.base.text}>
        {BASE_PREFIX[data.base.kind]} <code>{data.base.text}</code>
      </div>
      <div className="stage-node-meta">
        {lines}
        {data.platform !== undefined && <span className="stage-node-platform"> · {data.platform}</span>}
      </div>
      {data.build && (
        <div className="stage-node-build" data-testid={`stage-build-${data.index}`} data-status={data.build.status}>
          <span className={`build-status build-status-${data.build.status}`}>{data.build.status}</span>
          {data.build.status !== 'skipped' && (
            <span className="stage-node-build-meta">
              {data.build.sizeText !== '' ? `${data.build.sizeText} · ` : ''}
              {data.build.layerCount} layers
            </span>
          )}
        </div>
      )}
      {data.build && data.build.cacheText !== '' && (
        <div className="stage-node-build-meta" data-testid={`stage-cache-${data.index}`}>cache hits {data.build.cacheText}</div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="stage-handle" />
    </div>
  );
}

export const StageNode = memo(StageNodeView);
