/**
 * Import a project as the build context: read what was dropped or picked, collect it, and build
 * the workspace to open. The Dockerfiles found become the tabs (the root `Dockerfile` active);
 * when there are none, the current tabs stay. The result is validated like any loaded workspace.
 */
import { readWorkspaceDocument, toWorkspaceDocument, WORKSPACE_LIMITS, type Workspace } from '../../store';
import { countFiles, formatBytes } from '../../view/contextFormat';
import { collectImport, type CollectedContext } from './collectImport';
import type { FoundFiles } from './readDropped';
import { readZip } from './readZip';

export type ImportResult = { ok: true; workspace: Workspace; name: string; note: string } | { ok: false; error: string };

/** Read a .zip file into found files (paths keep the archive's folders; a single root is removed later). */
export async function filesFromZip(file: File): Promise<FoundFiles | string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return `${file.name} could not be read.`;
  }
  const zip = readZip(bytes);
  return zip.ok ? { files: zip.files, skipped: [], name: file.name } : zip.error;
}

/** The workspace an import opens: the collected context, with the found Dockerfiles or the current ones. */
export function importedWorkspace(current: Workspace, collected: CollectedContext): Workspace {
  const found = collected.dockerfiles.length > 0;
  const dockerfiles = found ? collected.dockerfiles : current.dockerfiles;
  const tabPaths = dockerfiles.map((d) => d.path);
  // A context file cannot share a path with a kept tab (or be the folder of one).
  const clashes = (path: string) => tabPaths.some((t) => t === path || t.startsWith(`${path}/`) || path.startsWith(`${t}/`));
  return {
    dockerfiles,
    activeDockerfile: found ? (dockerfiles[0]?.path ?? current.activeDockerfile) : current.activeDockerfile,
    context: Object.fromEntries(Object.entries(collected.files).filter(([path]) => !clashes(path))),
    target: found ? '' : current.target,
    buildArgs: current.buildArgs,
    mode: current.mode,
  };
}

/** A sentence or three on what the import kept and left out. */
export function describeImport(name: string, collected: CollectedContext, workspace: Workspace): string {
  const files = Object.values(workspace.context);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const parts = [`Imported ${countFiles(files.length)} (${formatBytes(bytes)}) from “${name}”.`];
  if (collected.dockerfiles.length > 0) {
    parts.push(`${collected.dockerfiles.length === 1 ? 'Its Dockerfile is' : `Its ${collected.dockerfiles.length} Dockerfiles are`} open as ${collected.dockerfiles.length === 1 ? 'a tab' : 'tabs'}.`);
  }
  if (collected.skipped.length > 0) {
    const list = collected.skipped.map((s) => `${s.path}/${s.files === null ? '' : ` (${countFiles(s.files)})`}`).join(', ');
    parts.push(`Left out ${list}: they are rarely part of a build context. Tick “Include node_modules and .git” and import again to keep them.`);
  }
  if (collected.sizeOnly > 0) parts.push(`${countFiles(collected.sizeOnly)} (binary, or over 64 KiB) keep only their size.`);
  if (collected.overLimit > 0) parts.push(`${countFiles(collected.overLimit)} beyond the first ${WORKSPACE_LIMITS.contextFiles.toLocaleString('en-US')} were left out.`);
  if (collected.unreadable > 0) parts.push(`${countFiles(collected.unreadable)} could not be read and keep only their size.`);
  return parts.join(' ');
}

/** Collect found files into a workspace to open, validated. */
export async function importFound(found: FoundFiles, current: Workspace, options: { includeHeavyDirs: boolean; stripCommonRoot: boolean }): Promise<ImportResult> {
  const collected = await collectImport(found.files, options, found.skipped);
  if (Object.keys(collected.files).length === 0 && collected.dockerfiles.length === 0) {
    return { ok: false, error: `Nothing to import from “${found.name}”: it holds no files${collected.skipped.length > 0 ? ' outside node_modules and .git' : ''}.` };
  }
  const workspace = importedWorkspace(current, collected);
  const valid = readWorkspaceDocument(toWorkspaceDocument(workspace));
  if (!valid.ok) return { ok: false, error: `“${found.name}” cannot be used as a build context: ${valid.error}` };
  return { ok: true, workspace: valid.value, name: found.name, note: describeImport(found.name, collected, valid.value) };
}
