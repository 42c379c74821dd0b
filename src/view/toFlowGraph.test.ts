import { describe, expect, it } from 'vitest';
import { IMAGE_NODE_HEIGHT, imageNodeWidth, STAGE_NODE_SIZE, toFlowGraph } from './toFlowGraph';
import type { ImageFlowNode, StageFlowNode } from './flowTypes';
import { goServiceGraph, mixedGraph } from './testGraphs';

function stageNodes(nodes: ReturnType<typeof toFlowGraph>['nodes']): StageFlowNode[] {
  return nodes.filter((n): n is StageFlowNode => n.type === 'stage');
}
function imageNodes(nodes: ReturnType<typeof toFlowGraph>['nodes']): ImageFlowNode[] {
  return nodes.filter((n): n is ImageFlowNode => n.type === 'image');
}

describe('toFlowGraph', () => {
  it('returns an empty graph when the engine has none', () => {
    expect(toFlowGraph(null, { mode: 'buildkit', activeStage: null })).toEqual({ nodes: [], edges: [] });
  });

  it('makes one node per stage and one per external image', () => {
    const { nodes } = toFlowGraph(goServiceGraph, { mode: 'buildkit', activeStage: null });
    expect(stageNodes(nodes).map((n) => [n.id, n.data.title, n.data.startLine, n.data.endLine])).toEqual([
      ['stage-0', 'deps', 5, 8],
      ['stage-1', 'build', 11, 13],
      ['stage-2', 'test', 16, 18],
      ['stage-3', 'final', 21, 26],
    ]);
    expect(imageNodes(nodes).map((n) => n.data.ref)).toEqual(['golang:1.22-alpine', 'alpine:3.20']);
  });

  it('words the base of each stage', () => {
    const { nodes } = toFlowGraph(mixedGraph, { mode: 'buildkit', activeStage: null });
    expect(stageNodes(nodes).map((n) => [n.data.title, n.data.base, n.data.platform])).toEqual([
      ['tools', { kind: 'image', text: 'busybox' }, undefined],
      ['stage-1', { kind: 'scratch', text: 'scratch' }, 'linux/arm64'],
    ]);
  });

  it.each([
    ['buildkit', [true, true, false, true]],
    ['legacy', [true, true, true, true]],
  ] as const)('marks skipped stages for the %s builder', (mode, expected) => {
    const { nodes } = toFlowGraph(goServiceGraph, { mode, activeStage: null });
    expect(stageNodes(nodes).map((n) => n.data.isNeeded)).toEqual(expected);
  });

  it('marks the target and the active stage', () => {
    const { nodes } = toFlowGraph(goServiceGraph, { mode: 'buildkit', activeStage: 1 });
    const stages = stageNodes(nodes);
    expect(stages.filter((n) => n.data.isTarget).map((n) => n.data.title)).toEqual(['final']);
    expect(stages.filter((n) => n.data.isActive).map((n) => n.data.title)).toEqual(['build']);
  });

  it('connects edges by kind from image or stage nodes to the consuming stage', () => {
    const { edges } = toFlowGraph(mixedGraph, { mode: 'buildkit', activeStage: null });
    expect(edges.map((e) => [e.source, e.target, e.data?.kind, e.className])).toEqual([
      ['image:busybox', 'stage-0', 'from', 'edge-from'],
      ['image:nginx:1.27', 'stage-1', 'copy', 'edge-copy'],
      ['stage-0', 'stage-1', 'mount', 'edge-mount'],
    ]);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });

  it('fades edges into skipped stages and images only skipped stages use', () => {
    const graph = {
      ...goServiceGraph,
      stages: goServiceGraph.stages.map((s) => (s.index === 3 ? s : { ...s, neededByBuildKit: s.index !== 2 })),
    };
    const { edges, nodes } = toFlowGraph(graph, { mode: 'buildkit', activeStage: null });
    expect(edges.filter((e) => !e.data?.isNeeded).map((e) => e.id)).toEqual(['from:0->2@16']);
    expect(imageNodes(nodes).every((n) => n.data.isNeeded)).toBe(true);
    const onlyTest = { ...goServiceGraph, stages: goServiceGraph.stages.map((s) => ({ ...s, neededByBuildKit: s.index === 2 })) };
    const faded = imageNodes(toFlowGraph(onlyTest, { mode: 'buildkit', activeStage: null }).nodes);
    expect(faded.map((n) => [n.data.ref, n.data.isNeeded])).toEqual([
      ['golang:1.22-alpine', false],
      ['alpine:3.20', false],
    ]);
  });

  it('lays the graph out left to right without overlaps', () => {
    const { nodes } = toFlowGraph(goServiceGraph, { mode: 'buildkit', activeStage: null });
    const at = new Map(nodes.map((n) => [n.id, n.position]));
    // Every dependency sits to the left of the stage that uses it.
    expect(at.get('image:golang:1.22-alpine')!.x).toBeLessThan(at.get('stage-0')!.x);
    expect(at.get('stage-0')!.x).toBeLessThan(at.get('stage-1')!.x);
    expect(at.get('stage-1')!.x).toBeLessThan(at.get('stage-3')!.x);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const overlapX = a.position.x < b.position.x + (b.width ?? 0) && b.position.x < a.position.x + (a.width ?? 0);
        const overlapY = a.position.y < b.position.y + (b.height ?? 0) && b.position.y < a.position.y + (a.height ?? 0);
        expect(overlapX && overlapY, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    expect(stageNodes(nodes)[0]).toMatchObject(STAGE_NODE_SIZE);
    expect(imageNodes(nodes).map((n) => [n.width, n.height])).toEqual([
      [imageNodeWidth('golang:1.22-alpine'), IMAGE_NODE_HEIGHT],
      [imageNodeWidth('alpine:3.20'), IMAGE_NODE_HEIGHT],
    ]);
  });

  it('sizes image nodes to their reference, within bounds', () => {
    expect(imageNodeWidth('a')).toBe(128);
    expect(imageNodeWidth('golang:1.22-alpine')).toBeGreaterThan(imageNodeWidth('alpine:3.20'));
    expect(imageNodeWidth('registry.example.com/team/a-very-long-image-name:with-a-long-tag')).toBe(280);
  });

  it('shows a stage\'s build figures only when the build had that stage (typing runs ahead of the build)', () => {
    const summary = (name: string) => ({ name, status: 'built' as const, layerCount: 2, sizeText: '9 MB', cachedSteps: 0, totalSteps: 2, cacheText: '0/2 steps' });
    const build = new Map([[0, summary('deps')], [1, summary('compile')]]);
    const nodes = stageNodes(toFlowGraph(goServiceGraph, { mode: 'buildkit', activeStage: null, build }).nodes);
    expect(nodes.map((n) => n.data.build?.name ?? null)).toEqual(['deps', null, null, null]);
  });
});
