/**
 * Pure edits of a workspace: each takes a workspace and returns the new one, or a message saying
 * why the edit cannot be made (the UI shows it next to the field). The store's actions call these,
 * so every rule is tested without a store.
 */
import { checkNewPath, normalizeWorkspacePath, utf8Length } from './workspacePaths';
import type { Removal, Workspace, WorkspaceContext, WorkspaceFile } from './workspaceTypes';
import { WORKSPACE_LIMITS } from './workspaceTypes';

export type EditResult = { ok: true; workspace: Workspace } | { ok: false; error: string };

const fail = (error: string): EditResult => ({ ok: false, error });
const done = (workspace: Workspace): EditResult => ({ ok: true, workspace });

/** Open a new tab at `path` (made relative first) and make it active. */
export function addDockerfile(workspace: Workspace, rawPath: string, text = ''): EditResult {
  const path = normalizeWorkspacePath(rawPath);
  if (workspace.dockerfiles.length >= WORKSPACE_LIMITS.dockerfiles) return fail(`A workspace holds at most ${WORKSPACE_LIMITS.dockerfiles} Dockerfiles.`);
  const problem = checkNewPath(workspace, path);
  if (problem) return fail(problem);
  return done({ ...workspace, dockerfiles: [...workspace.dockerfiles, { path, text }], activeDockerfile: path });
}

/** Rename the tab `from`; the active tab follows the rename. */
export function renameDockerfile(workspace: Workspace, from: string, rawTo: string): EditResult {
  const to = normalizeWorkspacePath(rawTo);
  if (!workspace.dockerfiles.some((d) => d.path === from)) return fail(`There is no Dockerfile "${from}".`);
  if (to === from) return done(workspace);
  const problem = checkNewPath(workspace, to, from);
  if (problem) return fail(problem);
  return done({
    ...workspace,
    dockerfiles: workspace.dockerfiles.map((d) => (d.path === from ? { ...d, path: to } : d)),
    activeDockerfile: workspace.activeDockerfile === from ? to : workspace.activeDockerfile,
  });
}

/** Close a tab; the neighbour to its right (else left) becomes active. The last tab stays. */
export function closeDockerfile(workspace: Workspace, path: string): EditResult {
  const index = workspace.dockerfiles.findIndex((d) => d.path === path);
  if (index < 0) return fail(`There is no Dockerfile "${path}".`);
  if (workspace.dockerfiles.length === 1) return fail('A workspace keeps at least one Dockerfile.');
  const dockerfiles = workspace.dockerfiles.filter((d) => d.path !== path);
  const next = dockerfiles[Math.min(index, dockerfiles.length - 1)] as (typeof dockerfiles)[number];
  return done({ ...workspace, dockerfiles, activeDockerfile: workspace.activeDockerfile === path ? next.path : workspace.activeDockerfile });
}

/** Make an existing tab the active one. */
export function setActiveDockerfile(workspace: Workspace, path: string): EditResult {
  if (!workspace.dockerfiles.some((d) => d.path === path)) return fail(`There is no Dockerfile "${path}".`);
  return done({ ...workspace, activeDockerfile: path });
}

/** Replace the active Dockerfile's text. */
export function setActiveText(workspace: Workspace, text: string): Workspace {
  return {
    ...workspace,
    dockerfiles: workspace.dockerfiles.map((d) => (d.path === workspace.activeDockerfile ? { ...d, text } : d)),
  };
}

/** What a caller gives for a context file: its text, or its size when the content is not kept. */
export interface ContextFileChange {
  content?: string;
  size?: number;
  mode?: number;
}

/** Add a context file or replace one (its mode stays unless a new one is given). */
export function setContextFile(workspace: Workspace, rawPath: string, change: ContextFileChange): EditResult {
  const path = normalizeWorkspacePath(rawPath);
  const existing = workspace.context[path];
  if (!existing) {
    if (Object.keys(workspace.context).length >= WORKSPACE_LIMITS.contextFiles) return fail(`A context holds at most ${WORKSPACE_LIMITS.contextFiles} files here.`);
    const problem = checkNewPath(workspace, path);
    if (problem) return fail(problem);
  }
  const file: WorkspaceFile = change.content !== undefined
    ? { size: utf8Length(change.content), content: change.content }
    : { size: Math.max(0, Math.floor(change.size ?? existing?.size ?? 0)) };
  const mode = change.mode ?? existing?.mode;
  if (mode !== undefined) file.mode = mode;
  return done({ ...workspace, context: { ...workspace.context, [path]: file } });
}

/** The context paths `path` names: the file itself, or every file below the folder `path`. */
export function pathsUnder(context: WorkspaceContext, path: string): string[] {
  if (context[path]) return [path];
  const prefix = `${path}/`;
  return Object.keys(context).filter((p) => p.startsWith(prefix));
}

/** Rename a context file, or a folder with everything in it. */
export function renameContextPath(workspace: Workspace, from: string, rawTo: string): EditResult {
  const to = normalizeWorkspacePath(rawTo);
  const moved = pathsUnder(workspace.context, from);
  if (moved.length === 0) return fail(`There is nothing at "${from}".`);
  if (to === from) return done(workspace);
  if (to.startsWith(`${from}/`)) return fail(`"${from}" cannot move into itself.`);
  const problem = checkNewPath(workspace, to, from);
  if (problem) return fail(problem);
  // fromEntries, not assignment: a file may be called `__proto__`.
  const context = Object.fromEntries(
    Object.entries(workspace.context).map(([path, file]) => [
      path === from ? to : path.startsWith(`${from}/`) ? `${to}${path.slice(from.length)}` : path,
      file,
    ]),
  );
  return done({ ...workspace, context });
}

/** Delete a context file, or a folder with everything in it. */
export function deleteContextPath(workspace: Workspace, path: string): EditResult {
  const gone = new Set(pathsUnder(workspace.context, path));
  if (gone.size === 0) return fail(`There is nothing at "${path}".`);
  return done({ ...workspace, context: Object.fromEntries(Object.entries(workspace.context).filter(([p]) => !gone.has(p))) });
}

/** What removing `path` (a tab, or a context file or folder) takes away, or null if nothing. */
export function removalOf(workspace: Workspace, path: string, kind: Removal['kind']): Removal | null {
  if (kind === 'dockerfile') {
    const index = workspace.dockerfiles.findIndex((d) => d.path === path);
    const dockerfile = workspace.dockerfiles[index];
    return dockerfile ? { kind, dockerfile, index } : null;
  }
  const paths = pathsUnder(workspace.context, path);
  return paths.length === 0 ? null : { kind, path, files: Object.fromEntries(paths.map((p) => [p, workspace.context[p] as WorkspaceFile])) };
}

/** Put back what a close or delete removed, where it was, if its paths are still free. */
export function undoRemoval(workspace: Workspace, removal: Removal): EditResult {
  if (removal.kind === 'dockerfile') {
    const { path, text } = removal.dockerfile;
    const problem = checkNewPath(workspace, path);
    if (problem) return fail(`"${path}" cannot come back: ${problem}`);
    const dockerfiles = [...workspace.dockerfiles];
    dockerfiles.splice(Math.min(removal.index, dockerfiles.length), 0, { path, text });
    return done({ ...workspace, dockerfiles, activeDockerfile: path });
  }
  for (const path of Object.keys(removal.files)) {
    const problem = checkNewPath(workspace, path);
    if (problem) return fail(`"${removal.path}" cannot come back: ${problem}`);
  }
  return done({ ...workspace, context: { ...workspace.context, ...removal.files } });
}
