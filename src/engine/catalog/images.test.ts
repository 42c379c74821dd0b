import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { estimateImage, listImages, lookupImage } from './images';
import type { CatalogImage } from './types';

interface SizesImage {
  sizeBytes: number | null;
  compressedBytes: number | null;
  config: { Cmd?: string[] | null; Entrypoint?: string[] | null; ExposedPorts?: Record<string, unknown> };
}

const readSizes = (): { images: Record<string, SizesImage> } => JSON.parse(readFileSync(sharedPath('data/sizes/sizes.json'), 'utf8'));

/** Images an example Dockerfile pulls: FROM images and COPY --from images (not stage names). */
function exampleImages(): { example: string; image: string }[] {
  const out: { example: string; image: string }[] = [];
  for (const example of readdirSync(sharedPath('examples'))) {
    let text: string;
    try {
      text = readFileSync(sharedPath('examples', example, 'Dockerfile'), 'utf8');
    } catch {
      continue;
    }
    const stages = new Set<string>();
    for (const line of text.split('\n')) {
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
      if (from !== null) {
        const image = from[1] ?? '';
        if (!stages.has(image.toLowerCase())) out.push({ example, image });
        if (from[2] !== undefined) stages.add(from[2].toLowerCase());
      }
      const copy = /--from=(\S+)/.exec(line);
      if (copy !== null && !stages.has((copy[1] ?? '').toLowerCase()) && !/^\d+$/.test(copy[1] ?? '')) out.push({ example, image: copy[1] ?? '' });
    }
  }
  return out;
}

