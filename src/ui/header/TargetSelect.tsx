/** `--target`: the named stages of the current graph, plus "no target" (the last stage). */
import { useId, useMemo } from 'react';
import { selectGraph, selectTarget, useAppStore } from '../../store';
import { toTargetOptions } from '../../view/toTargetOptions';

export function TargetSelect() {
  const id = useId();
  const graph = useAppStore(selectGraph);
  const target = useAppStore(selectTarget);
  const setTarget = useAppStore((s) => s.setTarget);
  const options = useMemo(() => toTargetOptions(graph, target), [graph, target]);

  return (
    <div className="header-field">
      <label htmlFor={id}>Target</label>
      <select id={id} data-testid="target-select" value={target} onChange={(e) => setTarget(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
