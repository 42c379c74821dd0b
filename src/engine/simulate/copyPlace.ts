/**
 * Putting one selected source into the destination (BuildKit's copy with CopyDirContentsOnly,
 * CreateDestPath and FollowSymlinks; SEMANTICS.md §2.2, SCENARIOS 48):
 * - a directory's contents go into the destination, which is created;
 * - a file goes *into* the destination when it ends with `/` or is an existing directory,
 *   otherwise it becomes the destination;
 * - missing parent directories are created (0755, owned by `--chown` or root).
 */
import { baseName, childPath, copyFrom, locate, mkdir, normalizePath, parentPath, remove, walk, type CopyOptions, type FileTree, type FsResult } from '../fs';
import { createMatcher } from '../context';

export interface PlaceOptions extends CopyOptions {
  /** Owner of directories the copy creates. */
  dirOwner: { uid: number; gid: number };
}

function ensureDir(tree: FileTree, path: string, o: PlaceOptions): FsResult {
  return mkdir(tree, path, { parents: true, uid: o.dirOwner.uid, gid: o.dirOwner.gid, mtime: o.mtime ?? 0 });
}

function isDirAt(tree: FileTree, path: string): boolean | undefined {
  const at = locate(tree, path);
  if (at.status === 'found') return at.entry.kind === 'dir' || at.entry.kind === 'bulk';
  if (at.status === 'in-bulk') return true;
  return undefined;
}

/** Copy `srcPath` of `src` to `dest` (resolved against the workdir, trailing `/` kept). */
export function placeCopy(tree: FileTree, src: FileTree, srcPath: string, dest: string, o: PlaceOptions): FsResult {
  const srcIsDir = isDirAt(src, srcPath);
  const destClean = normalizePath(dest);
  if (srcIsDir) {
    const made = ensureDir(tree, destClean, o);
    if (!made.ok) return made;
    return copyFrom(src, srcPath, made.tree, destClean, { ...o, contentsOnly: true });
  }
  const intoDir = dest.endsWith('/') || dest.endsWith('/.') || isDirAt(tree, destClean) === true;
  const target = intoDir ? childPath(destClean, baseName(normalizePath(srcPath)) || 'file') : destClean;
  const made = ensureDir(tree, intoDir ? destClean : parentPath(target), o);
  if (!made.ok) return made;
  return copyFrom(src, srcPath, made.tree, target, o);
}

/**
 * The source tree without what `--exclude` patterns name, matched (dockerignore-style) against
 * paths relative to the copied path.
 */
export function withoutExcluded(src: FileTree, srcPath: string, patterns: readonly string[]): FileTree {
  if (patterns.length === 0) return src;
  const matcher = createMatcher(patterns);
  const root = normalizePath(srcPath);
  let out = src;
  if (isDirAt(src, root) !== true) {
    if (matcher.matches(baseName(root))) {
      const removed = remove(out, root, { recursive: true, force: true });
      if (removed.ok) out = removed.tree;
    }
    return out;
  }
  for (const entry of walk(src, root)) {
    const rel = entry.path.slice(root === '/' ? 1 : root.length + 1);
    if (!matcher.matches(rel, entry.kind === 'dir' || entry.kind === 'bulk')) continue;
    const removed = remove(out, entry.path, { recursive: true, force: true });
    if (removed.ok) out = removed.tree;
  }
  return out;
}
