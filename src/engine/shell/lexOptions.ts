/**
 * The switches of BuildKit's `shell.Lex`, and the private error the expander uses internally.
 */

/** The escape token: `\` by default, `` ` `` after `# escape=``. */
export type EscapeToken = '\\' | '`';

/** BuildKit's `Lex` switches. */
export interface LexOptions {
  /** Default `\`. */
  escapeToken?: EscapeToken;
  /** Keep the quote characters in the result (`Lex.RawQuotes`). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result (`Lex.RawEscapes`). */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (`Lex.SkipProcessQuotes`, used for heredoc bodies). */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (`Lex.SkipUnsetEnv`, used for display names). */
  skipUnsetEnv?: boolean;
}

/** An expansion failure; never leaves this module's callers (see `expandShellWord`). */
export class LexError {
  constructor(readonly message: string) {}
}
