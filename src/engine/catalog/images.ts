/**
 * Base image lookups against images.json. `lookupImage` answers only for references the catalog
 * measured (its id or an alias); `estimateImage` always answers, falling back to the nearest
 * catalogued tag of the same repository or to a size model, and says so in a warning.
 */
import imagesData from './data/images.json';
import { estimateUnknownImage } from './imageModels';
import { normalizeImageRef, type CatalogRef } from './imageRef';
import type { CatalogImage, ImageLookup } from './types';

interface ImagesFile {
  images: CatalogImage[];
}

const images = (imagesData as unknown as ImagesFile).images;

const byKey = new Map<string, { image: CatalogImage; alias: boolean }>();
for (const image of images) {
  const id = normalizeImageRef(image.id);
  if (id !== null) byKey.set(id.key, { image, alias: false });
  for (const alias of image.aliases) {
    const ref = normalizeImageRef(alias);
    if (ref !== null && !byKey.has(ref.key)) byKey.set(ref.key, { image, alias: true });
  }
}

/** Every catalogued image. */
export function listImages(): readonly CatalogImage[] {
  return images;
}

function hit(ref: CatalogRef): ImageLookup | null {
  const found = byKey.get(ref.key);
  if (found === undefined) return null;
  const pinned = ref.digest !== undefined;
  return {
    image: found.image,
    reference: ref.normalized,
    matchedBy: found.alias ? 'alias' : 'id',
    estimated: found.image.estimated,
    warning: pinned ? `${ref.name}:${ref.tag} is pinned to ${ref.digest?.slice(0, 19)}…; the catalog's figures are for the tag, not that exact digest` : '',
  };
}

/**
 * The catalog entry for `reference` (`golang:1.21`, `docker.io/library/golang:1.21`,
 * `library/golang:1.21`, `golang:1.21@sha256:...`), or null when the catalog did not measure it.
 * A reference pinned by digest alone (no tag) is not matched: its tag is unknown.
 */
export function lookupImage(reference: string): ImageLookup | null {
  const ref = normalizeImageRef(reference);
  if (ref === null) return null;
  if (ref.defaultTag && ref.digest !== undefined) return null;
  return hit(ref);
}

/** Splits a tag into its version numbers and its variant words: `24.18.1-slim` -> [24,18,1], `slim`. */
function tagShape(tag: string): { version: number[]; variant: string } {
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(tag);
  const version = m !== null ? (m[1] ?? '').split('.').map(Number) : [];
  const rest = m !== null ? (m[2] ?? '') : tag;
  // alpine3.23 / bookworm variants: keep the word, drop a trailing alpine release number.
  const variant = rest.replace(/^-/, '').replace(/(alpine)\d+(\.\d+)*/, '$1');
  return { version, variant: variant === 'latest' ? '' : variant };
}

/** A reference we cannot parse still gets an answer (the model's generic estimate). */
function unparsable(text: string): CatalogRef {
  const name = text.trim() === '' ? 'unknown' : text.trim();
  return { repository: name, name, tag: 'latest', defaultTag: true, key: name, normalized: name };
}

/** Same variant wins; else slim-ness and alpine-ness must agree, then shared words count. */
function variantScore(wanted: string, have: string): number {
  if (wanted === have) return 1000;
  const words = (v: string): Set<string> => new Set(v.split('-').filter((w) => w !== ''));
  const w = words(wanted);
  const h = words(have);
  let score = 0;
  if (w.has('slim') === h.has('slim')) score += 300;
  if (w.has('alpine') === h.has('alpine')) score += 300;
  for (const word of w) if (h.has(word)) score += 20;
  return score;
}

function nearestTag(ref: CatalogRef): CatalogImage | undefined {
  const wanted = tagShape(ref.tag);
  let best: { image: CatalogImage; score: number } | undefined;
  for (const image of images) {
    const id = normalizeImageRef(image.id);
    if (id === null || id.repository !== ref.repository) continue;
    for (const tag of [id.tag, ...image.aliases.map((a) => normalizeImageRef(a)?.tag ?? '')]) {
      const shape = tagShape(tag);
      let score = variantScore(wanted.variant, shape.variant);
      let prefix = 0;
      while (prefix < wanted.version.length && prefix < shape.version.length && wanted.version[prefix] === shape.version[prefix]) prefix += 1;
      score += prefix * 100;
      if (prefix < wanted.version.length && prefix < shape.version.length) {
        score -= Math.min(99, Math.abs((wanted.version[prefix] ?? 0) - (shape.version[prefix] ?? 0)));
      }
      if (best === undefined || score > best.score) best = { image, score };
    }
  }
  return best?.image;
}

/**
 * Always answers: the catalog entry when there is one, else the nearest catalogued tag of the same
 * repository, else a size model by image family. Estimates carry `estimated: true` and a warning
 * that says what the figures stand on. Never throws.
 */
export function estimateImage(reference: string): ImageLookup {
  const ref = normalizeImageRef(reference) ?? unparsable(reference);
  const exact = ref.defaultTag && ref.digest !== undefined ? null : hit(ref);
  if (exact !== null) return exact;

  const near = nearestTag(ref);
  if (near !== undefined) {
    const why = ref.defaultTag && ref.digest !== undefined ? `${ref.name} is pinned by digest only` : `no catalog entry for ${ref.key}`;
    const warning = `Estimated: ${why}; using ${near.id} (${near.version}) from the same repository.`;
    return {
      image: { ...near, id: ref.key, aliases: [], estimated: true, estimateBasis: `${warning} ${near.estimateBasis ?? ''}`.trim() },
      reference: ref.normalized,
      matchedBy: 'family',
      estimated: true,
      warning,
    };
  }
  const modelled = estimateUnknownImage(ref, byKey);
  return { image: modelled.image, reference: ref.normalized, matchedBy: 'model', estimated: true, warning: modelled.warning };
}
