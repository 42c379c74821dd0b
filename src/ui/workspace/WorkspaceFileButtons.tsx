/**
 * Export the workspace as a `.stagecraft.json` file, and open one. An opened file is validated
 * first; if it is not a valid workspace the current work stays and an alert says why.
 */
import { useRef } from 'react';
import { parseWorkspaceJson, selectWorkspace, useAppStoreApi, workspaceJson } from '../../store';

/** Bigger files are refused before reading (a workspace is at most a few MB of text). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function WorkspaceFileButtons() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);

  const exportFile = (): void => {
    const blob = new Blob([workspaceJson(selectWorkspace(store.getState()))], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'workspace.stagecraft.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const openFile = async (file: File): Promise<void> => {
    const { openWorkspace, setWorkspaceNotice } = store.getState();
    const fail = (why: string) => setWorkspaceNotice({ kind: 'error', message: `Could not open ${file.name}: ${why} Your current work is unchanged.` });
    if (file.size > MAX_FILE_BYTES) return fail('it is too large to be a workspace.');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('it could not be read.');
    }
    const read = parseWorkspaceJson(text);
    if (!read.ok) return fail(read.error);
    openWorkspace(read.value, 'file', file.name);
  };

  return (
    <>
      <button type="button" className="button" data-testid="import-workspace" onClick={() => input.current?.click()}>
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-workspace-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
      <button type="button" className="button" data-testid="export-workspace" onClick={exportFile}>
        Export
      </button>
    </>
  );
}
