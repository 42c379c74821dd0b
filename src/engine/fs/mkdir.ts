/**
 * `mkdir` and `mkdir -p`. BuildKit's WORKDIR and COPY's CreateDestPath are `mkdir -p` with the
 * stage's USER as owner and mode 0755, so the owner and mode are parameters here.
 */
import { isDirLike, makeDir } from './node';
import { joinComponents } from './paths';
import { fsError, resolvePath } from './resolvePath';
import { setAt } from './updateAt';
import type { AttrsInput, DirLikeNode, FileTree, FsResult } from './types';

/** Options for {@link mkdir}: the new directories' attributes plus `-p`. */
export interface MkdirOptions extends AttrsInput {
  /** Create missing parents and accept an existing directory (`mkdir -p`). */
  parents?: boolean;
}

function createOne(root: DirLikeNode, path: string, options: MkdirOptions, parents: boolean, last: boolean): DirLikeNode | FsResult {
  const r = resolvePath(root, path, parents);
  switch (r.status) {
    case 'error':
      return { ok: false, error: r.error };
    case 'found':
      if (parents && isDirLike(r.node)) return root;
      return { ok: false, error: fsError(last ? 'EEXIST' : 'ENOTDIR', joinComponents(r.components)) };
    case 'missing':
      return setAt(root, r.components, makeDir(options));
    case 'in-bulk':
      // The bulk's unlisted content may already hold it; listing it now is harmless.
      return setAt(root, [...r.components, ...r.rest], makeDir(options));
  }
}

/**
 * Create a directory. Without `parents`, the parent must exist and the path must not; with
 * `parents`, every missing component is created with the same attributes (symlinks on the way
 * are followed, so `mkdir -p /bin/x` on Debian creates /usr/bin/x).
 */
export function mkdir(tree: FileTree, path: string, options: MkdirOptions = {}): FsResult {
  const parents = options.parents ?? false;
  let root = tree.root;
  if (parents) {
    const parts = path.split('/');
    let lastReal = parts.length;
    while (lastReal > 0 && ['', '.', '..'].includes(parts[lastReal - 1] as string)) lastReal--;
    for (let k = 1; k <= parts.length; k++) {
      const part = parts[k - 1];
      if (part === '' || part === '.' || part === '..') continue;
      const next = createOne(root, parts.slice(0, k).join('/') || '/', options, true, k === lastReal);
      if ('ok' in next) return next;
      root = next;
    }
  } else {
    const next = createOne(root, path, options, false, true);
    if ('ok' in next) return next;
    root = next;
  }
  return { ok: true, tree: root === tree.root ? tree : { root } };
}
