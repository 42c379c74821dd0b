/**
 * Heredoc markers (BuildKit: parser.go `ParseHeredoc`, `heredocsFromLine`, `ChompHeredocContent`).
 * Byte strings throughout (utf8.ts).
 */
import { quoteBytes } from './goQuote';
import { EOF, Lexer, LexError } from './heredocLexer';

/** A heredoc marker found on an instruction line; `content` is filled in by the parser. */
export interface RawHeredoc {
  name: string;
  fileDescriptor: number;
  expand: boolean;
  chomp: boolean;
  content: string;
}

const MAX_UINT64 = 18446744073709551615n;

/**
 * BuildKit's `Lex.ProcessWords` (escape `\\`, no environment, `SkipUnsetEnv`): the words, or
 * BuildKit's error message (`failed to process "<src>": ...`). Never throws.
 */
export function processWords(
  src: string,
  options: { rawQuotes: boolean; rawEscapes: boolean },
): { words: string[] } | { error: string } {
  const lexer = new Lexer(src, options.rawQuotes, options.rawEscapes);
  try {
    return { words: lexer.processStopOn(EOF, options.rawEscapes).words };
  } catch (e) {
    if (e instanceof LexError) return { error: `failed to process ${quoteBytes(src)}: ${e.message}` };
    // `${a:-${b:-...}}` nested thousands deep exhausts the JS stack where Go's growable stack
    // would not; such a line is treated as unlexable (no heredocs) instead of throwing.
    if (e instanceof RangeError) return { error: `failed to process ${quoteBytes(src)}: nesting too deep` };
    throw e;
  }
}

function isReSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x22) n++;
  }
  return n;
}

/**
 * `ParseHeredoc`: one word of the form `^(\d*)<<(-?)\s*([^<]*)$` (matched by hand).
 * Null when the word is not a heredoc; an error when its delimiter cannot be lexed.
 */
export function parseHeredoc(word: string): RawHeredoc | null | { error: string } {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 0x30 && word.charCodeAt(i) <= 0x39) i++;
  const digits = word.slice(0, i);
  if (word.charCodeAt(i) !== 0x3c || word.charCodeAt(i + 1) !== 0x3c) return null;
  i += 2;
  const chomp = word.charCodeAt(i) === 0x2d;
  if (chomp) i++;
  while (i < word.length && isReSpace(word.charCodeAt(i))) i++;
  const rest = word.slice(i);
  if (rest.includes('<') || rest.length === 0) return null;
  // strconv.ParseUint ignoring its error: "" gives 0, overflow gives the maximum.
  let fd = 0;
  if (digits.length > 0) {
    const big = BigInt(digits);
    fd = Number(big > MAX_UINT64 ? MAX_UINT64 : big);
  }
  // Lex the delimiter with and without quote removal: any quote means "do not expand".
  const words = processWords(rest, { rawQuotes: false, rawEscapes: false });
  if ('error' in words) return words;
  if (words.words.length !== 1) return null;
  const raw = processWords(rest, { rawQuotes: true, rawEscapes: false });
  if ('error' in raw) return raw;
  if (raw.words.length !== 1) {
    return { error: `internal lexing of heredoc produced inconsistent results: ${rest}` };
  }
  const name = words.words[0] ?? '';
  const expand = countQuotes(name) === countQuotes(raw.words[0] ?? '');
  return { name, fileDescriptor: fd, expand, chomp, content: '' };
}

/** `heredocsFromLine`: every heredoc marker among the line's shell words, in order. */
export function heredocsFromLine(line: string): RawHeredoc[] | { error: string } {
  const lexed = processWords(line, { rawQuotes: true, rawEscapes: true });
  // BuildKit ignores a lexing error of the whole line: no words, so no heredocs.
  if ('error' in lexed) return [];
  const docs: RawHeredoc[] = [];
  for (const word of lexed.words) {
    const doc = parseHeredoc(word);
    if (doc && 'error' in doc) return doc;
    if (doc) docs.push(doc);
  }
  return docs;
}

/**
 * BuildKit's `ChompHeredocContent`: drop leading tabs of every line. The parser stores `<<-`
 * bodies unchanged; the consumers (COPY/RUN) apply this.
 */
export function chompHeredocContent(content: string): string {
  // Go's (?m)^ starts a line only after \n (JavaScript's /m would also split at \r, U+2028...).
  return content
    .split('\n')
    .map((line) => {
      let i = 0;
      while (line.charCodeAt(i) === 0x09) i++;
      return i === 0 ? line : line.slice(i);
    })
    .join('\n');
}
