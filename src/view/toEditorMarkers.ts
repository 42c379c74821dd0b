/**
 * Diagnostics to editor markers. The engine's ranges are 1-based with an exclusive end column and
 * may say "to end of line" with Number.MAX_SAFE_INTEGER; the editor wants ranges inside the text.
 */
import type { Diagnostic, Severity } from '../engine';

/** Monaco's IMarkerData without the Monaco dependency; ui/editor maps `severity`. */
export interface EditorMarker {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  code: string;
  severity: Severity;
}

/** The text as the editor sees it: how many lines, and each line's length in UTF-16 units. */
export interface EditorText {
  lineCount: number;
  lineLength(line: number): number;
}

export function textOf(text: string): EditorText {
  const lines = text.split(/\r\n|\r|\n/);
  return { lineCount: lines.length, lineLength: (line) => lines[line - 1]?.length ?? 0 };
}

export function toEditorMarkers(diagnostics: readonly Diagnostic[], text: EditorText): EditorMarker[] {
  return diagnostics.map((d) => {
    const startLineNumber = clamp(d.range.startLine, 1, text.lineCount);
    const endLineNumber = clamp(d.range.endLine, startLineNumber, text.lineCount);
    const startMax = text.lineLength(startLineNumber) + 1;
    const endMax = text.lineLength(endLineNumber) + 1;
    const startColumn = clamp(d.range.startColumn, 1, startMax);
    let endColumn = clamp(d.range.endColumn, 1, endMax);
    // An empty range would draw nothing: underline the rest of the line (or the line) instead.
    if (endLineNumber === startLineNumber && endColumn <= startColumn) {
      endColumn = startColumn < endMax ? endMax : startColumn;
    }
    return { startLineNumber, startColumn, endLineNumber, endColumn, message: d.message, code: d.code, severity: d.severity };
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
