/**
 * How an image is described to the generator: which figures are sourced (sizes.json key or a
 * repo-info file read by hand), how its layers and skeleton are shaped, and its aliases.
 */
import type { CatalogImageConfig, CatalogLayer, OsFamily } from '../../../src/engine/catalog/types';
import type { Layout } from '../lib/debLayout';
import type { Group } from './skeleton';

export interface Figure {
  bytes: number;
  version: string;
  source: string;
  estimated?: boolean;
  basis?: string;
}

export interface Helpers {
  /** This image's on-disk size. */
  total: number;
  /** This image's layers with estimated uncompressed sizes, oldest first. */
  layers: CatalogLayer[];
  /** On-disk size of an image generated earlier in the list. */
  imageSize(id: string): number;
  /** Measured folder proportions of an apt.json base set. */
  layout(set: string, slim: boolean): Layout;
  /** Number of packages in an apt.json base set. */
  aptCount(set: string): number;
  /** Installed bytes `apt-get install names` adds on top of a base set (slim model when `slim`). */
  aptBytes(set: string, names: string[], slim: boolean): number;
}

export interface ImageFact {
  id: string;
  aliases: string[];
  /** Defaults to docker.io/library/<name>. */
  repository?: string;
  /** Key of shared/data/sizes/sizes.json images: size, compressed size, layers and config from there. */
  sizes?: string;
  size?: Figure;
  compressed?: Figure;
  /** Layers (createdBy + compressed bytes) when not taken from sizes.json. */
  layers?: { createdBy: string; compressedBytes: number }[];
  /** Reuse the layer structure of another entry, scaled to this image (all estimated). */
  layerTemplate?: string;
  /** Known uncompressed sizes of some layers (index -> bytes), e.g. the base image's rootfs. */
  layerAnchors?: (h: Omit<Helpers, 'layers'>) => Record<number, number>;
  config?: Partial<CatalogImageConfig>;
  os: { family: OsFamily; version: string; packageManager: 'apt' | 'apk' | null };
  preinstalled?: { apt?: string; apk?: Record<string, number>; source: string };
  groups: (h: Helpers) => Group[];
  notes?: string;
}

export const PATH_DEFAULT = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const repoInfo = (path: string, commit: string): string => `maxmood96/repo-info (fork of docker-library/repo-info) ${path} @${commit}`;
