/** An external image a stage starts from, copies from or mounts. */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ImageFlowNode } from '../../view/flowTypes';

function ImageNodeView({ data }: NodeProps<ImageFlowNode>) {
  return (
    <div className={`image-node${data.isNeeded ? '' : ' is-skipped'}`} data-testid="image-node" data-needed={String(data.isNeeded)} title={data.ref}>
      <span className="image-node-kind" aria-hidden="true">image</span>
      <code className="image-node-ref">{data.ref}</code>
      <Handle type="source" position={Position.Right} isConnectable={false} className="stage-handle" />
    </div>
  );
}

export const ImageNode = memo(ImageNodeView);
