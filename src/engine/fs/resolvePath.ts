/**
 * Path resolution the way the Linux kernel walks a path: component by component, following a
 * symlink met in the middle of the path (and at the end when asked), applying `..` to the
 * resolved location, with the kernel's limit of 40 links (MAXSYMLINKS) before ELOOP. This is what
 * makes `/bin/sh` work on Debian images, where /bin is a symlink to usr/bin.
 */
import { getChild, isDirLike } from './node';
import { joinComponents } from './paths';
import type { BulkNode, DirLikeNode, FsError, FsErrorCode, FsNode } from './types';

const MAX_SYMLINKS = 40;
/** Linux PATH_MAX and NAME_MAX (bytes; we count UTF-16 units, close enough for paths). */
const PATH_MAX = 4096;
const NAME_MAX = 255;

const MESSAGES: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EBULK: 'Inside a bulk entry whose files are not listed',
  ENAMETOOLONG: 'File name too long',
};

/** Build an {@link FsError} with the strerror text. */
export function fsError(code: FsErrorCode, path: string): FsError {
  return { code, path, message: MESSAGES[code] };
}

/** Where a path leads. `components` are canonical (no symlinks, no `.`/`..`). */
export type Resolution =
  | { status: 'found'; components: string[]; node: FsNode }
  /** The parent exists and is a directory; only the last component is absent. */
  | { status: 'missing'; components: string[] }
  /** The path runs into the unlisted content of a bulk entry at `components`. */
  | { status: 'in-bulk'; components: string[]; bulk: BulkNode; rest: string[] }
  | { status: 'error'; error: FsError };

function hasMore(queue: readonly string[], from: number): boolean {
  for (let j = from; j < queue.length; j++) {
    const c = queue[j];
    if (c !== '' && c !== '.') return true;
  }
  return false;
}

/** True when `rel` (relative to the bulk) was removed from the bulk's unlisted content. */
export function inHole(bulk: BulkNode, rel: readonly string[]): boolean {
  const p = rel.join('/');
  return bulk.holes.some((h) => p === h.path || p.startsWith(h.path + '/'));
}

/**
 * Resolve `path` (absolute; a relative path counts from `/`). `follow` follows a symlink in the
 * last component; a trailing `/` or `/.` always follows and requires a directory.
 */
export function resolvePath(root: DirLikeNode, path: string, follow: boolean): Resolution {
  // Also bounds tree depth, so the recursive walks elsewhere cannot overflow the stack.
  if (path.length >= PATH_MAX) return { status: 'error', error: fsError('ENAMETOOLONG', path.slice(0, 64) + '...') };
  let queue = path.split('/');
  let mustBeDir = false;
  while (queue.length > 0 && (queue[queue.length - 1] === '' || queue[queue.length - 1] === '.')) {
    queue.pop();
    mustBeDir = true;
  }
  const follows = follow || mustBeDir;
  const resolved: string[] = [];
  const stack: DirLikeNode[] = [root];
  let links = 0;
  let i = 0;
  while (i < queue.length) {
    const c = queue[i++] as string;
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (resolved.length > 0) {
        resolved.pop();
        stack.pop();
      }
      continue;
    }
    if (c.length > NAME_MAX) return { status: 'error', error: fsError('ENAMETOOLONG', joinComponents([...resolved, c])) };
    const cur = stack[stack.length - 1] as DirLikeNode;
    const more = hasMore(queue, i);
    const child = getChild(cur, c);
    if (child === undefined) {
      if (cur.kind === 'bulk') {
        const rel: string[] = [];
        let j = i - 1;
        let escaped = false;
        for (; j < queue.length; j++) {
          const r = queue[j] as string;
          if (r === '' || r === '.') continue;
          if (r !== '..') rel.push(r);
          else if (rel.length > 0) rel.pop();
          else {
            escaped = true;
            break;
          }
        }
        // `..` climbed back out of the unlisted part: carry on from the bulk directory itself.
        if (escaped) {
          queue = queue.slice(j);
          i = 0;
          continue;
        }
        if (rel.length === 0) return { status: 'found', components: resolved, node: cur };
        if (inHole(cur, rel)) {
          return rel.length === 1
            ? { status: 'missing', components: [...resolved, c] }
            : { status: 'error', error: fsError('ENOENT', joinComponents([...resolved, ...rel])) };
        }
        return { status: 'in-bulk', components: resolved, bulk: cur, rest: rel };
      }
      if (more) return { status: 'error', error: fsError('ENOENT', joinComponents([...resolved, c])) };
      return { status: 'missing', components: [...resolved, c] };
    }
    if (child.kind === 'symlink' && (more || follows)) {
      if (++links > MAX_SYMLINKS) return { status: 'error', error: fsError('ELOOP', joinComponents([...resolved, c])) };
      if (child.target.startsWith('/')) {
        resolved.length = 0;
        stack.length = 1;
      }
      queue = [...child.target.split('/'), ...queue.slice(i)];
      i = 0;
      continue;
    }
    if ((more || mustBeDir) && !isDirLike(child)) {
      return { status: 'error', error: fsError('ENOTDIR', joinComponents([...resolved, c])) };
    }
    resolved.push(c);
    if (isDirLike(child)) stack.push(child);
    if (!more) return { status: 'found', components: resolved, node: child };
  }
  return { status: 'found', components: resolved, node: stack[stack.length - 1] as DirLikeNode };
}
