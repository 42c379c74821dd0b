/**
 * Word splitting while expanding (BuildKit: shell/lex.go `wordsStruct`). Unquoted text and
 * expanded `$` values split on Go white space; quoted text and escaped characters never split.
 *
 * The word being built lives in a buffer shared by every nesting level of one expansion, and
 * each level clears it when it starts (BuildKit keeps one `wordsBuffer` per lexer since
 * "update env replacement efficiency"). So a `${v:-x}`-style expansion drops the part of the
 * current word read before it: `ProcessWords("a${v:-x}b")` gives `["xb"]` (code reading, confirmed
 * by running lex.go).
 */
import { isGoSpace } from './goUnicode';
import { runeToString, toRunes } from './runeScanner';

/** The partial word shared by all nesting levels. */
export interface WordBuffer {
  text: string;
}

export class WordCollector {
  private readonly words: string[] = [];
  private inWord = false;

  constructor(private readonly buf: WordBuffer) {}

  /** An unquoted character: white space ends the current word (when it has text). */
  addChar(ch: number): void {
    if (isGoSpace(ch)) {
      if (this.inWord && this.buf.text.length !== 0) {
        this.words.push(this.buf.text);
        this.buf.text = '';
        this.inWord = false;
      }
      return;
    }
    this.addRawChar(ch);
  }

  /** A quoted or escaped character: always part of the word. */
  addRawChar(ch: number): void {
    this.buf.text += runeToString(ch);
    this.inWord = true;
  }

  /** An expanded value: split like unquoted text. */
  addString(text: string): void {
    for (const ch of toRunes(text)) this.addChar(ch);
  }

  /** A quoted string: kept whole, and it starts a word even when empty. */
  addRawString(text: string): void {
    this.buf.text += text;
    this.inWord = true;
  }

  /** The words, ending the current one. */
  finish(): string[] {
    if (this.buf.text.length > 0) {
      this.words.push(this.buf.text);
      this.buf.text = '';
      this.inWord = false;
    }
    return this.words;
  }
}
