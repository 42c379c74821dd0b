/**
 * Generates src/engine/catalog/data/images.json: base images with on-disk and compressed sizes,
 * layers, config, OS, preinstalled packages and a filesystem skeleton whose sizes add up to the
 * image size. Figures come from shared/data/sizes/sizes.json (read here, at generation time) and
 * from repo-info files cited in scripts/catalog/images/facts*.ts. Needs apt.json (generateApt.ts).
 *
 * Run: npx tsx scripts/catalog/generateImages.ts [--refresh]   (--refresh re-measures dpkg layouts)
 */
import { join } from 'node:path';
import { computeAptClosure, type AptTable } from '../../src/engine/catalog/aptClosure';
import type { CatalogImage, CatalogImageConfig, CatalogLayer } from '../../src/engine/catalog/types';
import { CACHE_DIR, DATA_DIR, readJson, readJsonIfExists, sharedPath, writeJson } from './lib/common';
import { measureLayout, type Layout } from './lib/debLayout';
import type { Helpers, ImageFact } from './images/factTypes';
import { langFacts } from './images/factsLang';
import { osFacts } from './images/factsOs';
import { serviceFacts } from './images/factsServices';
import { estimateLayers, scaleTemplate, type CompressedLayer } from './images/layers';
import { buildSkeleton, skeletonBytes } from './images/skeleton';

interface SizesImage {
  sizeBytes: number | null;
  sizeEstimateBytes?: number;
  sizeVersion?: string;
  compressedBytes: number | null;
  compressedVersion?: string;
  layers: { compressedBytes: number; createdBy: string }[];
  config: Record<string, unknown>;
  source: string;
  notes?: string;
}
interface Sizes {
  images: Record<string, SizesImage>;
  ratios: { onDiskOverCompressed: Record<string, number> };
}
type AptJson = AptTable & { baseSets: Record<string, { packages: string[] }>; _meta: { slimModel: { defaultFraction: number } } };

const sizes = readJson<Sizes>(sharedPath('data/sizes/sizes.json'));
const apt = readJson<AptJson>(join(DATA_DIR, 'apt.json'));
const layoutCachePath = join(CACHE_DIR, 'debian-layouts.json');
const layoutCache = process.argv.includes('--refresh') ? {} : readJsonIfExists<Record<string, Layout>>(layoutCachePath, {});

function layout(set: string, slim: boolean): Layout {
  const key = `${set}|${slim ? 'slim' : 'full'}`;
  layoutCache[key] ??= measureLayout(apt.baseSets[set]?.packages ?? [], slim);
  return layoutCache[key];
}

function aptBytes(set: string, names: string[], slim: boolean): number {
  const installed = new Set(apt.baseSets[set]?.packages ?? []);
  const { install } = computeAptClosure(apt, names, installed, { recommends: false });
  const fallback = apt._meta.slimModel.defaultFraction;
  return install.reduce((s, n) => {
    const p = apt.packages[n];
    return p === undefined ? s : s + p.i * 1024 * (slim ? 1 - (p.x ?? fallback) : 1);
  }, 0);
}

const defaultConfig: CatalogImageConfig = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Cmd: null, Entrypoint: null, WorkingDir: '', User: '', ExposedPorts: [], Volumes: [], StopSignal: '', Shell: null, Labels: {},
};

/** sizes.json configs use docker's JSON shapes; a few values carry notes that are not config. */
function configFrom(raw: Record<string, unknown> | undefined): Partial<CatalogImageConfig> {
  if (raw === undefined) return {};
  const out: Partial<CatalogImageConfig> = {};
  if (Array.isArray(raw.Env)) out.Env = raw.Env as string[];
  if (raw.Cmd !== undefined) out.Cmd = raw.Cmd as string[] | null;
  if (raw.Entrypoint !== undefined) out.Entrypoint = raw.Entrypoint as string[] | null;
  if (typeof raw.WorkingDir === 'string') out.WorkingDir = raw.WorkingDir.split(' ')[0] ?? '';
  if (typeof raw.User === 'string') out.User = raw.User.split(' ')[0] ?? '';
  if (raw.ExposedPorts !== undefined && raw.ExposedPorts !== null) out.ExposedPorts = Object.keys(raw.ExposedPorts as object);
  if (Array.isArray(raw.Volumes)) out.Volumes = raw.Volumes as string[];
  if (typeof raw.StopSignal === 'string') out.StopSignal = raw.StopSignal;
  if (raw.Labels !== undefined) out.Labels = raw.Labels as Record<string, string>;
  return out;
}

function repositoryOf(id: string): string {
  const name = id.replace(/:[^/:]+$/, '');
  if (name === 'scratch') return 'scratch';
  const first = name.split('/')[0] ?? '';
  if (name.includes('/') && (first.includes('.') || first.includes(':'))) return name;
  return name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
}

function ratioFor(family: string): number {
  const r = sizes.ratios.onDiskOverCompressed;
  if (family === 'alpine') return r['alpine:3.19'] ?? 2.17;
  const values = Object.entries(r).filter(([k]) => !k.startsWith('alpine')).map(([, v]) => v).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 2.75;
}

