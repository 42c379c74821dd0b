/**
 * The build context: the files a build can COPY/ADD from, keyed by their path relative to the
 * context root (`src/main.go`, no leading `/` or `./`). Directories are implied by file paths;
 * empty directories can be listed explicitly. A context is an immutable value.
 */
import { cleanPath, compareGoStrings, utf8Bytes } from './goText';

/** One file of the context. */
export interface ContextFile {
  /** Bytes. */
  size: number;
  /** Permission bits (e.g. 0o644); absent means the default a checkout gives (0o644). */
  mode?: number;
  /** Text content, kept for small text files (package.json, go.mod, .dockerignore). */
  content?: string;
  /** sha256 hex of the content when known without keeping it. */
  digest?: string;
}

/** How a caller describes a file: its text, or its fields (size defaults to the text's bytes). */
export type ContextFileInput = string | { size?: number; mode?: number; content?: string; digest?: string };

export interface BuildContext {
  /** Files by relative path. */
  readonly files: ReadonlyMap<string, ContextFile>;
  /** Every directory: the parents of files plus explicit (possibly empty) ones; never the root. */
  readonly dirs: ReadonlySet<string>;
  /** Input paths left out: outside the context (`..`), the root itself, or a file path that
   * another entry uses as a directory. */
  readonly rejected: readonly string[];
}

/** One entry in walk order. */
export interface ContextEntry {
  path: string;
  isDir: boolean;
}

export interface CreateBuildContextOptions {
  /** Directories to include even when no file lies below them. */
  dirs?: readonly string[];
}

/**
 * Build a context from a plain record.
 * @example createBuildContext({ 'package.json': '{"name":"app"}', 'dist/app.js': { size: 52_000 } })
 */
export function createBuildContext(
  files: Readonly<Record<string, ContextFileInput>>,
  options: CreateBuildContextOptions = {},
): BuildContext {
  const rejected: string[] = [];
  const dirs = new Set<string>();
  const accepted = new Map<string, ContextFile>();
  const addParents = (path: string): void => {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) dirs.add(path.slice(0, i));
  };
  for (const dir of options.dirs ?? []) {
    const path = contextPath(dir);
    if (path === null) rejected.push(dir);
    else {
      dirs.add(path);
      addParents(path);
    }
  }
  for (const [key, input] of Object.entries(files)) {
    const path = contextPath(key);
    if (path === null) rejected.push(key);
    else {
      accepted.set(path, toContextFile(input));
      addParents(path);
    }
  }
  for (const path of [...accepted.keys()]) {
    if (dirs.has(path)) {
      accepted.delete(path);
      rejected.push(path);
    }
  }
  const sorted = new Map([...accepted].sort(([a], [b]) => compareGoStrings(a, b)));
  return { files: sorted, dirs, rejected };
}

/** A context holding nothing. */
export function emptyBuildContext(): BuildContext {
  return createBuildContext({});
}

/** A new context with only the given files (directories are re-derived; explicit empty ones
 * survive only if listed in `keepDirs`). */
export function contextWithFiles(
  files: ReadonlyMap<string, ContextFile>,
  keepDirs: Iterable<string> = [],
): BuildContext {
  return createBuildContext(Object.fromEntries(files), { dirs: [...keepDirs] });
}

/** The file at `path` (relative or `/`-rooted), if any. */
export function getContextFile(context: BuildContext, path: string): ContextFile | undefined {
  const key = contextPath(path);
  return key === null ? undefined : context.files.get(key);
}

/** Whether `path` names a file or directory of the context (the root `.` always exists). */
export function hasContextPath(context: BuildContext, path: string): boolean {
  const key = contextPath(path);
  if (key === null) return cleanPath(`/${path}`) === '/';
  return context.files.has(key) || context.dirs.has(key);
}

/** Total bytes of the context's files (what `transferring context` reports). */
export function contextSize(context: BuildContext): number {
  let total = 0;
  for (const file of context.files.values()) total += file.size;
  return total;
}

/**
 * Every entry in the order Go's directory walk visits them: depth first, names sorted by bytes
 * within each directory (so `a/b` comes before `a-c`, unlike a plain sort of full paths).
 */
export function contextEntries(context: BuildContext): ContextEntry[] {
  const children = childrenByDir(context);
  const out: ContextEntry[] = [];
  const visit = (dir: string): void => {
    for (const entry of children.get(dir) ?? []) {
      out.push(entry);
      if (entry.isDir) visit(entry.path);
    }
  };
  visit('');
  return out;
}

/** Direct children of every directory (`''` is the root), each list in Go walk order. */
export function childrenByDir(context: BuildContext): Map<string, ContextEntry[]> {
  const children = new Map<string, ContextEntry[]>();
  const add = (path: string, isDir: boolean): void => {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    const list = children.get(parent);
    if (list) list.push({ path, isDir });
    else children.set(parent, [{ path, isDir }]);
  };
  for (const dir of context.dirs) add(dir, true);
  for (const path of context.files.keys()) add(path, false);
  for (const list of children.values()) {
    list.sort((a, b) => compareGoStrings(baseName(a.path), baseName(b.path)));
  }
  return children;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Normalise a caller's path to a context key; null when it is the root or leaves the context. */
export function contextPath(path: string): string | null {
  const clean = cleanPath(path.replace(/^\/+/, ''));
  if (clean === '.' || clean === '..' || clean.startsWith('../')) return null;
  return clean;
}

function toContextFile(input: ContextFileInput): ContextFile {
  if (typeof input === 'string') return { size: utf8Bytes(input).length, content: input };
  const file: ContextFile = {
    size: input.size ?? (input.content !== undefined ? utf8Bytes(input.content).length : 0),
  };
  if (input.mode !== undefined) file.mode = input.mode;
  if (input.content !== undefined) file.content = input.content;
  if (input.digest !== undefined) file.digest = input.digest;
  return file;
}
