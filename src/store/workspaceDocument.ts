/**
 * The workspace as a JSON document: the body of a share link and of a `.stagecraft.json` file.
 * Reading one validates every field by hand (no schema library) and never throws: anything wrong
 * comes back as a message that names the field, and the caller keeps the current work.
 */
import { normalizeWorkspacePath, pathProblem, utf8Length } from './workspacePaths';
import { WORKSPACE_LIMITS, type Workspace, type WorkspaceFile } from './workspaceTypes';

export const WORKSPACE_FORMAT = 'stagecraft-workspace';
export const WORKSPACE_VERSION = 1;

/** A context file in a document: its text (size follows from it), or its size alone. */
export type DocumentFile = { content: string; mode?: number } | { size: number; mode?: number };

export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  dockerfiles: { path: string; text: string }[];
  active: string;
  context: Record<string, DocumentFile>;
  target: string;
  buildArgs: Record<string, string>;
  mode: Workspace['mode'];
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The document for a workspace. */
export function toWorkspaceDocument(workspace: Workspace): WorkspaceDocument {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    dockerfiles: workspace.dockerfiles.map(({ path, text }) => ({ path, text })),
    active: workspace.activeDockerfile,
    context: Object.fromEntries(Object.entries(workspace.context).map(([path, file]) => [path, toDocumentFile(file)])),
    target: workspace.target,
    buildArgs: { ...workspace.buildArgs },
    mode: workspace.mode,
  };
}

function toDocumentFile(file: WorkspaceFile): DocumentFile {
  const out: DocumentFile = file.content !== undefined ? { content: file.content } : { size: file.size };
  if (file.mode !== undefined) out.mode = file.mode;
  return out;
}

/** Thrown inside the reader only; {@link readWorkspaceDocument} turns it into an error value. */
class Invalid extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function record(value: unknown, where: string, allowed?: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw new Invalid(`${where} must be an object.`);
  if (allowed) {
    const extra = Object.keys(value).find((k) => !allowed.includes(k));
    if (extra !== undefined) throw new Invalid(`${where} has an unknown field "${extra}".`);
  }
  return value;
}

function string(value: unknown, where: string, maxBytes: number = WORKSPACE_LIMITS.pathLength): string {
  if (typeof value !== 'string') throw new Invalid(`${where} must be text.`);
  if (value.length > maxBytes || utf8Length(value) > maxBytes) throw new Invalid(`${where} is too long.`);
  return value;
}

function path(value: unknown, where: string): string {
  const text = string(value, where);
  const problem = pathProblem(text);
  if (problem) throw new Invalid(`${where} "${text}": ${problem}`);
  if (normalizeWorkspacePath(text) !== text) throw new Invalid(`${where} "${text}" must be a plain relative path.`);
  return text;
}

function mode(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0o7777) throw new Invalid(`${where} must be permission bits (0 to 0o7777).`);
  return value;
}

function readFile(value: unknown, where: string): WorkspaceFile {
  const fields = record(value, where, ['content', 'size', 'mode']);
  const hasContent = fields.content !== undefined;
  if (hasContent === (fields.size !== undefined)) throw new Invalid(`${where} needs either "content" or "size".`);
  let file: WorkspaceFile;
  if (hasContent) {
    const content = string(fields.content, `${where}.content`, WORKSPACE_LIMITS.contextContentBytes);
    file = { size: utf8Length(content), content };
  } else {
    const size = fields.size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw new Invalid(`${where}.size must be a whole number of bytes.`);
    file = { size };
  }
  if (fields.mode !== undefined) file.mode = mode(fields.mode, `${where}.mode`);
  return file;
}

function readDockerfiles(value: unknown): Workspace['dockerfiles'] {
  if (!Array.isArray(value) || value.length === 0) throw new Invalid('"dockerfiles" must list at least one Dockerfile.');
  if (value.length > WORKSPACE_LIMITS.dockerfiles) throw new Invalid(`"dockerfiles" lists more than ${WORKSPACE_LIMITS.dockerfiles} files.`);
  return value.map((entry, i) => {
    const where = `dockerfiles[${i}]`;
    const fields = record(entry, where, ['path', 'text']);
    return { path: path(fields.path, `${where}.path`), text: string(fields.text, `${where}.text`, WORKSPACE_LIMITS.dockerfileBytes) };
  });
}

