/**
 * Shapes of the catalog data (src/engine/catalog/data/*.json) and of what the loaders return.
 * Every figure carries where it comes from (`source`) and whether it is a model's estimate.
 */

/** The image config fields a base image hands to FROM (as `docker image inspect` shows them). */
export interface CatalogImageConfig {
  Env: string[];
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  User: string;
  /** `80/tcp` */
  ExposedPorts: string[];
  Volumes: string[];
  StopSignal: string;
  Shell: string[] | null;
  Labels: Record<string, string>;
}

/** One layer of the base image, oldest first (`docker history` lists newest first). */
export interface CatalogLayer {
  createdBy: string;
  /** Uncompressed bytes (what `docker history` shows). */
  size: number;
  /** gzip blob bytes in the registry. */
  compressedSize: number;
  /** True when `size` or `compressedSize` is derived rather than read from a source. */
  estimated: boolean;
}

/**
 * One entry of a base image's filesystem skeleton. Directories come before their children. A
 * `bulk` stands for a large tree whose files are not listed (its `size` excludes listed children
 * below it, which may themselves be bulks). File and bulk sizes add up to the image size.
 */
export type SkeletonEntry =
  | { path: string; kind: 'dir'; mode?: number }
  | { path: string; kind: 'symlink'; target: string }
  | { path: string; kind: 'file'; size: number; mode?: number; content?: string; estimated?: boolean; basis?: string }
  | { path: string; kind: 'bulk'; size: number; fileCount: number; estimated?: boolean; basis?: string };

export type OsFamily = 'alpine' | 'debian' | 'ubuntu' | 'distroless' | 'busybox' | 'scratch' | 'windows' | 'unknown';

export interface CatalogImage {
  /** The familiar reference this entry was measured for, e.g. `golang:1.21`. */
  id: string;
  /** Other familiar references that name the same image (`golang:1.21-bookworm`, ...). */
  aliases: string[];
  /** Fully qualified repository, e.g. `docker.io/library/golang`. */
  repository: string;
  /** What exactly was measured: version and build date. */
  version: string;
  /** On-disk bytes (`docker image inspect .Size`). */
  size: number;
  /** Registry transfer bytes (sum of the amd64 layer blobs). */
  compressedSize: number;
  /** True when compressedSize is derived (on-disk size / a measured ratio) rather than read. */
  compressedEstimated: boolean;
  layers: CatalogLayer[];
  config: CatalogImageConfig;
  os: { family: OsFamily; version: string; packageManager: 'apt' | 'apk' | null };
  /**
   * Packages present in the image: for apt a key of apt.json `baseSets`; for apk the package
   * names with their installed size in KiB (from the image's repo-info package list).
   */
  preinstalled: { apt?: string; apk?: Record<string, number>; source: string } | null;
  skeleton: SkeletonEntry[];
  /** True when the size or another headline figure is an estimate. */
  estimated: boolean;
  estimateBasis?: string;
  source: string;
  notes?: string;
}

/** What lookupImage/estimateImage return: the entry plus how the reference matched. */
export interface ImageLookup {
  image: CatalogImage;
  /** The normalised reference that was asked for, e.g. `docker.io/library/node:20`. */
  reference: string;
  matchedBy: 'id' | 'alias' | 'family' | 'model';
  estimated: boolean;
  /** Visible warning text when the result is an estimate (empty otherwise). */
  warning: string;
}
