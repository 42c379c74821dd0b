import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { createBuildContext } from '../context';
import { compareFinalImages } from './compareImages';

// The same Go-like project built in one stage and in two: the toolchain stays in the first image.
const context = createBuildContext({ 'go.mod': 'module greeter\n', 'main.go': 'package main\nfunc main() {}\n', 'big.bin': { size: 3_000_000 } });
const single = 'FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n';
const multi = `${single.replace('FROM golang:1.22-alpine', 'FROM golang:1.22-alpine AS build')}FROM alpine:3.19\nCOPY --from=build /out/app /usr/local/bin/app\n`;
const finalOf = (dockerfile: string) => analyze({ dockerfile, build: { context } }).build?.report?.final;

describe('compareFinalImages on real simulated builds', () => {
  const fat = finalOf(single);
  const slim = finalOf(multi);

  it('builds both final images', () => {
    expect(fat?.size).toBeGreaterThan(0);
    expect(slim?.size).toBeGreaterThan(0);
  });

  it('says which image is smaller, by how many bytes and what share of the larger one', () => {
    const c = compareFinalImages(fat!, slim!);
    expect(c.smaller).toBe('b');
    expect(c.differenceBytes).toBe(slim!.size - fat!.size);
    expect(c.savedBytes).toBe(fat!.size - slim!.size);
    expect(c.savedFraction).toBeCloseTo((fat!.size - slim!.size) / fat!.size, 12);
    expect(c.savedFraction).toBeGreaterThan(0);
    expect(c.savedFraction).toBeLessThan(1);
  });

  it('is symmetric: swapping the images flips the sign and the smaller side only', () => {
    const ab = compareFinalImages(fat!, slim!);
    const ba = compareFinalImages(slim!, fat!);
    expect(ba).toEqual({ ...ab, differenceBytes: -ab.differenceBytes, smaller: 'a' });
  });
});

describe('compareFinalImages edge cases', () => {
  it('reports equal images as neither smaller', () => {
    expect(compareFinalImages({ size: 500 }, { size: 500 })).toEqual({ differenceBytes: 0, smaller: null, savedBytes: 0, savedFraction: 0 });
  });
  it('does not divide by zero for empty images', () => {
    expect(compareFinalImages({ size: 0 }, { size: 0 }).savedFraction).toBe(0);
    expect(compareFinalImages({ size: 0 }, { size: 10 })).toEqual({ differenceBytes: 10, smaller: 'a', savedBytes: 10, savedFraction: 1 });
  });
});
