/**
 * The public expansion entry points, after BuildKit's `Lex.ProcessWord`, `ProcessWords` and
 * `ProcessWordWithMatches` (shell/lex.go). Errors come back as values, worded as BuildKit's
 * `err.Error()`: `failed to process "<word>": <cause>`.
 */
import { goQuote } from '../parse/goQuote';
import type { EnvLookup } from './env';
import { LexError, type LexOptions } from './lexOptions';
import { EOF } from './runeScanner';
import { ShellWord } from './shellWord';

/** A failed expansion. */
export interface ExpandFailure {
  ok: false;
  /** BuildKit's full message: `failed to process "${}": syntax error: bad substitution`. */
  error: string;
  /** The cause alone: `syntax error: bad substitution`, `X: is not allowed to be unset`, ... */
  cause: string;
}

/** A successful expansion of one word. */
export interface ExpandSuccess {
  ok: true;
  /** The expanded word, quotes removed. */
  value: string;
  /** Names looked up and found in the env. */
  matched: Set<string>;
  /** Names looked up and not found (input for the UndefinedVar check). */
  unmatched: Set<string>;
}

export type ExpandResult = ExpandSuccess | ExpandFailure;

/** A successful expansion split into words. */
export interface WordsSuccess {
  ok: true;
  words: string[];
}

export type WordsResult = WordsSuccess | ExpandFailure;

/** Expansion with everything BuildKit's lexer computes in its single pass. */
export type FullExpandResult = (ExpandSuccess & { words: string[] }) | ExpandFailure;

/** Run the lexer once over `word` (`Lex.ProcessWordWithMatches`, plus the split words). */
export function processWordWithMatches(word: string, env: EnvLookup, options: LexOptions = {}): FullExpandResult {
  const sw = new ShellWord(word, env, options);
  try {
    const { value, words } = sw.processStopOn(EOF, options.rawEscapes ?? false);
    return { ok: true, value, words, matched: sw.matched, unmatched: sw.unmatched };
  } catch (err) {
    // Go grows its stacks; a JS stack can run out on thousands of nested `${a:-${a:-...}}`.
    const cause = err instanceof LexError ? err.message : err instanceof RangeError ? 'substitutions nested too deeply' : undefined;
    if (cause === undefined) throw err;
    return { ok: false, error: `failed to process ${goQuote(word)}: ${cause}`, cause };
  }
}

/**
 * Expand one word: variables substituted, quotes and escapes removed (`Lex.ProcessWord`).
 *
 * @example processWord('${A:-x}-$B', envFromPairs([['B', 'y']])) // value 'x-y', unmatched {A}
 */
export function processWord(word: string, env: EnvLookup, options: LexOptions = {}): ExpandResult {
  const result = processWordWithMatches(word, env, options);
  if (!result.ok) return result;
  return { ok: true, value: result.value, matched: result.matched, unmatched: result.unmatched };
}

/**
 * Expand and split into words (`Lex.ProcessWords`): unquoted white space separates words, also
 * inside expanded values; quoted text stays whole.
 */
export function processWords(word: string, env: EnvLookup, options: LexOptions = {}): WordsResult {
  const result = processWordWithMatches(word, env, options);
  return result.ok ? { ok: true, words: result.words } : result;
}

/**
 * The text BuildKit shows as a step's progress name (dockerfile2llb `processCmdEnv` with
 * `RawQuotes` and `SkipUnsetEnv`): known variables substituted, unknown ones and all quotes left
 * as written; the text unchanged when it does not expand.
 */
export function expandForDisplay(text: string, env: EnvLookup, options: Pick<LexOptions, 'escapeToken'> = {}): string {
  const result = processWord(text, env, { escapeToken: options.escapeToken ?? '\\', rawQuotes: true, skipUnsetEnv: true });
  return result.ok ? result.value : text;
}
