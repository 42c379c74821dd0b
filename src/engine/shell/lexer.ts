/**
 * BuildKit's `shell.Lex` as an object: an escape token and switches fixed once, then any number
 * of words expanded against any env. Stateless between calls, so one lexer can be shared.
 */
import type { EnvLookup } from './env';
import type { EscapeToken, LexOptions } from './lexOptions';
import {
  expandForDisplay,
  processWord,
  processWords,
  processWordWithMatches,
  type ExpandResult,
  type FullExpandResult,
  type WordsResult,
} from './processWord';

export class Lexer {
  readonly options: Readonly<LexOptions>;

  /** `new Lexer('`')` for a Dockerfile with `# escape=``. */
  constructor(escapeToken: EscapeToken = '\\', options: Omit<LexOptions, 'escapeToken'> = {}) {
    this.options = Object.freeze({ ...options, escapeToken });
  }

  get escapeToken(): EscapeToken {
    return this.options.escapeToken ?? '\\';
  }

  /** A lexer with the same escape token and some switches changed. */
  with(options: Omit<LexOptions, 'escapeToken'>): Lexer {
    return new Lexer(this.escapeToken, { ...this.options, ...options });
  }

  processWord(word: string, env: EnvLookup): ExpandResult {
    return processWord(word, env, this.options);
  }

  processWords(word: string, env: EnvLookup): WordsResult {
    return processWords(word, env, this.options);
  }

  processWordWithMatches(word: string, env: EnvLookup): FullExpandResult {
    return processWordWithMatches(word, env, this.options);
  }

  /** See `expandForDisplay`: uses this lexer's escape token only. */
  expandForDisplay(text: string, env: EnvLookup): string {
    return expandForDisplay(text, env, { escapeToken: this.escapeToken });
  }
}
