/**
 * Re-fits the viewport when the set of nodes changes (a stage added or removed), but not on a
 * highlight change, so the view does not jump while the cursor moves.
 */
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';

export function FitOnChange({ signature }: { signature: string }) {
  const flow = useReactFlow();
  useEffect(() => {
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.08, maxZoom: 1.25 }));
    return () => cancelAnimationFrame(frame);
  }, [flow, signature]);
  return null;
}
