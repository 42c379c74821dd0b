import { describe, expect, it } from 'vitest';
import { layoutEdges, layoutStageGraph, type LayoutEdge, type LayoutNode } from './layoutStageGraph';

const node = (id: string): LayoutNode => ({ id, width: 100, height: 40 });

describe('layoutEdges', () => {
  it('keeps one edge per pair and only the first user of an external image', () => {
    const edges: LayoutEdge[] = [
      { source: 'image:alpine', target: 'stage-0' },
      { source: 'stage-0', target: 'stage-1' },
      { source: 'stage-0', target: 'stage-1' },
      { source: 'image:alpine', target: 'stage-1' },
      { source: 'image:golang', target: 'stage-2' },
      { source: 'stage-2', target: 'stage-2' },
    ];
    expect(layoutEdges(edges)).toEqual([
      { source: 'image:alpine', target: 'stage-0' },
      { source: 'stage-0', target: 'stage-1' },
      { source: 'image:golang', target: 'stage-2' },
    ]);
  });
});

describe('layoutStageGraph', () => {
  it('places a 100-stage chain fed by one image left to right, every node laid out', () => {
    const nodes = [node('image:alpine'), ...Array.from({ length: 100 }, (_, i) => node(`stage-${i}`))];
    const edges: LayoutEdge[] = [];
    for (let i = 0; i < 100; i++) {
      edges.push({ source: 'image:alpine', target: `stage-${i}` });
      if (i > 0) edges.push({ source: `stage-${i - 1}`, target: `stage-${i}` });
    }
    const at = layoutStageGraph(nodes, edges);
    expect(at.size).toBe(101);
    expect(at.get('image:alpine')!.x).toBeLessThan(at.get('stage-0')!.x);
    for (let i = 1; i < 100; i++) expect(at.get(`stage-${i}`)!.x).toBeGreaterThan(at.get(`stage-${i - 1}`)!.x);
  });

  it('reuses the last layout for the same shape and lays out again when the shape changes', () => {
    const nodes = [node('stage-0'), node('stage-1')];
    const first = layoutStageGraph(nodes, [{ source: 'stage-0', target: 'stage-1' }]);
    const again = layoutStageGraph(nodes.map((n) => ({ ...n })), [{ source: 'stage-0', target: 'stage-1' }]);
    expect(again).toEqual(first);
    // A caller mutating its copy must not change the cached one.
    again.set('stage-0', { x: -999, y: -999 });
    expect(layoutStageGraph(nodes, [{ source: 'stage-0', target: 'stage-1' }])).toEqual(first);
    const reversed = layoutStageGraph(nodes, [{ source: 'stage-1', target: 'stage-0' }]);
    expect(reversed.get('stage-1')!.x).toBeLessThan(reversed.get('stage-0')!.x);
  });
});
