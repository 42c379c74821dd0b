/**
 * The build context panel: the context's files with `.dockerignore` applied as BuildKit applies
 * it for the active Dockerfile, a small editor for the selected file, and ways to bring a real
 * project in (drop a folder or a .zip, or pick one).
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { normalizeWorkspacePath, selectActiveDockerfile, selectContext, selectDockerfiles, selectWorkspaceActions, useAppStore } from '../../store';
import { countFiles, formatBytes } from '../../view/contextFormat';
import { visibleContextRows, type ContextTreeRow } from '../../view/contextTree';
import { createContextTreeCache } from '../../view/contextTreeCache';
import { TabNameInput } from '../workspace/TabNameInput';
import { ContextFileEditor } from './ContextFileEditor';
import { ContextImport } from './ContextImport';
import { ContextTree } from './ContextTree';
import { useContextImport } from './useContextImport';
import './context.css';

/** Big folders, and ignored folders with more than a few files, start closed. */
function startsOpen(row: ContextTreeRow): boolean {
  return row.fileCount <= 30 && !(row.ignored && row.fileCount > 3);
}

export function ContextPanel() {
  const context = useAppStore(selectContext);
  const dockerfiles = useAppStore(selectDockerfiles);
  const active = useAppStore(selectActiveDockerfile);
  const { setContextFile, setActiveDockerfile, deleteContextPath } = useAppStore(useShallow(selectWorkspaceActions));
  const [selected, setSelected] = useState<string | null>(null);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);

  const importer = useContextImport(() => {
    setSelected(null);
    setToggled(new Map());
  });

  const [contextTree] = useState(createContextTreeCache);
  const view = useMemo(() => contextTree(context, dockerfiles, active), [contextTree, context, dockerfiles, active]);
  const collapsed = useMemo(
    () => new Set(view.rows.filter((r) => r.kind === 'dir' && !(toggled.get(r.path) ?? startsOpen(r))).map((r) => r.path)),
    [view.rows, toggled],
  );
  const rows = useMemo(() => visibleContextRows(view.rows, collapsed), [view.rows, collapsed]);
  const selectedRow = view.rows.find((r) => r.path === selected) ?? null;
  const ignoredFiles = view.files - view.sentFiles;

  const select = (path: string): void => {
    if (path !== selected) setRenaming(false);
    setSelected(path);
  };
  const addFile = (path: string): boolean => {
    const problem = setContextFile(path, { content: '' });
    setAddError(problem);
    if (problem !== null) return false;
    setAdding(false);
    setSelected(normalizeWorkspacePath(path));
    return true;
  };

  return (
    <section
      className={`panel context-panel${importer.isDragging ? ' is-dragging' : ''}`}
      aria-label="Build context"
      data-testid="context-panel"
      {...importer.dropHandlers}
    >
      <h2 className="panel-title">Build context</h2>
      <ContextImport state={importer} onNewFile={() => setAdding(true)} />
      {adding && (
        <div className="context-add">
          <TabNameInput initial="" label="New file path" testId="context-new-file-input" onCommit={addFile} onCancel={() => { setAdding(false); setAddError(null); }} />
          {addError && <p className="context-error" role="alert">{addError}</p>}
        </div>
      )}
      <p className="context-ignore-summary" data-testid="context-ignore-summary">
        <span data-testid="context-summary">{countFiles(view.files)}, {formatBytes(view.bytes)}.</span>{' '}
        {view.ignoreFile === null
          ? 'No .dockerignore: the build receives every file.'
          : `${view.ignoreFile} leaves out ${countFiles(ignoredFiles)}; the build receives ${countFiles(view.sentFiles)} (${formatBytes(view.sentBytes)}).`}
      </p>
      {(view.error !== undefined || view.diagnostics.length > 0) && (
        <ul className="context-problems" role="alert" data-testid="context-problems">
          {view.diagnostics.map((d) => (
            <li key={`${d.range.startLine}:${d.message}`}>
              {view.ignoreFile}, line {d.range.startLine}: {d.message}
            </li>
          ))}
          {view.error !== undefined && view.diagnostics.length === 0 && <li>{view.error}</li>}
        </ul>
      )}
      <div className="context-tree-scroll">
        {view.rows.length === 0 ? (
          <p className="context-empty">The context is empty. Add a file, or drop a project folder or a .zip here.</p>
        ) : (
          <ContextTree
            rows={rows}
            collapsed={collapsed}
            selected={selected}
            onSelect={select}
            onToggle={(path, open) => setToggled(new Map(toggled).set(path, open))}
            onOpen={(row) => (row.kind === 'dockerfile' ? setActiveDockerfile(row.path) : select(row.path))}
            onRename={(path) => { select(path); setRenaming(true); }}
            onDelete={(row) => row.kind !== 'dockerfile' && deleteContextPath(row.path)}
          />
        )}
      </div>
      {selectedRow && (
        <ContextFileEditor
          key={selectedRow.path}
          row={selectedRow}
          renaming={renaming}
          onRenaming={setRenaming}
          onRenamed={(path) => { setRenaming(false); setSelected(normalizeWorkspacePath(path)); }}
        />
      )}
    </section>
  );
}
