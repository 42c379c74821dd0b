/**
 * Uncompressed layer sizes. Registries publish compressed blob sizes per layer, repo-info the
 * image's total on-disk size; the per-layer on-disk split is estimated: anchored layers (a base
 * image's rootfs, a download whose size is known) keep their size, empty layers are 0, tiny text
 * layers ~3x their blob, and the rest is shared in proportion to the compressed sizes.
 */
import type { CatalogLayer } from '../../../src/engine/catalog/types';

export interface CompressedLayer {
  createdBy: string;
  compressedBytes: number;
}

export function estimateLayers(total: number, layers: CompressedLayer[], anchors: Record<number, number>, compressedEstimated: boolean): CatalogLayer[] {
  const known = layers.map((l, i): number | undefined => {
    if (anchors[i] !== undefined) return anchors[i];
    if (l.compressedBytes <= 32) return 0;
    if (l.compressedBytes < 20_000) return l.compressedBytes * 3;
    return undefined;
  });
  let knownSum = known.reduce<number>((s, v) => s + (v ?? 0), 0);
  if (knownSum > total && knownSum > 0) {
    const scale = total / knownSum;
    for (let i = 0; i < known.length; i++) if (known[i] !== undefined) known[i] = Math.floor((known[i] ?? 0) * scale);
    knownSum = known.reduce<number>((s, v) => s + (v ?? 0), 0);
  }
  const open = layers.map((l, i) => (known[i] === undefined ? l.compressedBytes : 0));
  const openSum = open.reduce((s, v) => s + v, 0);
  const remaining = total - knownSum;
  const sizes = layers.map((_, i) => known[i] ?? (openSum > 0 ? Math.floor((remaining * (open[i] ?? 0)) / openSum) : 0));
  // Rounding: the largest layer takes the difference so the layers add up to the image size.
  const diff = total - sizes.reduce((s, v) => s + v, 0);
  if (sizes.length > 0) {
    const biggest = sizes.indexOf(Math.max(...sizes));
    sizes[biggest] = (sizes[biggest] ?? 0) + diff;
  }
  return layers.map((l, i) => ({
    createdBy: l.createdBy,
    size: sizes[i] ?? 0,
    compressedSize: l.compressedBytes,
    estimated: layers.length > 1 || compressedEstimated,
  }));
}

/** A template image's layers scaled to another image's compressed total. */
export function scaleTemplate(template: CatalogLayer[], compressedTotal: number): CompressedLayer[] {
  const sum = template.reduce((s, l) => s + l.compressedSize, 0);
  return template.map((l) => ({
    createdBy: l.createdBy,
    compressedBytes: l.compressedSize <= 32 ? l.compressedSize : Math.round((l.compressedSize * compressedTotal) / Math.max(1, sum)),
  }));
}
