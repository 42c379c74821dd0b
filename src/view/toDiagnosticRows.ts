/**
 * Rows of the diagnostics list. They keep the engine's order: it lists problems in the order
 * BuildKit meets them, so the first error is the one `docker build` would stop at.
 */
import type { Diagnostic, Severity } from '../engine';

export interface DiagnosticRow {
  key: string;
  code: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
}

export function toDiagnosticRows(diagnostics: readonly Diagnostic[]): DiagnosticRow[] {
  return diagnostics.map((d, i) => ({
    key: `${i}:${d.code}:${d.range.startLine}`,
    code: d.code,
    severity: d.severity,
    line: d.range.startLine,
    column: d.range.startColumn,
    message: d.message,
  }));
}
