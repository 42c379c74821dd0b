/**
 * One run of BuildKit's lexer over a word (shell/lex.go `shellWord`): quote removal, escapes,
 * `$` expansion and word splitting in one pass. Errors travel as a private exception inside this
 * module only; `expandShellWord` turns them into values.
 */
import { getEnv, type EnvLookup } from './env';
import { EOF, RuneScanner, runeToString } from './runeScanner';
import { expandDollar } from './expandDollar';
import { LexError, type LexOptions } from './lexOptions';
import { WordCollector, type WordBuffer } from './wordCollector';

const DOLLAR = 0x24;
const LESS = 0x3c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

export class ShellWord {
  readonly scanner: RuneScanner;
  readonly escape: number;
  rawEscapes: boolean;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private readonly wordBuf: WordBuffer = { text: '' };

  constructor(
    text: string,
    private readonly env: EnvLookup,
    readonly options: LexOptions,
  ) {
    this.scanner = new RuneScanner(text);
    this.escape = (options.escapeToken ?? '\\').charCodeAt(0);
    this.rawEscapes = options.rawEscapes ?? false;
  }

  /** Look a name up, recording whether it was found (for the UndefinedVar check). */
  lookup(name: string): string | undefined {
    const value = getEnv(this.env, name);
    (value === undefined ? this.unmatched : this.matched).add(name);
    return value;
  }

  /**
   * Read until `stopChar` (consumed) or the end of the text, expanding as we go. At the top level
   * `stopChar` is EOF; inside `${...}` it is `}` or `/`, and reaching the end is an error.
   */
  processStopOn(stopChar: number, rawEscapes: boolean): { value: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.readUntil(stopChar);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private readUntil(stopChar: number): { value: string; words: string[] } {
    const s = this.scanner;
    let result = '';
    this.wordBuf.text = '';
    const words = new WordCollector(this.wordBuf);
    while (s.peek() !== EOF) {
      let ch = s.peek();
      if (stopChar !== EOF && ch === stopChar) {
        s.next();
        return { value: result, words: words.finish() };
      }
      const special = this.specialReader(ch);
      if (special) {
        const text = special();
        result += text;
        if (ch === DOLLAR) words.addString(text);
        else words.addRawString(text);
        continue;
      }
      ch = s.next();
      if (ch === this.escape) {
        if (this.rawEscapes) {
          words.addRawChar(ch);
          result += runeToString(ch);
        }
        ch = s.next();
        // An escape at the very end is dropped.
        if (ch === EOF) break;
        words.addRawChar(ch);
      } else {
        words.addChar(ch);
      }
      result += runeToString(ch);
    }
    if (stopChar !== EOF) {
      throw new LexError(`unexpected end of statement while looking for matching ${runeToString(stopChar)}`);
    }
    return { value: result, words: words.finish() };
  }

  private specialReader(ch: number): (() => string) | undefined {
    if (ch === DOLLAR) return () => expandDollar(this);
    if (ch === LESS) return () => this.possibleHeredoc();
    if (this.options.skipProcessQuotes) return undefined;
    if (ch === SINGLE_QUOTE) return () => this.singleQuoted();
    if (ch === DOUBLE_QUOTE) return () => this.doubleQuoted();
    return undefined;
  }

  /** Everything up to the next `'` is literal; a single quote can't be escaped inside. */
  private singleQuoted(): string {
    const s = this.scanner;
    const raw = this.options.rawQuotes ?? false;
    let result = raw ? runeToString(s.next()) : (s.next(), '');
    for (;;) {
      const ch = s.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === SINGLE_QUOTE) return raw ? result + "'" : result;
      result += runeToString(ch);
    }
  }

  /** `$` expands; the escape token escapes only `"`, `$` and itself, and stays literal otherwise. */
  private doubleQuoted(): string {
    const s = this.scanner;
    const raw = this.options.rawQuotes ?? false;
    let result = raw ? runeToString(s.next()) : (s.next(), '');
    for (;;) {
      const peeked = s.peek();
      if (peeked === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (peeked === DOUBLE_QUOTE) {
        s.next();
        return raw ? result + '"' : result;
      }
      if (peeked === DOLLAR) {
        result += expandDollar(this);
        continue;
      }
      let ch = s.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += runeToString(ch);
        const after = s.peek();
        if (after === EOF) continue;
        if (after === DOUBLE_QUOTE || after === DOLLAR || after === this.escape) ch = s.next();
      }
      result += runeToString(ch);
    }
  }

  /** `<<` plus any blanks after it stay one unsplit piece, so `<< EOF` is one word. */
  private possibleHeredoc(): string {
    const s = this.scanner;
    s.next();
    if (s.peek() !== LESS) return '<';
    s.next();
    let result = '<<';
    for (let ch = s.peek(); ch === 0x09 || ch === 0x0d || ch === 0x20; ch = s.peek()) {
      result += runeToString(ch);
      s.next();
    }
    return result;
  }
}
