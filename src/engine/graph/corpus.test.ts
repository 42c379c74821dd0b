/**
 * The stage graph against BuildKit's own reading of 216 real Dockerfiles (shared/corpus/truth.jsonl):
 * the same stages (count, names, bases as written, lines) and the same COPY --from and RUN --mount
 * from= references, each becoming an edge at its line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { hasShared, sharedPath } from '../testing/sharedDir';

interface TruthCommand { name: string; line: number; from: string; mounts?: { type: string; from: string }[] }
interface TruthStage { name: string; baseName: string; index: number; line: number; commands: TruthCommand[] }
interface TruthRow { file: string; ok: boolean; instructionsOk?: boolean; stages?: TruthStage[] }

const rows: TruthRow[] = hasShared
  ? readFileSync(sharedPath('corpus', 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TruthRow)
  : [];

describe.skipIf(!hasShared)('stage graph vs BuildKit on the corpus', () => {
  it('reads all 216 corpus files', () => {
    expect(rows.length).toBe(216);
  });

  it.each(rows.filter((r) => r.instructionsOk).map((r) => [r.file, r] as const))('%s', (file, row) => {
    const analysis = analyze({ dockerfile: readFileSync(sharedPath('corpus', file), 'utf8') });
    const graph = analysis.graph!;
    const truth = row.stages ?? [];
    expect(graph.stages.map((s) => [s.index, s.name, s.baseText, s.line])).toEqual(truth.map((s) => [s.index, s.name, s.baseName, s.line]));

    const expectedEdges = truth.flatMap((stage) =>
      stage.commands.flatMap((c) => {
        const copies = c.name === 'copy' && c.from !== '' ? [['copy', c.from, stage.index, c.line]] : [];
        const mounts = (c.mounts ?? []).filter((m) => m.from !== '' && m.type !== 'tmpfs').map((m) => ['mount', m.from, stage.index, c.line]);
        return [...copies, ...mounts];
      }),
    );
    const ourEdges = graph.edges.filter((e) => e.kind !== 'from' && !e.viaOnbuild).map((e) => [e.kind, e.reference, e.to, e.line]);
    expect(ourEdges).toEqual(expectedEdges);
    // Every copy edge to a stage points at the stage BuildKit would pick (name match, last wins; or index).
    for (const edge of graph.edges) {
      if (edge.kind !== 'copy' || typeof edge.from !== 'number') continue;
      const byIndex = /^[0-9]+$/.test(edge.reference) ? Number(edge.reference) : undefined;
      const byName = truth.map((s) => s.name).lastIndexOf(edge.reference.toLowerCase());
      expect(edge.from).toBe(byIndex ?? byName);
    }
  });

  it('rejects what BuildKit rejects', () => {
    for (const row of rows.filter((r) => !r.instructionsOk)) {
      const analysis = analyze({ dockerfile: readFileSync(sharedPath('corpus', row.file), 'utf8') });
      expect(analysis.ok, row.file).toBe(false);
    }
  });
});
