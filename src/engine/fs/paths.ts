/**
 * Lexical path helpers. The virtual filesystem uses absolute POSIX paths; symlinks are resolved
 * separately (resolvePath.ts) because `..` must be applied after a link is followed, as Linux
 * does (`/bin/../lib` on Debian, where /bin -> usr/bin, is /usr/lib).
 */

/** Split a path into its raw components (empty and `.` parts kept, so resolution sees them). */
export function rawComponents(path: string): string[] {
  return path.split('/');
}

/** Lexically normalise an absolute path: collapse `//`, `.` and `..` (never above `/`). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Resolve `path` against the working directory `cwd` lexically (like `path.posix.resolve`). */
export function resolveAgainst(cwd: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** Lexical components of a path: `/a/./b/../c` -> ['a', 'c'], `/` -> []. */
export function pathComponents(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** Join canonical components back into an absolute path. */
export function joinComponents(components: readonly string[]): string {
  return '/' + components.join('/');
}

/** Append one name to an absolute path. */
export function childPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/** The parent of an absolute normalised path (`/` is its own parent). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The last component of an absolute normalised path (`` for `/`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` is `ancestor` or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '/') return true;
  return path === ancestor || path.startsWith(ancestor + '/');
}

/**
 * Tree order: compare component by component, so a directory sorts right before its contents
 * (`/a`, `/a/b`, `/a-b`), the order `ls -R`, tar and dive show. Names compare by UTF-16 code
 * unit, which matches Go's byte order for the paths Dockerfiles use.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split('/');
  const pb = b.split('/');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
