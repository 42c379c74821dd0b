/**
 * Turns the files found in a dropped folder, a picked folder or a .zip into a build context:
 * a common root folder is removed, node_modules and .git are left out unless asked for, small
 * text files (< 64 KiB) keep their text, everything else keeps only its size, and Dockerfiles
 * become editor tabs.
 */
import { WORKSPACE_LIMITS, type WorkspaceDockerfile, type WorkspaceFile } from '../../store';
import { heavyDirOf, type ImportedFile } from './importedFile';

/** Files up to this size keep their text (when it is text). */
export const MAX_TEXT_BYTES = 64 * 1024;

export interface CollectOptions {
  /** Keep node_modules and .git (off by default). */
  includeHeavyDirs?: boolean;
  /** Remove a folder every path lies in (a .zip of `project/...`); a dropped folder is already the root. */
  stripCommonRoot?: boolean;
}

export interface CollectedContext {
  files: Record<string, WorkspaceFile>;
  /** Dockerfiles found (text kept), to open as tabs; the active one first when there is `Dockerfile`. */
  dockerfiles: WorkspaceDockerfile[];
  /** Heavy folders left out, with how many files they held (null when they were not even listed). */
  skipped: { path: string; files: number | null }[];
  /** Files kept by size only (binary, or larger than {@link MAX_TEXT_BYTES}). */
  sizeOnly: number;
  /** Files dropped because the context limit was reached. */
  overLimit: number;
  /** Files that could not be read (kept by size only). */
  unreadable: number;
}

/** Text when the bytes look like text: no NUL byte and valid UTF-8 (a BOM is kept as written). */
export function textOf(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether a file name is a Dockerfile by the usual conventions (`Dockerfile`, `Dockerfile.x`, `x.Dockerfile`). */
export function isDockerfileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.endsWith('.dockerignore')) return false;
  return name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.Dockerfile');
}

/** The single folder every path lies in, if there is one (a zip of `project/...`). */
function commonRoot(paths: readonly string[]): string | null {
  const first = paths[0];
  if (first === undefined) return null;
  const slash = first.indexOf('/');
  if (slash < 0) return null;
  const root = first.slice(0, slash + 1);
  return paths.every((p) => p.startsWith(root)) ? root : null;
}

export async function collectImport(found: readonly ImportedFile[], options: CollectOptions = {}, preSkipped: readonly string[] = []): Promise<CollectedContext> {
  const cleaned = found.map((f) => ({ ...f, path: f.path.replace(/^\/+/, '') })).filter((f) => f.path !== '' && !f.path.endsWith('/'));
  const root = options.stripCommonRoot ? commonRoot(cleaned.map((f) => f.path)) : null;
  const skipCounts = new Map<string, number | null>(preSkipped.map((p) => [p, null]));
  const out: CollectedContext = { files: {}, dockerfiles: [], skipped: [], sizeOnly: 0, overLimit: 0, unreadable: 0 };
  const entries: [string, WorkspaceFile][] = [];
  let textBytes = 0;

  for (const file of cleaned) {
    const path = root ? file.path.slice(root.length) : file.path;
    const heavy = options.includeHeavyDirs ? null : heavyDirOf(path);
    if (heavy !== null) {
      skipCounts.set(heavy, (skipCounts.get(heavy) ?? 0) + 1);
      continue;
    }
    if (entries.length + out.dockerfiles.length >= WORKSPACE_LIMITS.contextFiles) {
      out.overLimit++;
      continue;
    }
    let content: string | null = null;
    if (file.size <= MAX_TEXT_BYTES && textBytes + file.size <= WORKSPACE_LIMITS.contextContentBytes) {
      try {
        content = textOf(await file.read());
      } catch {
        out.unreadable++;
      }
    }
    if (content !== null && isDockerfileName(path) && out.dockerfiles.length < WORKSPACE_LIMITS.dockerfiles) {
      out.dockerfiles.push({ path, text: content });
      continue;
    }
    const entry: WorkspaceFile = content === null ? { size: file.size } : { size: file.size, content };
    if (content === null) out.sizeOnly++;
    else textBytes += file.size;
    if (file.mode !== undefined) entry.mode = file.mode;
    entries.push([path, entry]);
  }
  // The root Dockerfile first: it is the one `docker build .` uses.
  out.dockerfiles.sort((a, b) => Number(b.path === 'Dockerfile') - Number(a.path === 'Dockerfile'));
  out.files = Object.fromEntries(entries);
  out.skipped = [...skipCounts].map(([path, files]) => ({ path, files }));
  return out;
}
