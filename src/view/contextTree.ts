/**
 * The build context as a file tree, with `.dockerignore` applied the way BuildKit applies it:
 * each row says whether the build receives the entry, and for an ignored one which pattern (and
 * line) left it out. The Dockerfile tabs are part of the context folder, so they are rows too
 * (a `.dockerignore` can leave them out, and `COPY . .` copies them).
 */
import type { Diagnostic } from '../engine';
import { childrenByDir, createBuildContext, resolveBuildContext, type ContextFileInput } from '../engine/context';
import type { WorkspaceContext, WorkspaceDockerfile } from '../store';
import { acceptedPatterns, ignoreReason, type IgnoreReason } from './contextIgnoreReason';

export interface ContextTreeRow {
  path: string;
  /** The last path segment. */
  name: string;
  /** The folder holding it ('' at the root). */
  parent: string;
  /** 0 at the root. */
  depth: number;
  kind: 'dir' | 'file' | 'dockerfile';
  /** Bytes (a folder: everything below it). */
  size: number;
  /** Files below a folder; 1 for a file. */
  fileCount: number;
  /** The build does not receive it. A folder counts as ignored only when nothing below it is sent. */
  ignored: boolean;
  /** The deciding pattern of an ignored entry. */
  reason: IgnoreReason | null;
  /** The ignore file this build uses. */
  isIgnoreFile: boolean;
  /** The file's text is kept (it can be edited); false for binaries and big files. */
  hasContent: boolean;
  mode?: number;
}

export interface ContextTreeView {
  rows: ContextTreeRow[];
  /** The ignore file the active Dockerfile's build uses, or null. */
  ignoreFile: string | null;
  files: number;
  bytes: number;
  sentFiles: number;
  sentBytes: number;
  /** Problems in the ignore file (SC5001), on its lines. */
  diagnostics: Diagnostic[];
  /** BuildKit's error when the ignore file fails the build. */
  error?: string;
}

/** Map the workspace's context and Dockerfiles to the tree the context panel shows. */
export function toContextTree(context: WorkspaceContext, dockerfiles: readonly WorkspaceDockerfile[], activeDockerfile: string): ContextTreeView {
  const input: Record<string, ContextFileInput> = {};
  for (const [path, file] of Object.entries(context)) {
    input[path] = file.mode === undefined ? { size: file.size, ...(file.content === undefined ? {} : { content: file.content }) } : { ...file };
  }
  for (const d of dockerfiles) input[d.path] = { content: d.text };
  const full = createBuildContext(input);
  const resolved = resolveBuildContext(full, activeDockerfile);
  const ignored = new Set(resolved.ignored);
  const accepted = acceptedPatterns(resolved.patterns);
  const ignoreLines = resolved.ignoreFile === null ? [] : (full.files.get(resolved.ignoreFile)?.content ?? '').split('\n');
  const tabPaths = new Set(dockerfiles.map((d) => d.path));
  const children = childrenByDir(full);

  const rows: ContextTreeRow[] = [];
  let sentFiles = 0;
  let sentBytes = 0;
  /** Adds the rows below `dir`; returns [bytes, files] below it. */
  const visit = (dir: string, depth: number): [number, number] => {
    let bytes = 0;
    let count = 0;
    const entries = [...(children.get(dir) ?? [])].sort((a, b) => Number(b.isDir) - Number(a.isDir));
    for (const entry of entries) {
      const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      const isIgnored = ignored.has(entry.path);
      const reason = isIgnored && resolved.ignoreFile !== null ? ignoreReason(resolved.matcher, accepted, resolved.ignoreFile, ignoreLines, entry.path) : null;
      const base = { path: entry.path, name, parent: dir, depth, ignored: isIgnored, reason, isIgnoreFile: entry.path === resolved.ignoreFile };
      if (entry.isDir) {
        const at = rows.length;
        rows.push({ ...base, kind: 'dir', size: 0, fileCount: 0, hasContent: false });
        const [b, c] = visit(entry.path, depth + 1);
        rows[at] = { ...(rows[at] as ContextTreeRow), size: b, fileCount: c };
        bytes += b;
        count += c;
        continue;
      }
      const file = full.files.get(entry.path);
      const size = file?.size ?? 0;
      const row: ContextTreeRow = { ...base, kind: tabPaths.has(entry.path) ? 'dockerfile' : 'file', size, fileCount: 1, hasContent: file?.content !== undefined };
      if (file?.mode !== undefined) row.mode = file.mode;
      rows.push(row);
      bytes += size;
      count += 1;
      if (!isIgnored) {
        sentFiles += 1;
        sentBytes += size;
      }
    }
    return [bytes, count];
  };
  const [bytes, files] = visit('', 0);
  const view: ContextTreeView = { rows, ignoreFile: resolved.ignoreFile, files, bytes, sentFiles, sentBytes, diagnostics: resolved.diagnostics };
  if (resolved.error !== undefined) view.error = resolved.error;
  return view;
}

/** The rows to show when the folders in `collapsed` are closed. */
export function visibleContextRows(rows: readonly ContextTreeRow[], collapsed: ReadonlySet<string>): ContextTreeRow[] {
  if (collapsed.size === 0) return [...rows];
  return rows.filter((row) => {
    for (let p = row.parent; p !== ''; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) if (collapsed.has(p)) return false;
    return true;
  });
}
