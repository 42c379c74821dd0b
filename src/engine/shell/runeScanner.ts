/**
 * A code-point reader with the two habits of Go's `text/scanner` that BuildKit's lexer inherits:
 * a U+FEFF at the very start of the text is skipped, and a malformed character (here a lone
 * UTF-16 surrogate, which stands for an invalid UTF-8 byte) reads as U+FFFD.
 */

/** Returned by `peek`/`next` at the end of the text (Go's `scanner.EOF`). */
export const EOF = -1;

/** Go's `utf8.RuneError`. */
export const RUNE_ERROR = 0xfffd;

/** The code points of `text`, each lone surrogate replaced by U+FFFD (as Go's `[]rune(s)`). */
export function toRunes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? RUNE_ERROR;
    out.push(cp >= 0xd800 && cp <= 0xdfff ? RUNE_ERROR : cp);
  }
  return out;
}

/** `String.fromCodePoint` for one rune; EOF becomes U+FFFD, as Go's `string(rune(-1))`. */
export function runeToString(rune: number): string {
  return String.fromCodePoint(rune < 0 || rune > 0x10ffff ? RUNE_ERROR : rune);
}

/** The string of a list of code points (chunked: spreading huge arrays overflows the stack). */
export function runesToString(runes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < runes.length; i += 4096) out += String.fromCodePoint(...runes.slice(i, i + 4096));
  return out;
}

export class RuneScanner {
  private readonly runes: number[];
  private pos = 0;

  constructor(text: string) {
    this.runes = toRunes(text);
    // text/scanner drops a byte order mark only when it is the first character.
    if (this.runes[0] === 0xfeff) this.pos = 1;
  }

  /** The next rune without consuming it, or EOF. */
  peek(): number {
    return this.runes[this.pos] ?? EOF;
  }

  /** Consume and return the next rune, or EOF (which is not consumed). */
  next(): number {
    const r = this.runes[this.pos];
    if (r === undefined) return EOF;
    this.pos++;
    return r;
  }
}
