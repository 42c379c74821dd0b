/**
 * The slice of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) that heredoc detection
 * runs: `ProcessWords` with an empty environment, `SkipUnsetEnv`, escape token `\` (always `\`
 * here, whatever `# escape=` says), and optional raw quotes/escapes. Variables are never
 * expanded, so `$x`, `${x:-y}` come back as written, but malformed `${...}` is still an error.
 *
 * Quirk kept on purpose: nested `${x:-word}` processing resets the word buffer it shares with the
 * enclosing call (BuildKit's `shellWord.wordsBuffer`), dropping the enclosing word's text so far.
 * Works on byte strings; runes are decoded like Go's text/scanner (invalid bytes become U+FFFD,
 * a leading U+FEFF is skipped).
 */
import { isDigitRune, isLetterRune, isSpaceRune } from './goStrings';
import { decodeRune, runeBytes } from './utf8';

/** text/scanner's EOF. */
export const EOF = -1;
/** POSIX special parameters (`isSpecialParam` in lex.go). */
const SPECIAL_PARAMS = new Set([...'@*#?-$!0'].map((c) => c.charCodeAt(0)));
const ESCAPE = 0x5c;

/** Per-call word state of `processStopOn` (the text buffer itself is shared, see above). */
interface WordState {
  words: string[];
  inWord: boolean;
}

/** ASCII that `processStopOn` copies as is: not blank, not `$ < ' " \`. */
function isPlain(c: number): boolean {
  return (
    c > 0x20 && c < 0x7f && c !== 0x24 && c !== 0x3c && c !== 0x27 && c !== 0x22 && c !== ESCAPE
  );
}

/** A lexing failure with BuildKit's message. */
export class LexError {
  constructor(readonly message: string) {}
}

/** The lexer state (BuildKit's `Lex` + `shellWord`) over one input. */
export class Lexer {
  private ch: number;
  private next_: number;
  private rawEscapes: boolean;
  /** BuildKit's shared `wordsBuffer`. */
  private buffer = '';

  constructor(
    private readonly src: string,
    private readonly rawQuotes: boolean,
    rawEscapes: boolean,
  ) {
    this.rawEscapes = rawEscapes;
    this.next_ = 0;
    this.ch = this.read();
    if (this.ch === 0xfeff) this.ch = this.read();
  }

  private read(): number {
    if (this.next_ >= this.src.length) return EOF;
    const packed = decodeRune(this.src, this.next_);
    this.next_ += packed & 7;
    return Math.floor(packed / 8);
  }

  private peek(): number {
    return this.ch;
  }

  private next(): number {
    const ch = this.ch;
    if (ch !== EOF) this.ch = this.read();
    return ch;
  }

  /** BuildKit's `wordsStruct.addChar`: a blank ends the word (if any), anything else extends it. */
  private addChar(w: WordState, c: number): void {
    if (isSpaceRune(c)) {
      if (w.inWord && this.buffer.length !== 0) {
        w.words.push(this.buffer);
        this.buffer = '';
        w.inWord = false;
      }
    } else {
      this.buffer += runeBytes(c);
      w.inWord = true;
    }
  }

  /** `processStopOn`: text and words up to `stop` (EOF for the whole input). */
  processStopOn(stop: number, rawEscapes: boolean): { text: string; words: string[] } {
    let text = '';
    this.buffer = '';
    const w: WordState = { words: [], inWord: false };
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.ch !== EOF) {
        let ch = this.ch;
        if (ch === stop) {
          this.next();
          return { text, words: this.getWords(w) };
        }
        if (ch === 0x24 || ch === 0x3c || ch === 0x27 || ch === 0x22) {
          const tmp =
            ch === 0x24
              ? this.processDollar()
              : ch === 0x3c
                ? this.processPossibleHeredoc()
                : ch === 0x27
                  ? this.processSingleQuote()
                  : this.processDoubleQuote();
          text += tmp;
          if (ch === 0x24) {
            for (let i = 0; i < tmp.length; ) {
              const packed = decodeRune(tmp, i);
              this.addChar(w, Math.floor(packed / 8));
              i += packed & 7;
            }
          } else {
            this.buffer += tmp;
            w.inWord = true;
          }
          continue;
        }
        if (isPlain(ch)) {
          // Fast path: a run of ordinary ASCII characters is appended as one slice.
          const from = this.next_ - 1;
          let to = this.next_;
          for (; to < this.src.length; to++) {
            const c = this.src.charCodeAt(to);
            if (!isPlain(c) || c === stop) break;
          }
          const run = this.src.slice(from, to);
          this.buffer += run;
          w.inWord = true;
          text += run;
          this.next_ = to;
          this.ch = this.read();
          continue;
        }
        ch = this.next();
        if (ch === ESCAPE) {
          if (this.rawEscapes) {
            this.buffer += '\\';
            w.inWord = true;
            text += '\\';
          }
          ch = this.next();
          if (ch === EOF) break;
          this.buffer += runeBytes(ch);
          w.inWord = true;
        } else {
          this.addChar(w, ch);
        }
        text += runeBytes(ch);
      }
      if (stop !== EOF) {
        throw new LexError(`unexpected end of statement while looking for matching ${runeBytes(stop)}`);
      }
      return { text, words: this.getWords(w) };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private getWords(w: WordState): string[] {
    if (this.buffer.length > 0) {
      w.words.push(this.buffer);
      this.buffer = '';
      w.inWord = false;
    }
    return w.words;
  }

