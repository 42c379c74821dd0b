/**
 * Shared pieces of the file tools: GNU coreutils vs BusyBox wording (a RUN runs in the C locale,
 * so GNU quotes with ASCII apostrophes), and operands that are glob patterns reaching into a bulk
 * entry's unlisted content (the shell left them unexpanded; see glob.ts).
 */
import { getEntry, locate, parentPath } from '../../../fs';
import { hasGlobChars } from '../shell/pattern';
import { isBusybox } from '../messages';
import { abs } from './api';
import type { Invocation } from './types';

export function busybox(inv: Invocation): boolean {
  return isBusybox(inv.sh.shared.ctx.osFamily);
}

/** `cp: cannot stat 'x': No such file or directory` (GNU) / `cp: can't stat 'x': ...` (BusyBox). */
export function cannot(inv: Invocation, verb: string, path: string, why: string): string {
  return busybox(inv) ? `${inv.name}: can't ${verb} '${path}': ${why}\n` : `${inv.name}: cannot ${verb} '${path}': ${why}\n`;
}

export type BulkGlob =
  /** `dir/*` where dir is a bulk entry: everything in it. */
  | { kind: 'all'; dir: string }
  /** Another pattern inside unlisted content: the bulk entry it falls in. */
  | { kind: 'part'; bulk: string; pattern: string };

/** An unexpanded glob operand that points into a bulk entry's unlisted content, or null. */
export function bulkGlob(inv: Invocation, operand: string): BulkGlob | null {
  if (!hasGlobChars(operand)) return null;
  const path = abs(inv, operand);
  const parts = path.split('/');
  const firstGlob = parts.findIndex((p) => hasGlobChars(p));
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const loc = locate(inv.sh.shared.tree, base);
  const isBulk = (loc.status === 'found' && loc.entry.kind === 'bulk') || loc.status === 'in-bulk';
  if (!isBulk) return null;
  if (firstGlob === parts.length - 1 && (parts[firstGlob] === '*' || parts[firstGlob] === '.*' || parts[firstGlob] === '.[!.]*') && loc.status === 'found') {
    return { kind: 'all', dir: base };
  }
  return { kind: 'part', bulk: loc.status === 'found' ? loc.entry.path : loc.bulk.path, pattern: path };
}

/** True when the entry at `path` is a directory or a bulk entry. */
export function isDirPath(inv: Invocation, path: string): boolean {
  const e = getEntry(inv.sh.shared.tree, abs(inv, path));
  return e !== undefined && (e.kind === 'dir' || e.kind === 'bulk');
}

export function parentExists(inv: Invocation, path: string): boolean {
  const loc = locate(inv.sh.shared.tree, parentPath(abs(inv, path)));
  return loc.status === 'in-bulk' || (loc.status === 'found' && (loc.entry.kind === 'dir' || loc.entry.kind === 'bulk'));
}
