/**
 * BuildKit: parser/split_command.go. Splits a joined instruction line into keyword, leading
 * `--flags` and the rest. Works on byte strings (utf8.ts).
 */
import { isSpaceByte, trimSpace } from './goStrings';

/** The keyword, the flags (quotes removed) and the trimmed remainder. */
export interface SplitCommand {
  cmd: string;
  flags: string[];
  args: string;
}

/** `splitCommand`: keyword up to the first `[\t\v\f\r ]` run, then flags, then the rest. */
export function splitCommand(line: string, escapeToken: number): SplitCommand {
  // Same as BuildKit's reWhitespace.Split(TrimSpace(line), 2): the trimmed line cannot start
  // with a blank, so the keyword is everything up to the first blank run.
  const trimmed = trimSpace(line);
  let i = 0;
  while (i < trimmed.length && !isSplitBlank(trimmed.charCodeAt(i))) i++;
  if (i === trimmed.length) return { cmd: trimmed, flags: [], args: '' };
  let j = i + 1;
  while (j < trimmed.length && isSplitBlank(trimmed.charCodeAt(j))) j++;
  const rest = trimmed.slice(j);
  const c = rest.charCodeAt(0);
  // Fast path: no leading `--` means no flags and nothing left to trim.
  if (c !== 0x2d && !isSpaceByte(c)) return { cmd: trimmed.slice(0, i), flags: [], args: rest };
  const extracted = extractBuilderFlags(rest, escapeToken);
  return { cmd: trimmed.slice(0, i), flags: extracted.flags, args: trimSpace(extracted.rest) };
}

function isSplitBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** Go's `strings.Builder.WriteRune(rune(b))` for one byte: bytes >= 0x80 are re-encoded as runes. */
function byteAsRune(b: number): string {
  return b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xc0 | (b >> 6), 0x80 | (b & 0x3f));
}

const IN_SPACES = 0;
const IN_WORD = 1;
const IN_QUOTE = 2;

/**
 * `extractBuilderFlags`: pull leading words that start with `--`. It walks *bytes*, so (like
 * BuildKit) a byte 0x85 or 0xA0 inside a multi-byte character counts as a space, and every byte
 * >= 0x80 of a flag is written back as a Latin-1 rune.
 */
export function extractBuilderFlags(line: string, escapeToken: number): { rest: string; flags: string[] } {
  const words: string[] = [];
  let phase = IN_SPACES;
  let word = '';
  let quote = 0;
  let blankOK = false;
  let ch = 0;
  for (let pos = 0; pos <= line.length; pos++) {
    if (pos !== line.length) ch = line.charCodeAt(pos);
    if (phase === IN_SPACES) {
      if (pos === line.length) break;
      if (isSpaceByte(ch)) continue;
      if (ch !== 0x2d || pos + 1 === line.length || line.charCodeAt(pos + 1) !== 0x2d) {
        return { rest: line.slice(pos), flags: words };
      }
      phase = IN_WORD;
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === IN_WORD) {
      if (ch > 0x20 && ch < 0x80 && ch !== 0x27 && ch !== 0x22 && ch !== escapeToken) {
        // Fast path: ordinary ASCII is copied as one slice.
        let j = pos + 1;
        for (; j < line.length; j++) {
          const c = line.charCodeAt(j);
          if (c <= 0x20 || c >= 0x80 || c === 0x27 || c === 0x22 || c === escapeToken) break;
        }
        word += line.slice(pos, j);
        pos = j - 1;
        continue;
      }
      if (isSpaceByte(ch)) {
        phase = IN_SPACES;
        if (word === '--') return { rest: line.slice(pos), flags: words };
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      if (ch === escapeToken) {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line.charCodeAt(pos);
      }
      word += byteAsRune(ch);
      continue;
    }
    if (ch === quote) {
      phase = IN_WORD;
      continue;
    }
    if (ch < 0x80 && ch !== escapeToken) {
      let j = pos + 1;
      for (; j < line.length; j++) {
        const c = line.charCodeAt(j);
        if (c >= 0x80 || c === quote || c === escapeToken) break;
      }
      word += line.slice(pos, j);
      pos = j - 1;
      continue;
    }
    if (ch === escapeToken) {
      if (pos + 1 === line.length) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      ch = line.charCodeAt(pos);
    }
    word += byteAsRune(ch);
  }
  return { rest: '', flags: words };
}
