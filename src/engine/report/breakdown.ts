/**
 * Where an image's bytes come from, by the origin the simulator recorded on every entry it
 * wrote: the base image, OS packages, language dependencies, your code (the build context), and
 * build outputs. Counted over the layers (not the final tree), so the rows add up to the image
 * size, deleted-later bytes included, exactly like the size itself.
 */
import { hamtForEach } from '../fs/hamt';
import type { FsNode } from '../fs';
import type { StageImage } from '../simulate';
import type { BreakdownRow, OriginCategory } from './types';

const LABELS: Record<OriginCategory, string> = {
  base: 'base image',
  packages: 'OS packages',
  dependencies: 'dependencies',
  code: 'your code',
  'build-output': 'build outputs',
  other: 'other',
};

const ORDER: OriginCategory[] = ['base', 'packages', 'dependencies', 'code', 'build-output', 'other'];

function categoryOf(node: FsNode, baseImageId: string): OriginCategory {
  const origin = node.origin;
  const category = origin?.category;
  if (category === 'base') {
    // Files of another image (COPY --from=<image>) are a dependency of this one.
    return origin?.image === undefined || origin.image === baseImageId ? 'base' : 'dependencies';
  }
  switch (category) {
    case 'packages':
    case 'dependencies':
    case 'code':
    case 'build-output':
      return category as OriginCategory;
    default:
      return 'other';
  }
}

function addSubtree(totals: Map<OriginCategory, number>, node: FsNode, baseImageId: string): void {
  const own = node.kind === 'file' || node.kind === 'bulk' ? node.size : 0;
  if (own > 0) {
    const c = categoryOf(node, baseImageId);
    totals.set(c, (totals.get(c) ?? 0) + own);
  }
  if ((node.kind === 'dir' || node.kind === 'bulk') && node.children !== null) {
    hamtForEach(node.children, (_name, child) => addSubtree(totals, child, baseImageId));
  }
}

/** Rows in a fixed order, zero rows left out. `baseImageId` is the catalog id at the root of the FROM chain. */
export function sizeBreakdown(image: StageImage, baseImageId: string): BreakdownRow[] {
  const totals = new Map<OriginCategory, number>();
  for (const layer of image.layers) {
    if (!layer.hasLayer) continue;
    if (layer.diff === undefined) {
      totals.set('base', (totals.get('base') ?? 0) + layer.size);
      continue;
    }
    for (const change of layer.diff.changes) {
      if (change.op !== 'put') continue;
      if (change.deep) addSubtree(totals, change.node, baseImageId);
      else if (change.size > 0) {
        const c = categoryOf(change.node, baseImageId);
        totals.set(c, (totals.get(c) ?? 0) + change.size);
      }
    }
  }
  return ORDER.filter((c) => (totals.get(c) ?? 0) > 0).map((c) => ({ category: c, label: LABELS[c], bytes: totals.get(c) ?? 0 }));
}
