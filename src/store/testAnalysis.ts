/**
 * A stand-in for the engine in store tests: the "analysis" records its input so a test can tell
 * which request landed. Shape-only; the real engine is tested in src/engine.
 */
import type { Analysis, AnalyzeInput } from '../engine';

export function fakeAnalysis(input: AnalyzeInput): Analysis {
  const lines = input.dockerfile.replace(/\n$/, '').split('\n');
  const froms = lines.flatMap((text, i) => (/^FROM\s/i.test(text) ? [i + 1] : []));
  return {
    parse: { ok: true, instructions: [], directives: {}, escapeToken: '\\', diagnostics: [], startLine: 1, endLine: lines.length },
    instructions: { ok: true, metaArgs: [], stages: [], diagnostics: [], error: null, lint: [] },
    graph: {
      stages: froms.map((line, index) => ({
        index,
        name: `s${index}`,
        displayName: `s${index}`,
        base: { kind: 'scratch' },
        baseText: 'scratch',
        line,
        endLine: (froms[index + 1] ?? lines.length + 1) - 1,
        neededByBuildKit: true,
        neededByLegacy: true,
      })),
      edges: [],
      externalImages: [],
      targetIndex: froms.length - 1,
      diagnostics: [],
    },
    diagnostics: [{ code: 'SC1099', severity: 'info', source: 'parse', message: JSON.stringify({ ...input, build: undefined }), range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }],
    ok: true,
  };
}

/** The input a fake analysis was made from (without the build options, which hold a Map). */
export function inputOf(analysis: Analysis): AnalyzeInput {
  return JSON.parse(analysis.diagnostics[0]!.message) as AnalyzeInput;
}
