/**
 * The build options next to target and builder: Build (also Ctrl/Cmd+Enter) re-runs the
 * simulated build with the kept cache; --no-cache and --no-cache-filter force steps to re-run.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectBuildActions, selectGraph, selectIsAnalyzing, selectNoCache, selectNoCacheFilter, useAppStore } from '../../store';
import { Popover } from '../layout/Popover';
import './build.css';

export function BuildControls() {
  const noCache = useAppStore(selectNoCache);
  const filter = useAppStore(selectNoCacheFilter);
  const graph = useAppStore(selectGraph);
  const busy = useAppStore(selectIsAnalyzing);
  const { setNoCache, setNoCacheFilter, runBuild } = useAppStore(useShallow(selectBuildActions));
  const names = (graph?.stages ?? []).map((s) => s.displayName);

  useEffect(() => {
    // Capture phase so the editor (which also binds Ctrl+Enter) does not swallow it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.stopPropagation();
        runBuild();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [runBuild]);

  const toggle = (name: string) => {
    const lower = name.toLowerCase();
    const has = filter.some((f) => f.toLowerCase() === lower);
    setNoCacheFilter(has ? filter.filter((f) => f.toLowerCase() !== lower) : [...filter, name]);
  };

  return (
    <div className="header-field build-controls">
      <button type="button" className="button is-primary" data-testid="build-button" title="Re-run the simulated build with the cache (Ctrl/Cmd+Enter)" onClick={runBuild} disabled={busy}>
        Build
      </button>
      <label className="build-check" title="docker build --no-cache: run every step">
        <input type="checkbox" data-testid="no-cache-toggle" checked={noCache} onChange={(e) => setNoCache(e.target.checked)} />
        no cache
      </label>
      <Popover label={<>No-cache stages{filter.length > 0 && <span className="count-badge">{filter.length}</span>}</>} title="--no-cache-filter" testId="no-cache-filter">
        <p className="popover-text">Stages whose steps always re-run (<code>--no-cache-filter</code>).</p>
        <ul className="no-cache-filter-list">
          {names.map((name) => (
            <li key={name}>
              <label>
                <input type="checkbox" data-testid={`no-cache-filter-${name}`} checked={filter.some((f) => f.toLowerCase() === name.toLowerCase())} onChange={() => toggle(name)} />
                <code>{name}</code>
              </label>
            </li>
          ))}
        </ul>
      </Popover>
    </div>
  );
}
