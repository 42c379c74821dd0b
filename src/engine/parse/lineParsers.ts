/**
 * BuildKit: parser/line_parsers.go, the per-instruction argument parsers of the dispatch table
 * in parser.go. They work on byte strings (utf8.ts) and return errors as values.
 */
import { parseJsonStringArray } from './goJson';
import { isSpaceByte, isSpaceRune, skipSpace, splitWhitespace } from './goStrings';
import { quoteBytes } from './goQuote';
import { decodeRune, RUNE_ERROR, runeBytes } from './utf8';

/** What a line parser gives back: argument values (byte strings), or BuildKit's error. */
export type LineParse = { args: string[]; isJson: boolean } | { error: string };

const EMPTY: LineParse = { args: [], isJson: false };
const REPLACEMENT = runeBytes(RUNE_ERROR);

/** BuildKit's error for a JSON array holding something other than strings. */
export const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

type JsonTry = { args: string[] } | { error: string } | null;

/** `parseJSON`: null when the text is not a JSON array (so the caller falls back). */
function tryJson(rest: string): JsonTry {
  const trimmed = rest.slice(skipSpace(rest));
  if (trimmed.charCodeAt(0) !== 0x5b) return null;
  const parsed = parseJsonStringArray(trimmed);
  if (parsed.kind === 'invalid') return null;
  if (parsed.kind === 'notStrings') return { error: NOT_STRING_ARRAY };
  return { args: parsed.values };
}

/** RUN, CMD, ENTRYPOINT, SHELL: a JSON array, or the whole rest as one value. */
export function parseMaybeJson(rest: string): LineParse {
  if (rest === '') return EMPTY;
  const json = tryJson(rest);
  if (json && 'error' in json) return json;
  if (json) return { args: json.args, isJson: true };
  return { args: [rest], isJson: false };
}

/** FROM, EXPOSE: split on `[\t\v\f\r ]+`, no quote handling. */
export function parseWhitespaceDelimited(rest: string): LineParse {
  if (rest === '') return EMPTY;
  return { args: splitWhitespace(rest, -1), isJson: false };
}

/** ADD, COPY, VOLUME: a JSON array, or whitespace-delimited words. */
export function parseMaybeJsonToList(rest: string): LineParse {
  const json = tryJson(rest);
  if (json && 'error' in json) return json;
  if (json) return { args: json.args, isJson: true };
  return parseWhitespaceDelimited(rest);
}

/** MAINTAINER, USER, WORKDIR, STOPSIGNAL: the rest as one value. */
export function parseString(rest: string): LineParse {
  return rest === '' ? EMPTY : { args: [rest], isJson: false };
}

/** Unknown keywords: BuildKit's `parseIgnore` yields one empty argument node. */
export function parseIgnore(): LineParse {
  return { args: [''], isJson: false };
}

/**
 * `parseWords`: quote-aware split that keeps quotes and escapes. BuildKit copies every rune
 * except an escape token at the very end, so a word is a slice of the input; its only rewrite is
 * Go's `WriteRune` of an invalid byte, which gives U+FFFD.
 */
export function parseWords(rest: string, escapeToken: number): string[] {
  const words: string[] = [];
  const len = rest.length;
  let inWord = false;
  let inQuote = false;
  let quote = 0;
  let blankOK = false;
  let start = 0;
  let end = len;
  for (let pos = 0; pos < len; ) {
    let ch = rest.charCodeAt(pos);
    let width = 1;
    if (ch >= 0x80) {
      const packed = decodeRune(rest, pos);
      ch = Math.floor(packed / 8);
      width = packed & 7;
    }
    if (!inWord && !inQuote) {
      if (isSpaceRune(ch)) {
        pos += width;
        continue;
      }
      inWord = true;
      start = pos;
    }
    if (inWord) {
      if (ch > 0x20 && ch < 0x80 && ch !== 0x27 && ch !== 0x22 && ch !== escapeToken) {
        // Fast path over ordinary ASCII inside a word.
        pos++;
        for (let c = rest.charCodeAt(pos); c > 0x20 && c < 0x80; c = rest.charCodeAt(++pos)) {
          if (c === 0x27 || c === 0x22 || c === escapeToken) break;
        }
        continue;
      }
      if (isSpaceRune(ch)) {
        if (blankOK || pos > start) words.push(fixInvalid(rest.slice(start, pos)));
        inWord = false;
        blankOK = false;
        pos += width;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        inWord = false;
        inQuote = true;
      } else if (ch === escapeToken) {
        if (pos + width === len) {
          end = pos;
          break;
        }
        pos += width;
        width = decodeRune(rest, pos) & 7;
      }
      pos += width;
      continue;
    }
    if (ch === quote) {
      inQuote = false;
      inWord = true;
    } else if (ch < 0x80 && ch !== escapeToken) {
      // Fast path over ASCII inside quotes.
      pos++;
      for (let c = rest.charCodeAt(pos); c < 0x80; c = rest.charCodeAt(++pos)) {
        if (c === quote || c === escapeToken) break;
      }
      continue;
    } else if (ch === escapeToken && quote !== 0x27) {
      if (pos + width === len) {
        end = pos;
        inQuote = false;
        inWord = true;
        break;
      }
      pos += width;
      width = decodeRune(rest, pos) & 7;
    }
    pos += width;
  }
  if ((inWord || inQuote) && (blankOK || end > start)) words.push(fixInvalid(rest.slice(start, end)));
  return words;
}

/** Go's `WriteRune` round trip of a slice: invalid bytes become U+FFFD. */
function fixInvalid(word: string): string {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) < 0x80) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  while (i < word.length) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      out += word[i];
      i++;
      continue;
    }
    const w = decodeRune(word, i) & 7;
    out += w === 1 ? REPLACEMENT : word.slice(i, i + w);
    i += w;
  }
  return out;
}

/** `parseNameVal` for ENV and LABEL: legacy `KEY value` or `k=v` pairs, as (k, v, sep) triples. */
export function parseNameVal(rest: string, key: 'ENV' | 'LABEL', escapeToken: number): LineParse {
  const words = parseWords(rest, escapeToken);
  const first = words[0];
  if (first === undefined) return EMPTY;
  if (!first.includes('=')) {
    const parts = splitWhitespace(rest, 2);
    if (parts.length < 2) return { error: `${key} must have two arguments` };
    return { args: [parts[0] ?? '', parts[1] ?? '', ''], isJson: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      return {
        error: `Syntax error - can't find = in ${quoteBytes(word)}. Must be of the form: name=value`,
      };
    }
    args.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return { args, isJson: false };
}

/** ARG: `parseNameOrNameVal`, one value per quote-aware word. */
export function parseNameOrNameVal(rest: string, escapeToken: number): LineParse {
  return { args: parseWords(rest, escapeToken), isJson: false };
}

/** HEALTHCHECK: the first word (split on single bytes, as BuildKit does) then "maybe JSON". */
export function parseHealthConfig(rest: string): LineParse {
  let sep = 0;
  while (sep < rest.length && !isSpaceByte(rest.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < rest.length && isSpaceByte(rest.charCodeAt(next))) next++;
  if (sep === 0) return EMPTY;
  const cmd = parseMaybeJson(rest.slice(next));
  if ('error' in cmd) return cmd;
  return { args: [rest.slice(0, sep), ...cmd.args], isJson: cmd.isJson };
}
