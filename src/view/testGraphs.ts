/** Hand-made stage graphs for the view tests, written out instead of computed by the engine. */
import type { GraphStage, StageGraph } from '../engine';

function stage(partial: Partial<GraphStage> & Pick<GraphStage, 'index' | 'line' | 'endLine'>): GraphStage {
  return {
    name: '',
    displayName: partial.name ? partial.name : `stage-${partial.index}`,
    base: { kind: 'scratch' },
    baseText: 'scratch',
    neededByBuildKit: true,
    neededByLegacy: true,
    ...partial,
  };
}

/**
 * deps (golang) <- build, deps <- test, final (alpine) copies from build; target final.
 * BuildKit skips `test`; the legacy builder builds everything up to `final`.
 */
export const goServiceGraph: StageGraph = {
  stages: [
    stage({ index: 0, name: 'deps', line: 5, endLine: 8, base: { kind: 'image', ref: 'golang:1.22-alpine' }, baseText: 'golang:${GO_VERSION}-alpine' }),
    stage({ index: 1, name: 'build', line: 11, endLine: 13, base: { kind: 'stage', index: 0, name: 'deps' }, baseText: 'deps' }),
    stage({ index: 2, name: 'test', line: 16, endLine: 18, base: { kind: 'stage', index: 0, name: 'deps' }, baseText: 'deps', neededByBuildKit: false }),
    stage({ index: 3, name: 'final', line: 21, endLine: 26, base: { kind: 'image', ref: 'alpine:3.20' }, baseText: 'alpine:3.20' }),
  ],
  edges: [
    { kind: 'from', from: 'golang:1.22-alpine', to: 0, line: 5, reference: 'golang:${GO_VERSION}-alpine' },
    { kind: 'from', from: 0, to: 1, line: 11, reference: 'deps' },
    { kind: 'from', from: 0, to: 2, line: 16, reference: 'deps' },
    { kind: 'from', from: 'alpine:3.20', to: 3, line: 21, reference: 'alpine:3.20' },
    { kind: 'copy', from: 1, to: 3, line: 23, reference: 'build' },
  ],
  externalImages: ['golang:1.22-alpine', 'alpine:3.20'],
  targetIndex: 3,
  diagnostics: [],
};

/** An unnamed scratch stage that copies from an image and mounts an earlier stage. */
export const mixedGraph: StageGraph = {
  stages: [
    stage({ index: 0, name: 'tools', line: 1, endLine: 2, base: { kind: 'image', ref: 'busybox' }, baseText: 'busybox' }),
    stage({ index: 1, line: 3, endLine: 5, platform: 'linux/arm64' }),
  ],
  edges: [
    { kind: 'from', from: 'busybox', to: 0, line: 1, reference: 'busybox' },
    { kind: 'copy', from: 'nginx:1.27', to: 1, line: 4, reference: 'nginx:1.27' },
    { kind: 'mount', from: 0, to: 1, line: 5, reference: 'tools' },
  ],
  externalImages: ['busybox', 'nginx:1.27'],
  targetIndex: 1,
  diagnostics: [],
};
