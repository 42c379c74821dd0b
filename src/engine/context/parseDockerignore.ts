/**
 * Reading a `.dockerignore` file the way BuildKit does (moby/patternmatcher `ignorefile.ReadAll`,
 * formerly buildkit's `frontend/dockerfile/dockerignore`), plus the validation BuildKit applies
 * right after (`patternmatcher.New`), so bad patterns become diagnostics instead of a failed build
 * the user cannot locate.
 *
 * ReadAll's rules: a UTF-8 BOM is dropped from the first line; a line whose FIRST character is
 * `#` is a comment (an indented `#` is a pattern); lines are trimmed (Go's TrimSpace); blank
 * lines are skipped; a leading `!` is split off and the rest trimmed again; the pattern is
 * cleaned (`path.Clean`) and one leading `/` removed, so `/a/b` means `a/b`.
 */
import { diagnostic, lineRange, type Diagnostic } from '../diagnostics';
import { preparePattern } from './compilePattern';
import { cleanPath, goTrimSpace, utf8Bytes } from './goText';

/** One pattern line of an ignore file. */
export interface IgnorePattern {
  /** 1-based line in the ignore file. */
  line: number;
  /** The pattern as ReadAll returns it, `!` included (e.g. `!inverted/abs/path`). */
  pattern: string;
}

export interface ParsedDockerignore {
  /** Patterns in file order (also the invalid ones: BuildKit would see them too). */
  patterns: IgnorePattern[];
  /**
   * SC5001 for every pattern BuildKit refuses. Ranges are lines of the ignore file, not of the
   * Dockerfile.
   */
  diagnostics: Diagnostic[];
  /**
   * BuildKit's error when it would fail the build over this file (the first refused pattern),
   * e.g. `illegal exclusion pattern: "!"` or `syntax error in pattern`.
   */
  error?: string;
}

/** Go's bufio.Scanner refuses a line this long (its default maximum token size). */
const MAX_LINE_BYTES = 64 * 1024;

/** Parse an ignore file's text. `fileName` only words the messages. */
export function parseDockerignore(text: string, fileName = '.dockerignore'): ParsedDockerignore {
  const patterns: IgnorePattern[] = [];
  const diagnostics: Diagnostic[] = [];
  let error: string | undefined;
  const lines = splitScannerLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  for (let i = 0; i < lines.length; i++) {
    const scanned = lines[i] as string;
    const line = i + 1;
    if (utf8Bytes(scanned).length >= MAX_LINE_BYTES) {
      // ReadAll fails as a whole: no pattern of the file applies.
      const message = `failed parsing ${fileName}: bufio.Scanner: token too long`;
      return { patterns: [], diagnostics: [diagnostic('SC5001', message, lineRange(line))], error: message };
    }
    const raw = scanned.endsWith('\r') ? scanned.slice(0, -1) : scanned;
    if (raw.startsWith('#')) continue;
    const pattern = readPattern(raw);
    if (pattern === null) continue;
    patterns.push({ line, pattern });
    const problem = patternProblem(pattern);
    if (problem === null) continue;
    error ??= problem.buildkitError;
    diagnostics.push(
      diagnostic('SC5001', `invalid pattern "${pattern}" in ${fileName}: ${problem.message}`, lineRange(line)),
    );
  }
  return error === undefined ? { patterns, diagnostics } : { patterns, diagnostics, error };
}

/** ReadAll's per-line normalisation; null for a blank line. */
function readPattern(raw: string): string | null {
  let pattern = goTrimSpace(raw);
  if (pattern === '') return null;
  const invert = pattern.startsWith('!');
  if (invert) pattern = goTrimSpace(pattern.slice(1));
  if (pattern.length > 0) {
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
  }
  return invert ? `!${pattern}` : pattern;
}

/**
 * Why BuildKit refuses a pattern, if it does. `New` refuses `!` alone and malformed
 * `filepath.Match` syntax at once; a pattern whose regexp Go cannot compile (e.g. the class
 * `[z-a]`, or `\q`) fails when it is first matched against a path.
 */
function patternProblem(pattern: string): { message: string; buildkitError?: string } | null {
  const prepared = preparePattern(pattern);
  if (prepared.ok === false) return { message: prepared.message, buildkitError: prepared.message };
  if (prepared.ok === true && prepared.pattern.kind === 'invalid') {
    return { message: 'syntax error in pattern (BuildKit fails when it first matches a path)' };
  }
  return null;
}

/** Lines as Go's bufio.ScanLines cuts them (split on `\n`; the caller drops a trailing `\r`). */
function splitScannerLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
