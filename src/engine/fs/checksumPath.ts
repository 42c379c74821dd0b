/**
 * Content checksums for COPY/ADD cache keys, following BuildKit's cache/contenthash:
 * - each entry is hashed as a tarsum v1 header (cache/contenthash/tarsum.go v1TarHeaderSelect:
 *   the v0 fields name, mode, uid, gid, size, typeflag, linkname, uname, gname, devmajor,
 *   devminor, i.e. everything but **mtime**) followed by the file's content;
 * - the header's name is empty (filehash.go NewFromStat: "Name is added on recursive directory
 *   scan"), so a single file's checksum does not depend on its own name; the selected path goes
 *   into the cache key separately;
 * - a directory's checksum covers its own header and each child's name and checksum, in name
 *   order (checksum.go, `case CacheRecordTypeDir`), so renaming anything inside changes it.
 * We do not model uname/gname, device numbers or xattrs; they are constant here. Our digests are
 * our own (we hash a content digest, not the bytes), so they never equal BuildKit's values;
 * what matches is which changes do and do not change them.
 */
import { sha256Hex } from './digest';
import { resolvePath } from './resolvePath';
import { hamtForEach } from './hamt';
import { isDirLike } from './node';
import type { FileNode, FileTree, FsNode } from './types';

/** tar typeflags: '0' regular, '2' symlink, '5' directory (a bulk entry is a directory in tar). */
const TYPEFLAG = { file: '0', symlink: '2', dir: '5', bulk: '5' } as const;

function header(node: FsNode): string {
  const size = node.kind === 'file' ? node.size : 0;
  const link = node.kind === 'symlink' ? node.target : '';
  return `name\u0000mode${node.mode}\u0000uid${node.uid}\u0000gid${node.gid}\u0000size${size}\u0000typeflag${TYPEFLAG[node.kind]}\u0000linkname${link}`;
}

const memo = new WeakMap<FsNode, string>();

/** What stands for a file's bytes: the content itself when kept (as BuildKit hashes the bytes). */
function fileData(node: FileNode): string {
  if (node.content !== undefined) return `content\u0000${node.content}`;
  if (node.digest !== undefined) return `digest\u0000${node.digest}`;
  return `seed\u0000${node.seed ?? ''}`;
}

/** The checksum of one node and its subtree (memoised: nodes never change). */
export function checksumNode(node: FsNode): string {
  const cached = memo.get(node);
  if (cached !== undefined) return cached;
  let sum: string;
  if (node.kind === 'file') sum = sha256Hex(`${header(node)}\u0000${fileData(node)}`);
  else if (node.kind === 'symlink') sum = sha256Hex(header(node));
  else {
    const parts = ['\u0000', sha256Hex(header(node))];
    if (node.kind === 'bulk') {
      // The unlisted files: their identity, amount, and what was removed from them.
      const holes = node.holes.map((h) => `${h.path}:${h.size}:${h.fileCount}`).sort().join(',');
      parts.push(`\u0000bulk\u0000${node.digest}\u0000${node.size}\u0000${node.fileCount}\u0000${holes}`);
    }
    const children: [string, FsNode][] = [];
    if (isDirLike(node)) hamtForEach(node.children, (k, v) => children.push([k, v]));
    children.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [name, child] of children) parts.push(`\u0000${name}\u0000${checksumNode(child)}`);
    sum = sha256Hex(parts.join(''));
  }
  memo.set(node, sum);
  return sum;
}

/** Options for {@link checksumPath}. */
export interface ChecksumOptions {
  /** Follow a symlink at `path` (default true: COPY follows its source paths). */
  follow?: boolean;
}

/**
 * sha256 hex over the selected subtree's names, modes, owners, sizes, types, link targets and
 * contents, never mtimes; undefined when the path does not exist. A path inside a bulk
 * entry's unlisted content checksums as "that part of that bulk", which changes with the bulk.
 */
export function checksumPath(tree: FileTree, path: string, options: ChecksumOptions = {}): string | undefined {
  const r = resolvePath(tree.root, path, options.follow ?? true);
  if (r.status === 'found') return checksumNode(r.node);
  if (r.status === 'in-bulk') return sha256Hex(`in-bulk\u0000${checksumNode(r.bulk)}\u0000${r.rest.join('/')}`);
  return undefined;
}
