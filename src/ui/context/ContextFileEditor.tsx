/**
 * The selected context entry: its text in a plain editor (small text files), or its size (binary
 * and big files), why `.dockerignore` leaves it out, and buttons to rename or delete it.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectContext, selectWorkspaceActions, useAppStore } from '../../store';
import { formatBytes, countFiles } from '../../view/contextFormat';
import { describeIgnoreReason } from '../../view/contextIgnoreReason';
import type { ContextTreeRow } from '../../view/contextTree';
import { TabNameInput } from '../workspace/TabNameInput';

export interface ContextFileEditorProps {
  row: ContextTreeRow;
  renaming: boolean;
  onRenaming(renaming: boolean): void;
  onRenamed(path: string): void;
}

export function ContextFileEditor({ row, renaming, onRenaming, onRenamed }: ContextFileEditorProps) {
  const context = useAppStore(selectContext);
  const { setContextFile, renameContextPath, deleteContextPath, setActiveDockerfile } = useAppStore(useShallow(selectWorkspaceActions));
  const [error, setError] = useState<string | null>(null);
  const file = row.kind === 'file' ? context[row.path] : undefined;

  const rename = (to: string): boolean => {
    const problem = renameContextPath(row.path, to);
    setError(problem);
    if (problem === null) onRenamed(to);
    return problem === null;
  };

  return (
    <section className="context-file" aria-label={`Context entry ${row.path}`} data-testid="context-file">
      <div className="context-file-head">
        {renaming && row.kind !== 'dockerfile' ? (
          <TabNameInput initial={row.path} label="New path" testId="context-rename-input" onCommit={rename} onCancel={() => { onRenaming(false); setError(null); }} />
        ) : (
          <code className="context-file-path" title={row.path}>{row.path}{row.kind === 'dir' ? '/' : ''}</code>
        )}
        <span className="context-file-size">
          {row.kind === 'dir' ? `${countFiles(row.fileCount)}, ` : ''}
          {formatBytes(row.size)}
          {row.mode !== undefined ? ` · mode ${row.mode.toString(8).padStart(4, '0')}` : ''}
        </span>
      </div>
      {row.ignored && (
        <p className="context-file-note" data-testid="context-file-ignored">
          {row.reason ? describeIgnoreReason(row.reason) : 'Ignored by the ignore file'}: the build does not receive it.
        </p>
      )}
      {row.kind === 'dockerfile' && (
        <p className="context-file-note">
          A Dockerfile of this workspace.{' '}
          <button type="button" className="button" onClick={() => setActiveDockerfile(row.path)}>Edit it in the editor</button>
        </p>
      )}
      {row.kind === 'file' && file?.content !== undefined && (
        <textarea
          className="context-file-text"
          aria-label={`Content of ${row.path}`}
          data-testid="context-file-text"
          spellCheck={false}
          rows={Math.min(16, Math.max(4, file.content.split('\n').length + 1))}
          value={file.content}
          onChange={(e) => setError(setContextFile(row.path, { content: e.target.value }))}
        />
      )}
      {row.kind === 'file' && file?.content === undefined && (
        <p className="context-file-note">Only its size is kept (a binary or a large file), which is all a build needs to know here.</p>
      )}
      {row.kind !== 'dockerfile' && (
        <div className="context-file-actions">
          <button type="button" className="button" data-testid="context-rename" onClick={() => onRenaming(true)}>Rename</button>
          <button type="button" className="button" data-testid="context-delete" onClick={() => setError(deleteContextPath(row.path))}>Delete</button>
        </div>
      )}
      {error && <p className="context-error" role="alert">{error}</p>}
    </section>
  );
}
