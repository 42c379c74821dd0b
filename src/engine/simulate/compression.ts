/**
 * Estimated compressed (pull) sizes for layers the simulator makes. Registry figures exist only
 * for catalog base layers; ours are the on-disk bytes divided by a ratio taken from the measured
 * images in shared/data/sizes/SIZES.md: on-disk/compressed is 2.2x for alpine and 2.5-2.9x for
 * glibc userlands (nginx 1.23.3: 2.49x, zookeeper 3.6.1: 2.79x, both measured on one build).
 * We use 2.5 and mark every such figure as an estimate.
 */
export const COMPRESSION_RATIO = 2.5;

export const COMPRESSION_SOURCE =
  'estimate: on-disk bytes / 2.5 (SIZES.md: on-disk/compressed 2.2x alpine, 2.5-2.9x glibc; nginx 1.23.3 2.49x, zookeeper 3.6.1 2.79x)';

/** gzip bytes a layer of `size` on-disk bytes would take in a registry (an estimate). */
export function estimateCompressed(size: number): number {
  return Math.round(size / COMPRESSION_RATIO);
}
