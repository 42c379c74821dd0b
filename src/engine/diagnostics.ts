/**
 * Diagnostics are values, never exceptions: every stage of the engine returns the problems it
 * found next to its result, each with a stable code, a severity and a 1-based source range.
 */

/** How bad a diagnostic is. `error` means BuildKit would refuse the input. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based, end-inclusive line range with 1-based columns (endColumn is exclusive). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Which engine stage produced a diagnostic. */
export type DiagnosticSource = 'parse' | 'instructions' | 'shell' | 'graph' | 'build' | 'lint';

/** One problem found in the input. */
export interface Diagnostic {
  /** Stable code from {@link DIAGNOSTIC_CODES}, e.g. `SC1001`. */
  code: string;
  severity: Severity;
  /** The message, in BuildKit's wording where BuildKit has one. */
  message: string;
  range: Range;
  source: DiagnosticSource;
  /** For build-check warnings: BuildKit's rule name (`FromAsCasing`, `MaintainerDeprecated`, ...). */
  rule?: string;
}

/** A range covering whole lines `startLine..endLine` (columns 1 to "end of line"). */
export function lineRange(startLine: number, endLine: number = startLine): Range {
  return { startLine, startColumn: 1, endLine, endColumn: Number.MAX_SAFE_INTEGER };
}

/** Build a diagnostic; `code` must be one of the catalog's codes. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  range: Range,
  severity: Severity = DIAGNOSTIC_CODES[code].severity,
): Diagnostic {
  return { code, severity, message, range, source: DIAGNOSTIC_CODES[code].source };
}

/** BuildKit's instruction-level error prefix: `dockerfile parse error on line N: msg`. */
export function parseErrorMessage(line: number, message: string): string {
  return `dockerfile parse error on line ${line}: ${message}`;
}

/**
 * The one catalog of diagnostic codes. Codes never change meaning once released.
 * SC1xxx parser, SC2xxx instructions, SC3xxx variables, SC4xxx stage graph, SC5xxx build,
 * SC6xxx lint (BuildKit's checks keep their rule names in the message and `rule`).
 */
export const DIAGNOSTIC_CODES = {
  SC1001: { severity: 'error', source: 'parse', title: 'Dockerfile has no instructions' },
  SC1002: { severity: 'error', source: 'parse', title: 'Line longer than 65535 bytes' },
  SC1003: { severity: 'error', source: 'parse', title: 'Invalid parser directive' },
  SC1004: { severity: 'error', source: 'parse', title: 'Unterminated heredoc' },
  SC1005: { severity: 'error', source: 'parse', title: 'JSON array holds non-strings' },
  SC1006: { severity: 'error', source: 'parse', title: 'Malformed ENV/LABEL key-value' },
  SC1007: { severity: 'warning', source: 'parse', title: 'Empty continuation line' },
  SC1008: { severity: 'error', source: 'parse', title: 'Empty Dockerfile' },
  SC1099: { severity: 'error', source: 'parse', title: 'Other parse error' },
  SC2001: { severity: 'error', source: 'instructions', title: 'Unknown instruction' },
  SC2002: { severity: 'error', source: 'instructions', title: 'Invalid flag' },
  SC2003: { severity: 'error', source: 'instructions', title: 'Wrong number of arguments' },
  SC2004: { severity: 'error', source: 'instructions', title: 'Instruction before FROM' },
  SC2005: { severity: 'error', source: 'instructions', title: 'Invalid stage name' },
  SC2006: { severity: 'error', source: 'instructions', title: 'Invalid RUN --mount' },
  SC2007: { severity: 'error', source: 'instructions', title: 'Invalid instruction argument' },
  SC2008: { severity: 'error', source: 'instructions', title: 'Invalid ONBUILD trigger' },
  SC2009: { severity: 'warning', source: 'lint', title: 'Build check raised while reading instructions' },
  SC3001: { severity: 'error', source: 'shell', title: 'Variable expansion failed' },
  SC4001: { severity: 'error', source: 'graph', title: 'Circular dependency' },
  SC4002: { severity: 'error', source: 'graph', title: 'Stage referenced before it is defined' },
  SC4003: { severity: 'error', source: 'graph', title: 'Target stage not found' },
  SC4004: { severity: 'error', source: 'graph', title: 'Invalid stage index' },
  SC4005: { severity: 'error', source: 'graph', title: 'Variable in --from' },
  SC4006: { severity: 'error', source: 'graph', title: 'Empty or invalid base name' },
  SC4007: { severity: 'warning', source: 'graph', title: 'Duplicate stage name' },
  SC4008: { severity: 'error', source: 'graph', title: 'No stages to build' },
  SC4009: { severity: 'error', source: 'graph', title: 'Invalid platform' },
  // build context
  SC5001: { severity: 'error', source: 'build', title: 'Invalid .dockerignore pattern' },
  // simulated RUN
  SC5201: { severity: 'warning', source: 'build', title: 'RUN command not simulated' },
  SC5202: { severity: 'info', source: 'build', title: 'Estimated figure in a simulated RUN' },
  SC5203: { severity: 'warning', source: 'build', title: 'Simulated RUN stopped at its work bound' },
  // simulated build
  SC5002: { severity: 'error', source: 'build', title: 'COPY/ADD source not found' },
  SC5003: { severity: 'error', source: 'build', title: 'RUN command failed' },
  SC5004: { severity: 'error', source: 'build', title: 'Instruction failed at build time' },
  SC5006: { severity: 'warning', source: 'build', title: 'Size or content is an estimate' },
  SC5007: { severity: 'error', source: 'build', title: 'Internal simulator error' },
  SC5008: { severity: 'info', source: 'build', title: 'Simulator note' },
} as const satisfies Record<string, { severity: Severity; source: DiagnosticSource; title: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
