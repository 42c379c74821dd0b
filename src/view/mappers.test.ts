import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../engine';
import { activeStage, stageAtLine } from './activeStage';
import { goServiceGraph } from './testGraphs';
import { textOf, toEditorMarkers } from './toEditorMarkers';
import { toDiagnosticRows } from './toDiagnosticRows';
import { toTargetOptions } from './toTargetOptions';

function diag(code: string, severity: Diagnostic['severity'], startLine: number, startColumn: number, endLine: number, endColumn: number): Diagnostic {
  return { code, severity, message: `${code} message`, source: 'parse', range: { startLine, startColumn, endLine, endColumn } };
}

describe('stageAtLine / activeStage', () => {
  it.each([
    [1, null],
    [5, 0],
    [8, 0],
    [9, null],
    [12, 1],
    [26, 3],
    [27, null],
  ])('line %i is in stage %s', (line, expected) => {
    expect(stageAtLine(goServiceGraph, line)).toBe(expected);
  });

  it('prefers the cursor, falls back to the clicked stage, ignores stages that are gone', () => {
    expect(activeStage(goServiceGraph, 17, 0)).toBe(2);
    expect(activeStage(goServiceGraph, 1, 0)).toBe(0);
    expect(activeStage(goServiceGraph, null, 3)).toBe(3);
    expect(activeStage(goServiceGraph, 1, 9)).toBeNull();
    expect(activeStage(null, 5, 1)).toBeNull();
  });
});

describe('toEditorMarkers', () => {
  const text = textOf('FROM alpine\nFNTRYPOINT ["sh"]\n');

  it('clamps "to end of line" to the line length', () => {
    const [marker] = toEditorMarkers([diag('SC2001', 'error', 2, 1, 2, Number.MAX_SAFE_INTEGER)], text);
    expect(marker).toEqual({
      startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 18,
      message: 'SC2001 message', code: 'SC2001', severity: 'error',
    });
  });

  it('keeps ranges inside the text', () => {
    const markers = toEditorMarkers([diag('SC1099', 'warning', 9, 4, 12, 9), diag('SC1001', 'error', 0, 0, 0, 0)], text);
    expect(markers.map((m) => [m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn])).toEqual([
      [3, 1, 3, 1],
      [1, 1, 1, 12],
    ]);
  });

  it('widens an empty range to the rest of the line', () => {
    const [marker] = toEditorMarkers([diag('SC2002', 'error', 1, 6, 1, 6)], text);
    expect([marker!.startColumn, marker!.endColumn]).toEqual([6, 12]);
  });

  it('handles CRLF text', () => {
    const [marker] = toEditorMarkers([diag('SC2001', 'error', 1, 1, 1, Number.MAX_SAFE_INTEGER)], textOf('FROM a\r\nRUN x'));
    expect(marker!.endColumn).toBe(7);
  });
});

describe('toTargetOptions', () => {
  it('offers the last stage by default and every named stage once', () => {
    expect(toTargetOptions(goServiceGraph, '')).toEqual([
      { value: '', label: 'last stage (final)' },
      { value: 'deps', label: 'deps' },
      { value: 'build', label: 'build' },
      { value: 'test', label: 'test' },
      { value: 'final', label: 'final' },
    ]);
  });

  it('keeps a target that no longer exists selectable', () => {
    expect(toTargetOptions(goServiceGraph, 'gone').at(-1)).toEqual({ value: 'gone', label: 'gone (not found)' });
    expect(toTargetOptions(null, '')).toEqual([{ value: '', label: 'last stage' }]);
  });
});

describe('toDiagnosticRows', () => {
  it("keeps the engine's order and gives every row a distinct key", () => {
    const rows = toDiagnosticRows([
      diag('SC4007', 'warning', 7, 1, 7, 2),
      diag('SC1007', 'warning', 3, 1, 3, 2),
      diag('SC4007', 'warning', 7, 1, 7, 2),
    ]);
    expect(rows.map((r) => [r.code, r.severity, r.line, r.column])).toEqual([
      ['SC4007', 'warning', 7, 1],
      ['SC1007', 'warning', 3, 1],
      ['SC4007', 'warning', 7, 1],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});
