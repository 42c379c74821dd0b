/**
 * What the report says about a build's images: `docker history`-style rows, on-disk and
 * estimated compressed sizes, dive's wasted space and efficiency, where the bytes come from, and
 * every stage's image next to the final one (fat vs slim).
 */
import type { Inefficiency } from '../fs';
import type { ImageConfig } from '../simulate';

/** One row of `docker history` (listed newest first there; oldest first here). */
export interface HistoryRow {
  createdBy: string;
  /** Bytes; 0 for config-only entries. */
  size: number;
  /** `docker history`'s SIZE column: `units.HumanSizeWithPrecision(size, 3)`, e.g. `35.3MB`, `0B`. */
  sizeText: string;
  /** `buildkit.dockerfile.v0` for entries this Dockerfile made, '' for the base image's. */
  comment: string;
  emptyLayer: boolean;
  stageIndex?: number;
  line?: number;
  /** Where the size comes from (catalog figure or our diff) and whether it is an estimate. */
  sizeSource: string;
  estimated: boolean;
}

/** Bytes of the image by where they come from. */
export type OriginCategory = 'base' | 'packages' | 'dependencies' | 'code' | 'build-output' | 'other';

export interface BreakdownRow {
  category: OriginCategory;
  label: string;
  bytes: number;
}

export interface EfficiencySummary {
  /** 0..1, dive's score. */
  efficiency: number;
  wastedBytes: number;
  userSizeBytes: number;
  wastedUserPercent: number;
  /** The largest inefficiencies (at most 20). */
  inefficiencies: Inefficiency[];
}

export interface ImageReport {
  stageIndex: number;
  name: string;
  /** Bytes on disk: the sum of the layer sizes. */
  size: number;
  /** Estimated compressed (pull) size. */
  compressedSize: number;
  /** True when any part of the compressed figure is an estimate. */
  compressedEstimated: boolean;
  compressedSource: string;
  layerCount: number;
  history: HistoryRow[];
  config: ImageConfig;
  efficiency: EfficiencySummary;
  breakdown: BreakdownRow[];
}

/** One stage's image against the final image. */
export interface StageComparison {
  stageIndex: number;
  name: string;
  isFinal: boolean;
  size: number;
  compressedSize: number;
  /** size − final size (positive: larger than the final image). */
  differenceBytes: number;
  /** size / final size (0 when the final image is empty). */
  ratio: number;
}

/** What the multi-stage build saves: the largest other stage's image (the fat one you would ship
 * from a single-stage build) against the final (slim) image. */
export interface Savings {
  fatStageIndex: number;
  fatName: string;
  finalName: string;
  /** fat size − final size, bytes (positive). */
  savedBytes: number;
  /** savedBytes / fat size, 0..1. */
  savedFraction: number;
}

export interface BuildReport {
  targetIndex: number;
  /** Every built stage that produced an image. */
  images: ImageReport[];
  /** The target's image, when the build produced it. */
  final: ImageReport | null;
  comparison: StageComparison[];
  /** Fat vs slim; null when no other stage's image is larger than the final one. */
  savings: Savings | null;
}
