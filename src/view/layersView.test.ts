import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { createBuildContext } from '../engine/context';
import { cumulativeFiles, filterFileRows, imageFiles, layerFiles, toLayerRows, type FileRow } from './layersView';

// A scratch image, so every byte comes from this context: expected sizes are the inputs' sizes.
const dockerfile = 'FROM scratch\nCOPY app.js big.bin /app/\nCOPY notes.txt /app/\n';
const context = createBuildContext({ 'app.js': 'console.log(1)\n', 'big.bin': { size: 5_000_000 }, 'notes.txt': 'hi\n' });
const build = analyze({ dockerfile, build: { context } }).build;
const stage = build?.result.stages[0];
const report = build?.report?.images.find((i) => i.stageIndex === 0);

describe('layers view of a real simulated build', () => {
  it('lists docker history rows with the Dockerfile line of each layer', () => {
    const rows = toLayerRows(report, stage?.image);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows.map((r) => r.size)).toEqual([5_000_000 + 15, 3]);
    expect(rows.every((r) => r.hasFiles)).toBe(true);
  });

  it('lists one layer as added files, directories left out', () => {
    const files = layerFiles(stage?.image, 0);
    expect(files.map((f) => [f.path, f.status, f.size])).toEqual([
      ['/app/app.js', 'added', 15],
      ['/app/big.bin', 'added', 5_000_000],
    ]);
  });

  it('lists the whole image, sorted by size on request, and searches paths', () => {
    const all = imageFiles(stage?.image);
    expect(all.map((f) => f.path)).toEqual(['/app/app.js', '/app/big.bin', '/app/notes.txt']);
    expect(filterFileRows(all, { search: '', sort: 'size', expanded: new Set() }).map((f) => f.path)).toEqual(['/app/big.bin', '/app/app.js', '/app/notes.txt']);
    expect(filterFileRows(all, { search: 'NOTES', sort: 'path', expanded: new Set() }).map((f) => f.path)).toEqual(['/app/notes.txt']);
  });
});

describe('cumulative files up to a layer (dive\'s aggregated view)', () => {
  const text = 'FROM alpine:3.19\nCOPY app.js notes.txt /app/\nCOPY v2/app.js /app/app.js\nRUN rm /app/notes.txt\n';
  const ctx = createBuildContext({ 'app.js': 'v1\n', 'notes.txt': 'hi\n', 'v2/app.js': 'version 2\n' });
  const image = analyze({ dockerfile: text, build: { context: ctx } }).build?.result.stages[0]?.image;

  it('marks what the picked layer adds, modifies and removes among all files up to it', () => {
    const row = (line: number) => image?.layers.findIndex((l) => l.line === line) ?? -1;
    const app = (rows: FileRow[]) => rows.filter((r) => r.path.startsWith('/app/'));
    const mark = (rows: FileRow[]) => app(rows).map((r) => [r.path, r.status ?? '']);
    expect(mark(cumulativeFiles(image, 0))).toEqual([]);
    expect(cumulativeFiles(image, 0).some((r) => r.path === '/etc/alpine-release' && r.status === undefined)).toBe(true);
    expect(mark(cumulativeFiles(image, row(2)))).toEqual([['/app/app.js', 'added'], ['/app/notes.txt', 'added']]);
    expect(mark(cumulativeFiles(image, row(3)))).toEqual([['/app/app.js', 'modified'], ['/app/notes.txt', '']]);
    expect(app(cumulativeFiles(image, row(3)))[0]?.size).toBe('version 2\n'.length);
    expect(mark(cumulativeFiles(image, row(4)))).toEqual([['/app/app.js', ''], ['/app/notes.txt', 'removed']]);
  });
});

describe('filterFileRows and bulk entries', () => {
  const rows: FileRow[] = [
    { path: '/usr/local/go', kind: 'bulk', size: 200, sizeText: '200B', fileCount: 12000, source: 'catalog' },
    { path: '/usr/local/go/bin/extra', kind: 'file', size: 5, sizeText: '5B', insideBulk: '/usr/local/go' },
    { path: '/etc/hosts', kind: 'file', size: 10, sizeText: '10B' },
  ];
  it('shows a bulk as one row until it is expanded', () => {
    expect(filterFileRows(rows, { search: '', sort: 'path', expanded: new Set() }).map((r) => r.path)).toEqual(['/usr/local/go', '/etc/hosts']);
    expect(filterFileRows(rows, { search: '', sort: 'path', expanded: new Set(['/usr/local/go']) })).toHaveLength(3);
  });
  it('finds files inside a closed bulk when searching', () => {
    expect(filterFileRows(rows, { search: 'extra', sort: 'path', expanded: new Set() }).map((r) => r.path)).toEqual(['/usr/local/go/bin/extra']);
  });
  it('is empty without an image', () => {
    expect(imageFiles(undefined)).toEqual([]);
    expect(layerFiles(undefined, 0)).toEqual([]);
    expect(toLayerRows(undefined, undefined)).toEqual([]);
  });
});