function readContext(value: unknown): Record<string, WorkspaceFile> {
  const entries = Object.entries(record(value, '"context"'));
  if (entries.length > WORKSPACE_LIMITS.contextFiles) throw new Invalid(`"context" holds more than ${WORKSPACE_LIMITS.contextFiles} files.`);
  let contentBytes = 0;
  const files = entries.map(([key, entry]): [string, WorkspaceFile] => {
    const where = `context["${key}"]`;
    const file = readFile(entry, where);
    path(key, `${where} path`);
    if (file.content !== undefined) contentBytes += file.size;
    return [key, file];
  });
  if (contentBytes > WORKSPACE_LIMITS.contextContentBytes) throw new Invalid('"context" holds more text than this app keeps (16 MiB).');
  return Object.fromEntries(files);
}

/** Every path once, and no file doubling as a folder (`a` and `a/b`). */
function checkPathsFit(paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) throw new Invalid(`"${p}" appears twice.`);
    seen.add(p);
  }
  for (const p of paths) {
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
      if (seen.has(p.slice(0, i))) throw new Invalid(`"${p.slice(0, i)}" is a file, so it cannot hold "${p}".`);
    }
  }
}

function readBuildArgs(value: unknown): Record<string, string> {
  const entries = Object.entries(record(value, '"buildArgs"'));
  if (entries.length > WORKSPACE_LIMITS.buildArgs) throw new Invalid(`"buildArgs" has more than ${WORKSPACE_LIMITS.buildArgs} entries.`);
  return Object.fromEntries(entries.map(([key, v]) => {
    if (key === '' || key.includes('=')) throw new Invalid(`buildArgs name "${key}" must be non-empty and without "=".`);
    return [key, string(v, `buildArgs["${key}"]`, WORKSPACE_LIMITS.dockerfileBytes)];
  }));
}

function readDocument(value: unknown): Workspace {
  const doc = record(value, 'The workspace', ['format', 'version', 'dockerfiles', 'active', 'context', 'target', 'buildArgs', 'mode']);
  if (doc.format !== WORKSPACE_FORMAT) throw new Invalid('It is not a Stagecraft workspace ("format" is missing or wrong).');
  if (doc.version !== WORKSPACE_VERSION) {
    throw new Invalid(typeof doc.version === 'number' && doc.version > WORKSPACE_VERSION
      ? `It was made by a newer Stagecraft (format version ${doc.version}).`
      : '"version" must be 1.');
  }
  const dockerfiles = readDockerfiles(doc.dockerfiles);
  const active = string(doc.active, '"active"');
  if (!dockerfiles.some((d) => d.path === active)) throw new Invalid(`"active" names "${active}", which is not one of the Dockerfiles.`);
  const context = readContext(doc.context);
  checkPathsFit([...dockerfiles.map((d) => d.path), ...Object.keys(context)]);
  const mode = doc.mode;
  if (mode !== 'buildkit' && mode !== 'legacy') throw new Invalid('"mode" must be "buildkit" or "legacy".');
  return {
    dockerfiles,
    activeDockerfile: active,
    context,
    target: string(doc.target, '"target"'),
    buildArgs: readBuildArgs(doc.buildArgs),
    mode,
  };
}

/** Validate a parsed document and turn it into a workspace. */
export function readWorkspaceDocument(value: unknown): ReadResult<Workspace> {
  try {
    return { ok: true, value: readDocument(value) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Parse and validate the text of a `.stagecraft.json` file (or any JSON holding a document). */
export function parseWorkspaceJson(text: string): ReadResult<Workspace> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'It is not valid JSON.' };
  }
  return readWorkspaceDocument(value);
}

/** The `.stagecraft.json` text for a workspace (indented, so it diffs well in a repository). */
export function workspaceJson(workspace: Workspace): string {
  return `${JSON.stringify(toWorkspaceDocument(workspace), null, 2)}\n`;
}
