import { describe, expect, it } from 'vitest';
import { fitPlan, READABLE_ZOOM, zoomToFit, type FitNode } from './fitPlan';

const node = (id: string, x: number, isTarget = false): FitNode => ({ id, x, y: 0, width: 200, height: 100, isTarget });

describe('zoomToFit', () => {
  it('is limited by the tighter of width and height', () => {
    // 400 x 100 of nodes, no padding, in 800 x 100: height allows 1, width 2.
    expect(zoomToFit([node('a', 0), node('b', 200)], 800, 100, 0)).toBe(1);
    expect(zoomToFit([node('a', 0), node('b', 200)], 200, 1000, 0)).toBe(0.5);
  });
});

describe('fitPlan', () => {
  it('shows a small graph whole, even in a small panel', () => {
    expect(fitPlan([node('a', 0), node('b', 250, true)], [{ source: 'a', target: 'b' }], 600, 400, 0.08)).toEqual({ mode: 'all' });
    const six = Array.from({ length: 6 }, (_, i) => node(`s${i}`, i * 250, i === 5));
    expect(zoomToFit(six, 500, 300, 0.08)).toBeLessThan(READABLE_ZOOM);
    expect(fitPlan(six, [], 500, 300, 0.08)).toEqual({ mode: 'all' });
  });

  it('focuses a long chain on the target and its inputs', () => {
    const stages = Array.from({ length: 60 }, (_, i) => node(`s${i}`, i * 250, i === 59));
    const nodes = [node('image:alpine', -250), ...stages];
    const edges = [...stages.slice(1).map((n, i) => ({ source: `s${i}`, target: n.id })), { source: 'image:alpine', target: 's59' }];
    expect(zoomToFit(nodes, 600, 400, 0.08)).toBeLessThan(READABLE_ZOOM);
    expect(fitPlan(nodes, edges, 600, 400, 0.08)).toEqual({ mode: 'focus', ids: ['s59', 's58', 'image:alpine'], hidden: 58 });
  });
});
