/**
 * BuildKit builds only the stages the target needs; the legacy builder builds every stage up to
 * the target. Switching shows the difference on the graph.
 */
import { useId } from 'react';
import type { BuilderMode } from '../../engine';
import { selectMode, useAppStore } from '../../store';

const MODES: { mode: BuilderMode; label: string; hint: string }[] = [
  { mode: 'buildkit', label: 'BuildKit', hint: 'Builds only the stages the target depends on' },
  { mode: 'legacy', label: 'Legacy', hint: 'Builds every stage up to the target, in order' },
];

export function ModeToggle() {
  const labelId = useId();
  const mode = useAppStore(selectMode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <div className="header-field">
      <span id={labelId}>Builder</span>
      <div className="segmented" role="group" aria-labelledby={labelId} data-testid="mode-toggle">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            title={m.hint}
            aria-pressed={mode === m.mode}
            data-testid={`mode-${m.mode}`}
            onClick={() => setMode(m.mode)}
          >
            {m.label}
          </button>
        ))}
      </div>
    </div>
  );
}
