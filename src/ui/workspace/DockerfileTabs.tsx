/**
 * The workspace's Dockerfiles as tabs above the editor: pick one (it drives the analysis), add
 * one, rename one (double-click, F2 or the pencil), close one (it can be undone). A plain list of
 * buttons rather than an ARIA tablist, so the close and rename buttons stay reachable by Tab.
 */
import { useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { nextDockerfilePath, selectActiveDockerfile, selectDockerfiles, selectWorkspaceActions, useAppStore, useAppStoreApi } from '../../store';
import { TabNameInput } from './TabNameInput';
import './workspace.css';

const NEW_DOCKERFILE = 'FROM alpine:3.20\n';

export function DockerfileTabs() {
  const store = useAppStoreApi();
  const dockerfiles = useAppStore(selectDockerfiles);
  const active = useAppStore(selectActiveDockerfile);
  const { setActiveDockerfile, addDockerfile, renameDockerfile, closeDockerfile } = useAppStore(useShallow(selectWorkspaceActions));
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = (): void => {
    const path = nextDockerfilePath(store.getState());
    const problem = addDockerfile(path, NEW_DOCKERFILE);
    setError(problem);
    if (problem === null) setRenaming(path);
  };
  const commitRename = (from: string, to: string): boolean => {
    const problem = renameDockerfile(from, to);
    setError(problem);
    if (problem === null) setRenaming(null);
    return problem === null;
  };
  const close = (path: string): void => setError(closeDockerfile(path));
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, path: string): void => {
    if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(path);
    } else if (event.key === 'Delete' && dockerfiles.length > 1) {
      event.preventDefault();
      close(path);
    }
  };

  return (
    <nav className="dockerfile-tabs" aria-label="Dockerfiles" data-testid="dockerfile-tabs">
      <ul className="tab-list">
        {dockerfiles.map((d) => {
          const isActive = d.path === active;
          return (
            <li key={d.path} className={`tab${isActive ? ' is-active' : ''}`} data-testid="dockerfile-tab" data-path={d.path} data-active={String(isActive)}>
              {renaming === d.path ? (
                <TabNameInput initial={d.path} onCommit={(name) => commitRename(d.path, name)} onCancel={() => { setRenaming(null); setError(null); }} />
              ) : (
                <button
                  type="button"
                  className="tab-button"
                  aria-current={isActive ? 'true' : undefined}
                  title={`${d.path} (F2 renames, Delete closes)`}
                  data-testid="dockerfile-tab-select"
                  onClick={() => setActiveDockerfile(d.path)}
                  onDoubleClick={() => setRenaming(d.path)}
                  onKeyDown={(e) => onTabKeyDown(e, d.path)}
                >
                  {d.path}
                </button>
              )}
              {isActive && renaming !== d.path && (
                <button type="button" className="tab-action" aria-label={`Rename ${d.path}`} title="Rename" data-testid="dockerfile-tab-rename" onClick={() => setRenaming(d.path)}>
                  ✎
                </button>
              )}
              {dockerfiles.length > 1 && (
                <button type="button" className="tab-action" aria-label={`Close ${d.path}`} title="Close" data-testid="dockerfile-tab-close" onClick={() => close(d.path)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="tab-add" aria-label="New Dockerfile" title="New Dockerfile" data-testid="dockerfile-tab-add" onClick={add}>
        +
      </button>
      {error && (
        <p className="tab-error" role="alert" data-testid="dockerfile-tab-error">
          {error}
        </p>
      )}
    </nav>
  );
}
