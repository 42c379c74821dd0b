/**
 * BuildKit reads the Dockerfile with a bufio.Scanner splitting at `\n` (parser.go `scanLines`,
 * which keeps the line ending). This reader walks the same lines by index, without copying,
 * and flags lines longer than the scanner's buffer allows.
 */

/** bufio.Scanner's limit: a line (without its `\n`) may hold at most 65535 bytes. */
export const MAX_LINE_BYTES = 65535;

export class LineReader {
  /** 1-based number of the current line (0 before the first). */
  lineNo = 0;
  /** Index where the current line starts. */
  start = 0;
  /** Index where its content ends: before the trailing `\r`/`\n` run (BuildKit's `trimNewline`). */
  end = 0;
  /** Index just after the current line's `\n` (where the next line starts). */
  after = 0;

  constructor(
    readonly text: string,
    private readonly onTooLong: (line: number) => void,
  ) {}

  /** Move to the next line; false at the end of the input. */
  advance(): boolean {
    const { text } = this;
    if (this.after >= text.length) return false;
    const start = this.after;
    const nl = text.indexOf('\n', start);
    const contentEnd = nl < 0 ? text.length : nl;
    this.lineNo++;
    this.start = start;
    this.after = nl < 0 ? text.length : nl + 1;
    if (contentEnd - start > MAX_LINE_BYTES) this.onTooLong(this.lineNo);
    let end = contentEnd;
    while (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    this.end = end;
    return true;
  }

  /** The current line's content, without its line ending. */
  content(): string {
    return this.text.slice(this.start, this.end);
  }
}
