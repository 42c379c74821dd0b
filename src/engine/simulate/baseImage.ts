/**
 * A base image from the catalog as the simulator uses it: its filesystem (the catalog skeleton
 * as one tree whose bytes add up to the image size), its config, and its layers as
 * `docker history` lists them. Trees are memoised per catalog entry: they are immutable values.
 */
import { estimateImage, type CatalogImage, type ImageLookup, type SkeletonEntry } from '../catalog';
import { buildTree, type EntryOrigin, type FileTree, type TreeItem } from '../fs';
import type { ImageConfig, ImageLayer } from './types';

/** Everything FROM (and COPY --from=<image>) needs from one image reference. */
export interface BaseImage {
  lookup: ImageLookup;
  /** `docker.io/library/golang:1.21`: what BuildKit's FROM vertex names. */
  reference: string;
  tree: FileTree;
  config: ImageConfig;
  layers: ImageLayer[];
  osFamily: string;
}

function itemOf(image: CatalogImage, entry: SkeletonEntry, origin: EntryOrigin): TreeItem {
  switch (entry.kind) {
    case 'dir':
      return { path: entry.path, kind: 'dir', mode: entry.mode ?? 0o755, origin };
    case 'symlink':
      return { path: entry.path, kind: 'symlink', target: entry.target, origin };
    case 'file':
      return entry.content !== undefined
        ? { path: entry.path, kind: 'file', content: entry.content, size: entry.size, mode: entry.mode ?? 0o644, origin }
        : { path: entry.path, kind: 'file', size: entry.size, seed: `${image.id}@${image.version}:${entry.path}`, mode: entry.mode ?? 0o644, origin };
    case 'bulk':
      return {
        path: entry.path,
        kind: 'bulk',
        size: entry.size,
        fileCount: entry.fileCount,
        source: entry.basis ?? image.source,
        seed: `${image.id}@${image.version}:${entry.path}`,
        origin,
      };
  }
}

const trees = new Map<CatalogImage, FileTree>();

/** The image's filesystem: its skeleton, every entry marked as coming from the base image. */
export function skeletonTree(image: CatalogImage): FileTree {
  const cached = trees.get(image);
  if (cached !== undefined) return cached;
  const origin: EntryOrigin = { category: 'base', image: image.id };
  const tree = buildTree(image.skeleton.map((entry) => itemOf(image, entry, origin)));
  trees.set(image, tree);
  return tree;
}

/** The catalog config as an OCI config (a fresh copy the stage may change). */
export function configOf(image: CatalogImage): ImageConfig {
  const c = image.config;
  return {
    Env: [...c.Env],
    Cmd: c.Cmd === null ? null : [...c.Cmd],
    Entrypoint: c.Entrypoint === null ? null : [...c.Entrypoint],
    WorkingDir: c.WorkingDir,
    User: c.User,
    ExposedPorts: [...c.ExposedPorts].sort(),
    Volumes: [...c.Volumes].sort(),
    Labels: { ...c.Labels },
    Shell: c.Shell === null ? null : [...c.Shell],
    StopSignal: c.StopSignal,
    Healthcheck: null,
    OnBuild: [],
  };
}

/** An empty config, as BuildKit's `emptyImage` (scratch). */
export function emptyConfig(): ImageConfig {
  return { Env: [], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', ExposedPorts: [], Volumes: [], Labels: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: [] };
}

function layersOf(image: CatalogImage): ImageLayer[] {
  return image.layers.map((layer) => ({
    createdBy: layer.createdBy,
    size: layer.size,
    compressedSize: layer.compressedSize,
    hasLayer: true,
    sizeSource: { source: `catalog: ${image.id} (${image.version}); ${image.source}`, estimated: layer.estimated || image.estimated },
  }));
}

const resolved = new Map<string, BaseImage>();

/** The base image for a reference; unknown images come back as a marked estimate. */
export function resolveBaseImage(ref: string): BaseImage {
  const cached = resolved.get(ref);
  // The config is the one part a stage changes: hand out a fresh copy every time.
  if (cached !== undefined) return { ...cached, config: configOf(cached.lookup.image), layers: [...cached.layers] };
  const lookup = estimateImage(ref);
  const image = lookup.image;
  const base: BaseImage = {
    lookup,
    reference: lookup.reference,
    tree: skeletonTree(image),
    config: configOf(image),
    layers: layersOf(image),
    osFamily: image.os.family,
  };
  resolved.set(ref, base);
  return { ...base, config: configOf(image), layers: [...base.layers] };
}
