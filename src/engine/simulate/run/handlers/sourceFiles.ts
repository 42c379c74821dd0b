/**
 * The source files a build reads: listed files below a folder (bulk entries such as
 * node_modules or target/ are skipped), with their sizes, for the build-output models.
 */
import { walk } from '../../../fs';
import type { Entry } from '../../../fs';
import type { Invocation } from './types';

const SKIP = /\/(node_modules|\.git|dist|build|target|vendor|\.next|out|coverage)(\/|$)/;

export function sourceFiles(inv: Invocation, dir: string, ext: RegExp): Entry[] {
  const out: Entry[] = [];
  for (const e of walk(inv.sh.shared.tree, dir)) {
    if (e.kind !== 'file' || SKIP.test(e.path.slice(dir.length))) continue;
    if (ext.test(e.path)) out.push(e);
  }
  return out;
}

export function totalBytes(entries: readonly Entry[]): number {
  return entries.reduce((s, e) => s + e.size, 0);
}

/** A short deterministic hash for file names (`index-3f9a2c1b.js`). */
export function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36).padStart(8, '0').slice(0, 8);
}
