/**
 * The acceptance checks on the shared examples, built with their contexts from
 * src/examples/contexts and the real simulated shell. Expected figures come from the catalog
 * (sourced from docker-library/repo-info via shared/data/sizes) and shared/examples/README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextById, exampleContexts } from '../examples/contexts';
import { toBuildContext } from '../examples/contexts/contextUse';
import { buildImage, type BuildOutput } from './build';
import { lookupImage } from './catalog';
import { getEntry, totals } from './fs';
import { hasShared, sharedPath } from './testing/sharedDir';

function buildExample(id: string, options: Partial<Parameters<typeof buildImage>[0]> = {}): BuildOutput {
  const dockerfile = readFileSync(sharedPath('examples', id, 'Dockerfile'), 'utf8');
  const example = contextById(id);
  return buildImage({ dockerfile, ...(example ? { context: toBuildContext(example.files) } : {}), ...options });
}

const catalogSize = (ref: string): number => lookupImage(ref)?.image.size ?? Number.NaN;
const MB = 1e6;

describe.skipIf(!hasShared)('shared examples build with their contexts', () => {
  it.each(exampleContexts.map((e) => e.id))('%s builds', (id) => {
    const out = buildExample(id);
    expect(out.build.error?.message ?? null).toBeNull();
    expect(out.build.ok).toBe(true);
    expect(out.report?.final?.size).toBeGreaterThan(0);
  });

  it('go-multi-stage: the build stage weighs at least golang:1.21, the alpine image 8-25 MB', () => {
    const out = buildExample('go-multi-stage');
    const [builder, final] = out.build.stages;
    expect(builder?.image?.size).toBeGreaterThanOrEqual(catalogSize('golang:1.21'));
    expect(final?.image?.size).toBeGreaterThanOrEqual(8 * MB);
    expect(final?.image?.size).toBeLessThanOrEqual(25 * MB);
    const comparison = out.report?.comparison.find((c) => c.stageIndex === 0);
    expect(comparison?.ratio).toBeGreaterThan(30);
  });

  it('node-nginx: the final image is nginx:alpine plus the built files', () => {
    const out = buildExample('node-nginx');
    const final = out.build.stages[1]!;
    const copy = final.steps.find((s) => s.kind === 'copy')!;
    const dist = totals(out.build.stages[0]!.image!.tree, '/app/dist')?.size ?? 0;
    expect(dist).toBeGreaterThan(0);
    expect(copy.layerSize).toBe(dist);
    expect(final.image?.size).toBe(catalogSize('nginx:alpine') + dist);
    expect(getEntry(final.image!.tree, '/usr/share/nginx/html/index.html')?.kind).toBe('file');
  });

  // shared/data/sizes/SIZES.md §6 measured create-vite 9.3.0's react template (vite 8, react 19,
  // oxlint), the scaffold of this example: 24 packages, 64.7 MB of node_modules.
  it('node-nginx: npm install in the builder fills node_modules within 10% of the measured 64.7 MB', () => {
    const out = buildExample('node-nginx');
    const nodeModules = getEntry(out.build.stages[0]!.image!.tree, '/app/node_modules');
    const bytes = totals(out.build.stages[0]!.image!.tree, '/app/node_modules')?.size ?? 0;
    expect(nodeModules?.kind).toBeDefined();
    expect(bytes).toBeGreaterThan(64.7 * MB * 0.9);
    expect(bytes).toBeLessThan(64.7 * MB * 1.1);
  });

  // shared/examples/README.md: real `docker history` shows a 35.3 MB COPY layer.
  it.each(['zookeeper', 'zookeeper-stage-base', 'zookeeper-external'])('%s: the COPY layer is about 35.3 MB', (id) => {
    const out = buildExample(id);
    const final = out.build.stages[out.build.targetIndex]!;
    const copy = final.steps.find((s) => s.kind === 'copy')!;
    expect(copy.layerSize).toBeGreaterThan(35.3 * MB * 0.9);
    expect(copy.layerSize).toBeLessThan(35.3 * MB * 1.1);
  });

  it('overridden-from: BuildKit skips the first stage, the legacy builder builds it', () => {
    expect(buildExample('overridden-from').build.stages.map((s) => s.built)).toEqual([false, true]);
    expect(buildExample('overridden-from', { mode: 'legacy' }).build.stages.map((s) => s.built)).toEqual([true, true]);
  });

  it('go-build-test-deploy: the tester stage is pruned unless targeted', () => {
    expect(buildExample('go-build-test-deploy').build.stages.map((s) => s.built)).toEqual([true, false, true]);
    expect(buildExample('go-build-test-deploy', { target: 'tester' }).build.stages.map((s) => s.built)).toEqual([true, true, false]);
  });

  it('go-version-arg: a changed VERSION re-runs the build step only', () => {
    const first = buildExample('go-version-arg');
    const second = buildExample('go-version-arg', { cache: first.cache, buildArgs: { VERSION: '1.2' } });
    const builder = second.build.stages[0]!.steps;
    expect(builder.map((s) => s.cached)).toEqual([true, true, true, false]);
    expect(builder[3]?.missReason?.kind).toBe('arg-changed');
  });

  it('shared-builder: an unknown private image is an estimate, marked as such', () => {
    const out = buildExample('shared-builder');
    expect(out.build.ok).toBe(true);
    expect(out.build.diagnostics.some((d) => d.code === 'SC5006' && /registry\.example\.com/.test(d.message))).toBe(true);
  });

  it('rebuilds every example from a warm cache with every step CACHED', () => {
    for (const { id } of exampleContexts) {
      const first = buildExample(id);
      const again = buildExample(id, { cache: first.cache });
      const steps = again.build.stages.flatMap((s) => s.steps);
      expect(steps.every((s) => s.cached), id).toBe(true);
      expect(again.build.savedByCacheMs, id).toBeGreaterThan(0);
    }
  });

  it('reports a breakdown that adds up to the image size, and history rows for every layer', () => {
    for (const { id } of exampleContexts) {
      const final = buildExample(id).report?.final;
      if (!final) continue;
      expect(final.breakdown.reduce((n, r) => n + r.bytes, 0), id).toBe(final.size);
      expect(final.history.filter((h) => !h.emptyLayer).reduce((n, h) => n + h.size, 0), id).toBe(final.size);
    }
  });
});