describe.skipIf(!hasShared)('catalog images against shared data', () => {
  it('has every image the examples use (the private-registry example is an honest estimate)', () => {
    const found = exampleImages();
    expect(found.length).toBeGreaterThan(20);
    for (const { example, image } of found) {
      if (image.startsWith('registry.example.com/')) {
        const estimate = estimateImage(image);
        expect(estimate.estimated, example).toBe(true);
        expect(estimate.warning, example).toMatch(/^Estimated: .*not in the catalog/);
        continue;
      }
      expect(lookupImage(image), `${example}: ${image}`).not.toBeNull();
    }
  });

  it('golang:1.21 is 814.76 MB as SIZES.md says', () => {
    const md = readFileSync(sharedPath('data/sizes/SIZES.md'), 'utf8');
    const row = /^\| golang:1\.21 \| ([\d.]+) MB \|/m.exec(md);
    expect(row).not.toBeNull();
    const golang = lookupImage('golang:1.21');
    expect(golang?.image.size).toBe(Math.round(Number(row?.[1]) * 1e6));
    expect(golang?.estimated).toBe(false);
  });

  it('takes sizes, compressed sizes and Cmd/Entrypoint/ports from sizes.json', () => {
    const sizes = readSizes();
    let compared = 0;
    for (const [id, s] of Object.entries(sizes.images)) {
      const entry = listImages().find((i) => i.id === id);
      if (entry === undefined) continue;
      compared += 1;
      if (s.sizeBytes !== null) expect(entry.size, id).toBe(s.sizeBytes);
      else expect(entry.estimated, id).toBe(true);
      if (s.compressedBytes !== null) expect(entry.compressedSize, id).toBe(s.compressedBytes);
      else expect(entry.compressedEstimated, id).toBe(true);
      if (s.config.Cmd !== undefined) expect(entry.config.Cmd, id).toEqual(s.config.Cmd);
      if (s.config.Entrypoint !== undefined) expect(entry.config.Entrypoint, id).toEqual(s.config.Entrypoint);
      expect(entry.config.ExposedPorts, id).toEqual(Object.keys(s.config.ExposedPorts ?? {}));
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('covers the most used base images of the corpus', () => {
    const counts = new Map<string, number>();
    for (const line of readFileSync(sharedPath('corpus/truth.jsonl'), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { stages?: { name: string; baseName: string }[] };
      const names = new Set((record.stages ?? []).map((s) => s.name));
      for (const stage of record.stages ?? []) {
        if (names.has(stage.baseName.toLowerCase()) || stage.baseName.includes('$')) continue;
        counts.set(stage.baseName, (counts.get(stage.baseName) ?? 0) + 1);
      }
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([name]) => name);
    const measured = top.filter((name) => estimateImage(name).matchedBy !== 'model');
    // Vendor images (goharbor/photon, dotnet, windows, oven/bun, ...) fall back to the model: 22 of 30 on 2026-11.
    expect(measured.length / top.length).toBeGreaterThanOrEqual(0.7);
    for (const name of ['alpine', 'alpine:3.23', 'ubuntu:22.04', 'debian:bookworm-slim', 'composer:2', 'golang:1.24', 'node:22-alpine']) {
      expect(estimateImage(name).matchedBy, name).not.toBe('model');
    }
  });
});

describe('catalog image entries', () => {
  const all = listImages();

  it.each(all.map((i) => [i.id, i] as const))('%s has a source, and skeleton sizes adding up to the image size', (_id, image: CatalogImage) => {
    expect(image.source.length).toBeGreaterThan(10);
    if (image.estimated || image.compressedEstimated) expect(image.estimateBasis ?? '').not.toBe('');
    const sized = image.skeleton.filter((e) => e.kind === 'file' || e.kind === 'bulk');
    const total = sized.reduce((s, e) => s + ('size' in e ? e.size : 0), 0);
    expect(Math.abs(total - image.size)).toBeLessThanOrEqual(image.size * 0.01);
    for (const e of sized) expect('basis' in e && typeof e.basis === 'string' && e.basis !== '', `${image.id} ${e.path}`).toBe(true);
    expect(image.layers.reduce((s, l) => s + l.size, 0)).toBe(image.size);
  });

  it.each(all.map((i) => [i.id, i] as const))('%s lists parents before children', (_id, image: CatalogImage) => {
    const seen = new Set<string>(['/']);
    for (const e of image.skeleton) {
      const parent = e.path.slice(0, e.path.lastIndexOf('/')) || '/';
      expect(seen.has(parent), `${image.id}: ${e.path}`).toBe(true);
      seen.add(e.path);
    }
  });

  it('answers the same entry for the docker.io, library/ and digest-pinned forms', () => {
    const forms = ['node:20', 'docker.io/library/node:20', 'library/node:20', 'index.docker.io/library/node:20', 'node:20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'];
    const ids = forms.map((f) => lookupImage(f)?.image.id);
    expect(ids).toEqual(forms.map(() => 'node:20'));
    expect(lookupImage(forms[4] ?? '')?.warning).toMatch(/pinned/);
    expect(lookupImage('alpine')?.image.id).toBe('alpine:latest');
  });

  it('estimates an unknown image with a visible warning, never throwing', () => {
    for (const ref of ['registry.example.com/team/tool:1.0', '$BASE_IMAGE', '', 'UPPER/Case:tag']) {
      const result = estimateImage(ref);
      expect(result.estimated).toBe(true);
      expect(result.warning).toMatch(/^Estimated: /);
      expect(result.image.size).toBeGreaterThan(0);
    }
    expect(lookupImage('registry.example.com/team/tool:1.0')).toBeNull();
  });

  it('uses the nearest catalogued tag of the same repository for an unmeasured tag', () => {
    const table: [string, string][] = [
      ['node:24.18.1-slim', 'node:24-slim'],
      ['golang:1.26.5-alpine', 'golang:1.26-alpine'],
      ['python:3.14.7-slim-trixie', 'python:3.12-slim'],
      ['alpine:3.21.2', 'alpine:3.21'],
    ];
    for (const [ref, expected] of table) {
      const result = estimateImage(ref);
      expect(result.matchedBy, ref).toBe('family');
      expect(result.warning, ref).toContain(`using ${expected} `);
      expect(result.image.size, ref).toBe(lookupImage(expected)?.image.size);
    }
  });
});

describe('alpine images know their own release', () => {
  // The tag names the release: alpine:3.19 is 3.19.x, whatever package list stands in for it.
  it.each(listImages().filter((i) => /^alpine:3\.\d+$/.test(i.id)).map((i) => i.id))('%s: /etc/alpine-release and os.version match the tag', (id) => {
    const image = listImages().find((i) => i.id === id)!;
    const minor = id.slice('alpine:'.length);
    const release = image.skeleton.find((e) => e.path === '/etc/alpine-release');
    expect(release?.kind === 'file' ? release.content?.trim().startsWith(`${minor}.`) : false).toBe(true);
    expect(image.os.version.startsWith(`${minor}.`)).toBe(true);
  });
});
