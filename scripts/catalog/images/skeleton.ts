/**
 * Builds an image's filesystem skeleton so that file and bulk sizes add up exactly to the image's
 * on-disk size. An image is described as groups with a byte budget (a layer's estimated size,
 * or "the rest"); inside a group, parts with a known size keep it and weighted parts share what
 * is left.
 */
import type { SkeletonEntry } from '../../../src/engine/catalog/types';

export type Part =
  | { path: string; kind: 'dir'; mode?: number }
  | { path: string; kind: 'symlink'; target: string }
  | { path: string; kind: 'file'; bytes: number; mode?: number; content?: string; basis: string; estimated?: boolean }
  | { path: string; kind: 'file' | 'bulk'; weight: number; avgFileBytes?: number; basis: string }
  | { path: string; kind: 'bulk'; bytes: number; files: number; basis: string; estimated?: boolean };

export interface Group {
  budget: number | 'rest';
  parts: Part[];
}

function sizedOf(p: Part): number | undefined {
  return 'bytes' in p ? p.bytes : undefined;
}

/** Splits `amount` by weights into integers that add up exactly. */
function shareOut(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const out = weights.map((w) => Math.floor((amount * w) / sum));
  let left = amount - out.reduce((s, v) => s + v, 0);
  for (let i = 0; left > 0; i = (i + 1) % out.length, left -= 1) out[i] = (out[i] ?? 0) + 1;
  return out;
}

function groupEntries(budget: number, parts: Part[]): SkeletonEntry[] {
  const fixed = parts.filter((p) => sizedOf(p) !== undefined);
  const fixedSum = fixed.reduce((s, p) => s + (sizedOf(p) ?? 0), 0);
  const weighted = parts.filter((p) => 'weight' in p) as Extract<Part, { weight: number }>[];
  // Known sizes larger than the budget: shrink them proportionally (and say so).
  const scale = fixedSum > budget && fixedSum > 0 ? budget / fixedSum : 1;
  const scaledFixed = shareOut(Math.min(budget, fixedSum), fixed.map((p) => sizedOf(p) ?? 0));
  const rest = budget - scaledFixed.reduce((s, v) => s + v, 0);
  const shares = shareOut(rest, weighted.map((p) => p.weight));
  let leftover = weighted.length === 0 ? rest : 0;

  const out: SkeletonEntry[] = [];
  let fi = 0;
  let wi = 0;
  for (const p of parts) {
    if (p.kind === 'dir') out.push(p.mode !== undefined ? { path: p.path, kind: 'dir', mode: p.mode } : { path: p.path, kind: 'dir' });
    else if (p.kind === 'symlink') out.push({ path: p.path, kind: 'symlink', target: p.target });
    else if ('weight' in p) {
      const size = shares[wi++] ?? 0;
      if (p.kind === 'file') out.push({ path: p.path, kind: 'file', size, estimated: true, basis: p.basis });
      else out.push({ path: p.path, kind: 'bulk', size, fileCount: Math.max(1, Math.round(size / (p.avgFileBytes ?? 25_000))), estimated: true, basis: p.basis });
    } else {
      let size = scaledFixed[fi++] ?? 0;
      // With nothing weighted in the group, the last sized part absorbs the unexplained rest.
      const absorbs = leftover > 0 && fi === fixed.length;
      if (absorbs) size += leftover;
      const estimated = (p.estimated ?? false) || scale !== 1 || absorbs;
      const basis = scale !== 1 ? `${p.basis}; scaled x${scale.toFixed(3)} to fit the image size` : absorbs ? `${p.basis}; plus ${leftover} B not otherwise attributed` : p.basis;
      if (absorbs) leftover = 0;
      if (p.kind === 'file') out.push({ path: p.path, kind: 'file', size, ...(p.mode !== undefined ? { mode: p.mode } : {}), ...(p.content !== undefined ? { content: p.content } : {}), ...(estimated ? { estimated } : {}), basis });
      else out.push({ path: p.path, kind: 'bulk', size, fileCount: (p as { files: number }).files, ...(estimated ? { estimated } : {}), basis });
    }
  }
  return out;
}

/**
 * Adds missing parent directories, drops duplicates (a sized entry wins over a plain dir) and
 * sorts by path so every parent precedes its children.
 */
function ordered(entries: SkeletonEntry[]): SkeletonEntry[] {
  const byPath = new Map<string, SkeletonEntry>();
  for (const e of entries) {
    const prev = byPath.get(e.path);
    if (prev === undefined || prev.kind === 'dir') byPath.set(e.path, e);
  }
  for (const path of [...byPath.keys()]) {
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      const parent = path.slice(0, cut);
      if (!byPath.has(parent)) byPath.set(parent, { path: parent, kind: 'dir' });
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function buildSkeleton(total: number, groups: Group[]): SkeletonEntry[] {
  const numeric = groups.reduce((s, g) => s + (g.budget === 'rest' ? 0 : g.budget), 0);
  const restCount = groups.filter((g) => g.budget === 'rest').length;
  const rest = Math.max(0, total - numeric);
  const scale = numeric > total && numeric > 0 ? total / numeric : 1;
  const budgets = shareOut(total, groups.map((g) => (g.budget === 'rest' ? (restCount > 0 ? rest / restCount : 0) : g.budget * scale)));
  return ordered(groups.flatMap((g, i) => groupEntries(budgets[i] ?? 0, g.parts)));
}

/** Sum of file and bulk sizes. */
export function skeletonBytes(entries: SkeletonEntry[]): number {
  return entries.reduce((s, e) => s + (e.kind === 'file' || e.kind === 'bulk' ? e.size : 0), 0);
}
