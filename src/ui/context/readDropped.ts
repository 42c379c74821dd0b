/**
 * Files from the browser: a dropped folder (walked through `webkitGetAsEntry`, without entering
 * node_modules or .git unless asked), dropped files, or the FileList of an
 * `<input type=file webkitdirectory>`. A dropped folder becomes the context root, so its own
 * name is not part of the paths.
 */
import { HEAVY_DIRS, type ImportedFile } from './importedFile';

export interface FoundFiles {
  files: ImportedFile[];
  /** Heavy folders not entered (their files were not even listed). */
  skipped: string[];
  /** What was dropped, to name it in messages. */
  name: string;
}

function fromFile(file: File, path: string): ImportedFile {
  return { path, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** The entries of a drop. Call it inside the drop event: the items are gone once it returns. */
export function droppedEntries(data: DataTransfer): FileSystemEntry[] {
  return [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** All entries of a directory (Chrome hands them out in batches, so read until a batch is empty). */
async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

/** Walk dropped entries. One dropped folder is the root; several items all land at the root. */
export async function filesFromEntries(entries: readonly FileSystemEntry[], includeHeavyDirs: boolean, limit: number): Promise<FoundFiles> {
  const single = entries.length === 1 && entries[0]?.isDirectory ? entries[0] : null;
  const found: FoundFiles = { files: [], skipped: [], name: single ? single.name : entries.map((e) => e.name).join(', ') };
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (found.files.length >= limit) return;
    if (entry.isFile) {
      found.files.push(fromFile(await fileOf(entry as FileSystemFileEntry), path));
      return;
    }
    if (!entry.isDirectory) return;
    if (!includeHeavyDirs && HEAVY_DIRS.includes(entry.name) && path !== '') {
      found.skipped.push(path);
      return;
    }
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) {
      await walk(child, path === '' ? child.name : `${path}/${child.name}`);
    }
  };
  if (single) await walk(single, '');
  else for (const entry of entries) await walk(entry, entry.name);
  return found;
}

/** The files of an `<input type=file webkitdirectory>`: paths lose the picked folder's name. */
export function filesFromFileList(list: FileList): FoundFiles {
  const files = [...list];
  const first = files[0]?.webkitRelativePath ?? '';
  const root = first.includes('/') ? first.slice(0, first.indexOf('/') + 1) : '';
  return {
    files: files.map((file) => {
      const relative = file.webkitRelativePath || file.name;
      return fromFile(file, root && relative.startsWith(root) ? relative.slice(root.length) : relative);
    }),
    skipped: [],
    name: root ? root.slice(0, -1) : files.map((f) => f.name).join(', '),
  };
}
