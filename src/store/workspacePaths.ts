/**
 * Path rules shared by the Dockerfile tabs and the context files. Both live in one namespace, the
 * context directory (the Dockerfile normally sits in the context, and BuildKit finds
 * `<Dockerfile>.dockerignore` next to it), so a path may name at most one of them, and a file can
 * never also be a folder.
 */
import { WORKSPACE_LIMITS, type Workspace } from './workspaceTypes';

/** A path as typed, made relative: trimmed, no leading `/` or `./`, no doubled or trailing `/`. */
export function normalizeWorkspacePath(input: string): string {
  let path = input.trim().replace(/\/{2,}/g, '/');
  while (path.startsWith('/') || path.startsWith('./')) path = path.startsWith('/') ? path.slice(1) : path.slice(2);
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Why `path` (already normalized) cannot name a file at all, or null when it can. */
export function pathProblem(path: string): string | null {
  if (path === '' || path === '.') return 'Enter a file name.';
  if (path.length > WORKSPACE_LIMITS.pathLength) return `A path can have at most ${WORKSPACE_LIMITS.pathLength} characters.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'A path cannot contain control characters.';
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'A path must stay inside the context (no "." or ".." folders).';
  return null;
}

/** Every path the workspace uses: Dockerfile tabs and context files. */
export function workspacePaths(workspace: Pick<Workspace, 'dockerfiles' | 'context'>): string[] {
  return [...workspace.dockerfiles.map((d) => d.path), ...Object.keys(workspace.context)];
}

/**
 * Why `path` cannot be added to `taken` (paths already used), or null. `except` is the path being
 * renamed (it no longer counts as taken), and for a folder rename everything below it.
 */
export function conflictProblem(path: string, taken: Iterable<string>, except?: string): string | null {
  const exceptDir = except === undefined ? undefined : `${except}/`;
  const prefix = `${path}/`;
  for (const other of taken) {
    if (other === except || (exceptDir !== undefined && other.startsWith(exceptDir))) continue;
    if (other === path) return `"${path}" already exists.`;
    if (other.startsWith(prefix)) return `"${path}" is a folder in the context.`;
    if (path.startsWith(`${other}/`)) return `"${other}" is a file, so it cannot hold "${path}".`;
  }
  return null;
}

/** Why a new or renamed entry cannot take `path` in `workspace`, or null when it can. */
export function checkNewPath(workspace: Pick<Workspace, 'dockerfiles' | 'context'>, path: string, except?: string): string | null {
  return pathProblem(path) ?? conflictProblem(path, workspacePaths(workspace), except);
}

/** A free Dockerfile name: `Dockerfile`, then `Dockerfile.2`, `Dockerfile.3`, ... */
export function nextDockerfilePath(workspace: Pick<Workspace, 'dockerfiles' | 'context'>): string {
  const taken = workspacePaths(workspace);
  if (checkNewPath(workspace, 'Dockerfile') === null) return 'Dockerfile';
  for (let n = 2; ; n++) {
    const candidate = `Dockerfile.${n}`;
    if (conflictProblem(candidate, taken) === null) return candidate;
  }
}

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8 (what a file with this content weighs). */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
