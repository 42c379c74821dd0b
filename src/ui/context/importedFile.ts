/**
 * One file found in a dropped folder, a picked folder or a .zip, before it becomes part of the
 * build context: its path and size are known at once, its bytes are read only when needed (only
 * small files are read, to keep their text).
 */
export interface ImportedFile {
  /** Path with forward slashes, relative to what was dropped (a common root folder is removed later). */
  path: string;
  size: number;
  /** Permission bits when the source records them (zip archives made on Unix do). */
  mode?: number;
  /** Read the bytes; may reject (a file that vanished, a damaged archive entry). */
  read(): Promise<Uint8Array>;
}

/** Folders we leave out unless asked: they are large, and rarely meant for a build context. */
export const HEAVY_DIRS: readonly string[] = ['node_modules', '.git'];

/** The path of the first heavy folder in `path` (e.g. `web/node_modules`), or null. */
export function heavyDirOf(path: string): string | null {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (HEAVY_DIRS.includes(parts[i] as string)) return parts.slice(0, i + 1).join('/');
  }
  return null;
}