  private processSingleQuote(): string {
    let out = '';
    const open = this.next();
    if (this.rawQuotes) out += runeBytes(open);
    for (;;) {
      const ch = this.next();
      if (ch === EOF) {
        throw new LexError('unexpected end of statement while looking for matching single-quote');
      }
      if (ch === 0x27) {
        if (this.rawQuotes) out += "'";
        return out;
      }
      out += runeBytes(ch);
    }
  }

  private processDoubleQuote(): string {
    let out = '';
    const open = this.next();
    if (this.rawQuotes) out += runeBytes(open);
    for (;;) {
      const p = this.peek();
      if (p === EOF) {
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      }
      if (p === 0x22) {
        this.next();
        if (this.rawQuotes) out += '"';
        return out;
      }
      if (p === 0x24) {
        out += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === ESCAPE) {
        if (this.rawEscapes) out += '\\';
        const after = this.peek();
        if (after === EOF) continue;
        if (after === 0x22 || after === 0x24 || after === ESCAPE) ch = this.next();
      }
      out += runeBytes(ch);
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== 0x7b) {
      const name = this.processName();
      return name === '' ? '$' : '$' + name;
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new LexError("syntax error: missing '}'");
    if (p === 0x7b || p === 0x7d || p === 0x3a) throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = runeBytes(ch);
    if (ch === 0x7d) return '${' + name + '}';
    let nullIsUnset = false;
    if (ch === 0x3a) {
      nullIsUnset = true;
      ch = this.next();
      chs += runeBytes(ch);
    }
    if (nullIsUnset || ch === 0x2b || ch === 0x2d || ch === 0x3f || ch === 0x23 || ch === 0x25) {
      const rawEscapes = ch === 0x23 || ch === 0x25;
      if (nullIsUnset && rawEscapes) throw new LexError(`unsupported modifier (${chs}) in substitution`);
      const word = this.stopOnOrMissing(0x7d, rawEscapes, "syntax error: missing '}'");
      return '${' + name + chs + word + '}';
    }
    if (ch === 0x2f) {
      if (this.peek() === 0x2f) this.next();
      const pattern = this.stopOnOrMissing(0x2f, true, "syntax error: missing '/' in ${}");
      const replacement = this.stopOnOrMissing(0x7d, true, "syntax error: missing '}'");
      return '${' + name + '/' + pattern + '/' + replacement + '}';
    }
    throw new LexError(`unsupported modifier (${chs}) in substitution`);
  }

  private stopOnOrMissing(stop: number, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).text;
    } catch (e) {
      if (e instanceof LexError && this.peek() === EOF) throw new LexError(missing);
      throw e;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name === '' && isDigitRune(ch)) {
        while (this.peek() !== EOF && isDigitRune(this.peek())) name += runeBytes(this.next());
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) {
        this.next();
        return runeBytes(ch);
      }
      if (!isLetterRune(ch) && !isDigitRune(ch) && ch !== 0x5f) break;
      name += runeBytes(this.next());
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== 0x3c) return '<';
    this.next();
    let out = '<<';
    for (let p = this.peek(); p === 0x09 || p === 0x0d || p === 0x20; p = this.peek()) {
      out += String.fromCharCode(p);
      this.next();
    }
    return out;
  }
}
