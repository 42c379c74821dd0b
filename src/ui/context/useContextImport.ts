/**
 * Bringing a real project in as the build context: a dropped folder, .zip or files, or a picked
 * folder or .zip. The import replaces the workspace through `openWorkspace`, so the previous one
 * can be restored; a failure leaves everything as it was and says why.
 */
import { useState, type DragEvent } from 'react';
import { selectWorkspace, useAppStoreApi, WORKSPACE_LIMITS } from '../../store';
import { filesFromZip, importFound } from './importContext';
import { droppedEntries, filesFromEntries, filesFromFileList, type FoundFiles } from './readDropped';

export interface ContextImportState {
  includeHeavyDirs: boolean;
  setIncludeHeavyDirs(value: boolean): void;
  busy: boolean;
  /** What the last import kept and left out. */
  note: string | null;
  dismissNote(): void;
  isDragging: boolean;
  dropHandlers: {
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
  importFolder(list: FileList): void;
  importZip(file: File): void;
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));
const isZip = (name: string) => name.toLowerCase().endsWith('.zip');

export function useContextImport(onImported: () => void): ContextImportState {
  const store = useAppStoreApi();
  const [includeHeavyDirs, setIncludeHeavyDirs] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [isDragging, setDragging] = useState(false);

  const run = async (find: () => Promise<FoundFiles | string>, stripCommonRoot: boolean): Promise<void> => {
    const { openWorkspace, setWorkspaceNotice } = store.getState();
    setBusy(true);
    try {
      const found = await find();
      const result = typeof found === 'string'
        ? { ok: false as const, error: found }
        : await importFound(found, selectWorkspace(store.getState()), { includeHeavyDirs, stripCommonRoot });
      if (!result.ok) {
        setWorkspaceNotice({ kind: 'error', message: `${result.error} Your current work is unchanged.` });
        return;
      }
      openWorkspace(result.workspace, 'folder', `“${result.name}”`);
      setNote(result.note);
      onImported();
    } catch (error) {
      setWorkspaceNotice({ kind: 'error', message: `The import failed: ${error instanceof Error ? error.message : String(error)}. Your current work is unchanged.` });
    } finally {
      setBusy(false);
    }
  };

  const limit = WORKSPACE_LIMITS.contextFiles + 1;
  return {
    includeHeavyDirs,
    setIncludeHeavyDirs,
    busy,
    note,
    dismissNote: () => setNote(null),
    isDragging,
    dropHandlers: {
      onDragOver(event) {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave(event) {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop(event) {
        event.preventDefault();
        setDragging(false);
        const entries = droppedEntries(event.dataTransfer);
        const only = entries.length === 1 ? entries[0] : undefined;
        if (only?.isFile && isZip(only.name)) {
          void run(async () => filesFromZip(await fileOf(only as FileSystemFileEntry)), true);
        } else if (entries.length > 0) {
          void run(() => filesFromEntries(entries, includeHeavyDirs, limit), false);
        }
      },
    },
    importFolder: (list) => void run(async () => filesFromFileList(list), false),
    importZip: (file) => void run(() => filesFromZip(file), true),
  };
}