function buildImage(fact: ImageFact, done: Map<string, CatalogImage>): CatalogImage {
  const s = fact.sizes !== undefined ? sizes.images[fact.sizes] : undefined;
  if (fact.sizes !== undefined && s === undefined) throw new Error(`sizes.json has no ${fact.sizes}`);
  const sizesCite = (what: string): string => `shared/data/sizes/sizes.json images["${fact.sizes}"].${what} (${s?.source ?? ''})`;
  const size = fact.size ?? {
    bytes: s?.sizeBytes ?? s?.sizeEstimateBytes ?? 0,
    version: s?.sizeVersion ?? '',
    source: sizesCite('sizeBytes'),
    estimated: s?.sizeBytes === null,
    basis: s?.sizeBytes === null ? s?.sizeVersion : undefined,
  };
  // A templated image compresses like its template; otherwise use the family's measured ratio.
  const template = fact.layerTemplate !== undefined ? done.get(fact.layerTemplate) : undefined;
  const templateRatio = template !== undefined && template.compressedSize > 0 ? Math.round((template.size / template.compressedSize) * 100) / 100 : undefined;
  const ratio = templateRatio ?? ratioFor(fact.os.family);
  const ratioWhy = templateRatio !== undefined ? `on-disk/compressed ratio of ${fact.layerTemplate}` : 'median on-disk/compressed ratio in sizes.json ratios';
  const compressed = fact.compressed ?? (s?.compressedBytes !== null && s?.compressedBytes !== undefined
    ? { bytes: s.compressedBytes, version: s.compressedVersion ?? '', source: sizesCite('compressedBytes') }
    : { bytes: Math.round(size.bytes / ratio), version: 'estimate', source: 'estimate', estimated: true, basis: `on-disk size / ${ratio} (${ratioWhy})` });
  const compressedEstimated = compressed.estimated === true;

  let compressedLayers: CompressedLayer[] = fact.layers ?? s?.layers?.map((l) => ({ createdBy: l.createdBy, compressedBytes: l.compressedBytes })) ?? [];
  let fromTemplate = false;
  if (compressedLayers.length === 0 && fact.layerTemplate !== undefined) {
    if (template === undefined) throw new Error(`${fact.id}: template ${fact.layerTemplate} must come earlier`);
    compressedLayers = scaleTemplate(template.layers, compressed.bytes);
    fromTemplate = true;
  }
  if (compressedLayers.length === 0 && size.bytes > 0) {
    // No layer list in any source: one layer standing for the whole image.
    compressedLayers = [{ createdBy: `${fact.id} content (layer list not in the sources)`, compressedBytes: compressed.bytes }];
  }
  const base: Omit<Helpers, 'layers'> = {
    total: size.bytes,
    imageSize: (id) => done.get(id)?.size ?? (() => { throw new Error(`${fact.id}: ${id} must come earlier`); })(),
    layout,
    aptCount: (set) => apt.baseSets[set]?.packages.length ?? 0,
    aptBytes,
  };
  const layers: CatalogLayer[] = estimateLayers(size.bytes, compressedLayers, fact.layerAnchors?.(base) ?? {}, compressedEstimated || fromTemplate);
  const skeleton = buildSkeleton(size.bytes, fact.groups({ ...base, layers }));
  const estimated = size.estimated === true;
  const basisParts = [estimated ? `size: ${size.basis ?? 'estimate'}` : '', compressedEstimated ? `compressed: ${compressed.basis ?? 'estimate'}` : '', fromTemplate ? `layers: structure of ${fact.layerTemplate} scaled to this image` : ''].filter((x) => x !== '');
  return {
    id: fact.id,
    aliases: fact.aliases,
    repository: fact.repository ?? repositoryOf(fact.id),
    version: size.version,
    size: size.bytes,
    compressedSize: compressed.bytes,
    compressedEstimated,
    layers,
    config: { ...defaultConfig, ...configFrom(s?.config), ...fact.config },
    os: fact.os,
    preinstalled: fact.preinstalled ?? null,
    skeleton,
    estimated,
    ...(basisParts.length > 0 ? { estimateBasis: basisParts.join('; ') } : {}),
    source: compressed.source === size.source || compressedEstimated ? size.source : `${size.source}; compressed: ${compressed.source}`,
    ...(fact.notes ?? s?.notes ? { notes: fact.notes ?? s?.notes } : {}),
  };
}

function main(): void {
  const done = new Map<string, CatalogImage>();
  for (const fact of [...osFacts, ...langFacts, ...serviceFacts]) {
    const image = buildImage(fact, done);
    const sum = skeletonBytes(image.skeleton);
    if (sum !== image.size) console.warn(`${image.id}: skeleton ${sum} != size ${image.size}`);
    done.set(image.id, image);
  }
  writeJson(layoutCachePath, layoutCache, true);
  writeJson(join(DATA_DIR, 'images.json'), {
    _meta: {
      generatedBy: 'scripts/catalog/generateImages.ts',
      units: 'bytes; size = on-disk (docker image inspect .Size, decimal MB in sources), compressedSize = registry blobs (amd64)',
      layerModel: 'per-layer compressed sizes are sourced; per-layer on-disk sizes are estimated (anchored base layers, the rest in proportion to compressed size)',
      skeletonModel: 'file and bulk sizes add up to the image size; Debian folder proportions measured from dpkg lists on Debian 12, Alpine files from the image\'s apk package list',
    },
    images: [...done.values()],
  }, true);
  console.log(`images.json: ${done.size} images`);
}

main();
