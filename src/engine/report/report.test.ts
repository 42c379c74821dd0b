import { describe, expect, it } from 'vitest';
import { testBuild } from '../simulate/testBuild';
import { humanSize } from './humanSize';

describe('docker history sizes (go-units HumanSizeWithPrecision(size, 3))', () => {
  it.each([
    [0, '0B'],
    [32, '32B'],
    [999, '999B'],
    [1050, '1.05kB'],
    [7_800_000, '7.8MB'],
    [35_300_000, '35.3MB'],
    [814_760_000, '815MB'],
    [1_100_000_000, '1.1GB'],
    [999_600, '1e+03kB'],
  ])('%d bytes -> %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('build report', () => {
  const df = 'FROM alpine:3.19 AS build\nRUN fallocate -l 20M /big\nRUN mkdir -p /out && echo app > /out/app\nFROM alpine:3.19\nCOPY --from=build /out/app /app\nCOPY main.go /src/\n';
  const out = testBuild(df, { 'main.go': 'package main\n' });
  const report = out.report!;
  it('compares every stage image with the final one', () => {
    const [build, final] = report.comparison;
    expect(final).toMatchObject({ isFinal: true, differenceBytes: 0, ratio: 1 });
    expect(build?.differenceBytes).toBe(build!.size - final!.size);
    expect(build?.size).toBe(7_400_000 + 20 * 1024 * 1024 + 'app\n'.length);
  });
  it('states what the multi-stage build saves: the fat build stage against the slim final one', () => {
    const [build, final] = report.comparison;
    expect(report.savings).toEqual({
      fatStageIndex: 0,
      fatName: build!.name,
      finalName: final!.name,
      savedBytes: build!.size - final!.size,
      savedFraction: (build!.size - final!.size) / build!.size,
    });
  });
  it('breaks the size down by origin, adding up to the image size', () => {
    const final = report.final!;
    expect(final.breakdown.reduce((n, r) => n + r.bytes, 0)).toBe(final.size);
    expect(final.breakdown.find((r) => r.category === 'base')?.bytes).toBe(7_400_000);
    expect(final.breakdown.find((r) => r.category === 'code')?.bytes).toBe('package main\n'.length);
    expect(final.breakdown.find((r) => r.category === 'build-output')?.bytes).toBe('app\n'.length);
  });
  it('marks the compressed size as an estimate and names the ratio\'s source', () => {
    const final = report.final!;
    expect(final.compressedEstimated).toBe(true);
    expect(final.compressedSource).toMatch(/2\.5/);
    expect(final.compressedSize).toBeLessThan(final.size);
  });
  it('lists history rows with docker\'s size text and BuildKit\'s comment', () => {
    const rows = report.final!.history;
    expect(rows.at(-1)).toMatchObject({ createdBy: 'COPY main.go /src/ # buildkit', sizeText: '13B', comment: 'buildkit.dockerfile.v0', emptyLayer: false, line: 6 });
    expect(rows[0]?.comment).toBe('');
  });
  it('has full efficiency when nothing is wasted, less when a later layer deletes', () => {
    expect(report.final!.efficiency).toMatchObject({ efficiency: 1, wastedBytes: 0 });
    const waste = testBuild('FROM alpine:3.19\nRUN fallocate -l 1M /a\nRUN rm /a\n').report!.final!.efficiency;
    expect(waste.wastedBytes).toBe(1024 * 1024);
    expect(waste.efficiency).toBeLessThan(1);
    expect(waste.inefficiencies[0]?.path).toBe('/a');
  });
});
