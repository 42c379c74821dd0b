import { describe, expect, it } from 'vitest';
import { analyze, humanSize, type BuildReport, type ImageReport } from '../engine';
import { createBuildContext } from '../engine/context';
import { toDockerfileComparison, toSizesView } from './sizesView';

function image(stageIndex: number, name: string, size: number, estimated: boolean): ImageReport {
  return {
    stageIndex, name, size, compressedSize: size / 2, compressedEstimated: estimated, compressedSource: 'ratio 2x', layerCount: 2,
    history: [
      { createdBy: 'base', size: size - 1000, sizeText: '', comment: '', emptyLayer: false, sizeSource: 'catalog', estimated: false },
      { createdBy: 'ENV A=1', size: 0, sizeText: '0B', comment: '', emptyLayer: true, sizeSource: '', estimated: false },
      { createdBy: 'COPY app /', size: 1000, sizeText: '', comment: '', emptyLayer: false, sizeSource: 'diff', estimated: false },
    ],
    config: { Env: [], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', ExposedPorts: [], Volumes: [], Labels: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: [] },
    efficiency: { efficiency: 0.987, wastedBytes: 0, userSizeBytes: 0, wastedUserPercent: 0, inefficiencies: [] },
    breakdown: [{ category: 'base', label: 'base image', bytes: size - 1000 }, { category: 'code', label: 'your code', bytes: 1000 }, { category: 'other', label: 'other', bytes: 0 }],
  };
}

const fat = image(0, 'build', 800_000_000, true);
const slim = image(1, 'final', 20_000_000, false);
const report: BuildReport = {
  targetIndex: 1,
  images: [fat, slim],
  final: slim,
  comparison: [
    { stageIndex: 0, name: 'build', isFinal: false, size: fat.size, compressedSize: fat.compressedSize, differenceBytes: 780_000_000, ratio: 40 },
    { stageIndex: 1, name: 'final', isFinal: true, size: slim.size, compressedSize: slim.compressedSize, differenceBytes: 0, ratio: 1 },
  ],
  savings: { fatStageIndex: 0, fatName: 'build', finalName: 'final', savedBytes: 780_000_000, savedFraction: 0.975 },
};

describe('toSizesView', () => {
  const view = toSizesView(report);
  it('puts every image side by side, scaled to the largest', () => {
    expect(view.cards.map((c) => [c.name, c.isFinal, c.scale])).toEqual([['build', false, 1], ['final', true, 0.025]]);
    expect(view.cards[0]?.compressedEstimated).toBe(true);
    expect(view.cards[0]?.compressedSource).toBe('ratio 2x');
    expect(view.cards[0]?.efficiencyPercent).toBe(98.7);
  });
  it('stacks layers (empty ones left out) and origins (zero ones left out)', () => {
    expect(view.cards[1]?.byLayer.map((s) => [s.label, s.fraction])).toEqual([['base', 0.99995], ['COPY app /', 0.00005]]);
    expect(view.cards[1]?.byOrigin.map((s) => [s.key, s.label])).toEqual([['base', 'base image'], ['code', 'your code']]);
  });
  it('states the savings of the final image against the fattest stage', () => {
    expect(view.savings).toEqual({ from: 'build', to: 'final', savedText: '780MB', savedMb: '780.0', percent: 97.5 });
  });
  it('is empty without a report', () => {
    expect(toSizesView(null)).toEqual({ cards: [], savings: null });
  });
});

describe('toDockerfileComparison on real simulated builds', () => {
  const context = createBuildContext({ 'go.mod': 'module greeter\n', 'main.go': 'package main\nfunc main() {}\n' });
  const single = 'FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n';
  const multi = `${single.replace('alpine\n', 'alpine AS build\n')}FROM alpine:3.19\nCOPY --from=build /out/app /app\n`;
  const built = (path: string, dockerfile: string) => ({ path, analysis: analyze({ dockerfile, build: { context } }) });
  const fat = built('Dockerfile', single);
  const slim = built('Dockerfile.multistage', multi);
  const sizeOf = (tab: typeof fat) => tab.analysis.build!.report!.final!.size;

  it('puts both final images side by side, scaled to the larger, and says which is smaller by how much', () => {
    const view = toDockerfileComparison(fat, slim);
    expect(view.sides.map((s) => [s.path, s.card?.size, s.problem])).toEqual([['Dockerfile', sizeOf(fat), null], ['Dockerfile.multistage', sizeOf(slim), null]]);
    expect(view.sides[0].card?.scale).toBe(1);
    expect(view.sides[1].card?.scale).toBeCloseTo(sizeOf(slim) / sizeOf(fat), 12);
    const saved = sizeOf(fat) - sizeOf(slim);
    expect(view.verdict).toEqual({
      smaller: 'Dockerfile.multistage',
      larger: 'Dockerfile',
      savedMb: (saved / 1e6).toFixed(1),
      percent: Math.round((saved / sizeOf(fat)) * 1000) / 10,
    });
  });

  it('names the smaller image first whichever side it is on', () => {
    expect(toDockerfileComparison(slim, fat).verdict).toMatchObject({ smaller: 'Dockerfile.multistage', larger: 'Dockerfile' });
  });

  it('says when both are the same size', () => {
    expect(toDockerfileComparison(fat, { ...fat, path: 'Dockerfile.copy' }).verdict).toEqual({ equal: true, sizeText: humanSize(sizeOf(fat)) });
  });

  it('gives the first error and its line when the other Dockerfile does not build', () => {
    const broken = built('Dockerfile.broken', 'FROM alpine:3.19\nRUN exit 3\n');
    const view = toDockerfileComparison(slim, broken);
    expect(view.sides[1].card).toBeNull();
    expect(view.sides[1].problem?.isError).toBe(true);
    expect(view.sides[1].problem?.text).toContain(broken.analysis.build!.result.error!.message);
    expect(view.sides[1].problem?.text).toContain('(line 2)');
    expect(view.verdict).toBeNull();
    const unparsable = toDockerfileComparison(slim, built('Dockerfile.bad', 'FROM alpine:3.19\nCOPY\n'));
    expect(unparsable.sides[1].problem?.text).toMatch(/line 2\)$/);
  });

  it('says the comparison needs the worker when the other Dockerfile was only analysed, not built', () => {
    const graphOnly = { path: 'Dockerfile.multistage', analysis: analyze({ dockerfile: multi }) };
    const view = toDockerfileComparison(fat, graphOnly);
    expect(view.sides[1].problem).toEqual({ text: expect.stringContaining('background worker'), isError: false });
    expect(view.verdict).toBeNull();
  });
});
