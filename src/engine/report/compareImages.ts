/**
 * Two final images side by side (e.g. a single-stage Dockerfile's against a multi-stage one's):
 * how many bytes on disk the smaller one saves, and what share of the larger one that is.
 */
import type { ImageReport } from './types';

export interface FinalImageComparison {
  /** b's size − a's size, bytes on disk (negative when b is the smaller image). */
  differenceBytes: number;
  /** Which image is smaller; null when both have the same size. */
  smaller: 'a' | 'b' | null;
  /** What the smaller image saves against the larger one: |differenceBytes| (0 when equal). */
  savedBytes: number;
  /** savedBytes / the larger image's size, 0..1 (0 when both are empty). */
  savedFraction: number;
}

/** Compares the on-disk sizes (the sum of the layer sizes) of two images. */
export function compareFinalImages(a: Pick<ImageReport, 'size'>, b: Pick<ImageReport, 'size'>): FinalImageComparison {
  const differenceBytes = b.size - a.size;
  const savedBytes = Math.abs(differenceBytes);
  const larger = Math.max(a.size, b.size);
  return {
    differenceBytes,
    smaller: differenceBytes === 0 ? null : differenceBytes < 0 ? 'b' : 'a',
    savedBytes,
    savedFraction: larger > 0 ? savedBytes / larger : 0,
  };
}
