/**
 * sha256 digests for entries. Digests of files without kept content are derived from a seed the
 * caller gives (the simulator knows which package or artifact a file is), so equal inputs give
 * equal digests and nothing depends on a clock or randomness. Derived digests are memoised per
 * node: nodes are immutable, so the memo can never go stale.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FsNode } from './types';

/** sha256 hex of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** sha256 of zero bytes: the digest of a directory's (empty) data. */
export const EMPTY_DIGEST = sha256Hex('');

/** Digest of kept text content: the sha256 of its bytes, as `sha256sum` would print. */
export function contentDigest(content: string): string {
  return sha256Hex(content);
}

/** Digest standing for content we do not keep: same seed and size, same digest. */
export function seedDigest(seed: string, size: number): string {
  return sha256Hex(`stagecraft-seed\u0000${seed}\u0000${size}`);
}

/** UTF-8 byte length of a string (the size of a file holding it). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const memo = new WeakMap<FsNode, string>();

/** The digest of a node's data (see {@link Entry.digest}). */
export function nodeDigest(node: FsNode): string {
  if (node.kind === 'dir') return EMPTY_DIGEST;
  if (node.kind === 'bulk') return node.digest;
  if (node.kind === 'file' && node.digest !== undefined) return node.digest;
  const cached = memo.get(node);
  if (cached !== undefined) return cached;
  let digest: string;
  if (node.kind === 'symlink') digest = sha256Hex(node.target);
  else digest = node.content !== undefined ? contentDigest(node.content) : seedDigest(node.seed ?? '', node.size);
  memo.set(node, digest);
  return digest;
}
