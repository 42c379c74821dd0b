/** The import controls of the context panel: pick a folder or a .zip, and what the last import did. */
import { useRef } from 'react';
import type { ContextImportState } from './useContextImport';

export function ContextImport({ state, onNewFile }: { state: ContextImportState; onNewFile(): void }) {
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  return (
    <div className="context-import">
      <div className="context-import-buttons">
        <button type="button" className="button" data-testid="context-new-file" onClick={onNewFile}>
          New file
        </button>
        <button type="button" className="button" data-testid="context-import-folder" title="Import a project folder as the build context" disabled={state.busy} onClick={() => folderInput.current?.click()}>
          Import folder
        </button>
        <button type="button" className="button" data-testid="context-import-zip" title="Import a .zip of a project as the build context" disabled={state.busy} onClick={() => zipInput.current?.click()}>
          Import .zip
        </button>
        {state.busy && <span className="context-busy" role="status">Reading…</span>}
      </div>
      <label className="context-heavy">
        <input type="checkbox" checked={state.includeHeavyDirs} onChange={(e) => state.setIncludeHeavyDirs(e.target.checked)} data-testid="context-include-heavy" />
        Include node_modules and .git
      </label>
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not in React's typings: the attribute that makes the picker choose a folder.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        multiple
        data-testid="context-folder-input"
        onChange={(e) => {
          if (e.target.files && e.target.files.length > 0) state.importFolder(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={zipInput}
        type="file"
        accept=".zip,application/zip"
        hidden
        data-testid="context-zip-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) state.importZip(file);
          e.target.value = '';
        }}
      />
      {state.note && (
        <p className="context-import-note" role="status" data-testid="import-note">
          {state.note}{' '}
          <button type="button" className="link-button" onClick={state.dismissNote}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
