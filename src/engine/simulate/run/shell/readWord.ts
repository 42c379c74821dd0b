/**
 * Reads the parts of a word in each quoting context, following dash's readtoken1: unquoted words,
 * double quotes, here-document bodies, `$((...))`, and the words inside `${...}`.
 *
 * Quote characters are not kept as text: each part says how it was quoted, which is what
 * expansion needs (field splitting and pathname expansion only touch unquoted results).
 */
import type { LiteralPart, WordPart } from './ast';
import { readDollar, readProcessSub } from './readDollar';
import { fail, offsetAt, type ParserState } from './parserState';

/**
 * `word`: an unquoted command word. `dquote`: inside `"..."`. `heredoc`: an unquoted
 * here-document body (`"` and `'` are plain). `arith`: inside `$((...))`. `argUnquoted` /
 * `argQuoted`: the word of `${x-word}` outside / inside double quotes. `pattern`: the pattern of a
 * trim or replacement, where quotes always quote (dash, even inside double quotes).
 */
export type PartsMode = 'word' | 'dquote' | 'heredoc' | 'arith' | 'argUnquoted' | 'argQuoted' | 'pattern';

/** Characters that end an unquoted word (POSIX metacharacters). */
export const META = ' \t\n;&|<>()';

const BACKSLASH_IN_DQUOTE = '$`"\\';
const BACKSLASH_IN_HEREDOC = '$`\\';

export interface ReadOptions {
  /** Extra characters that end an argument (`/` for a replacement's pattern, `:` for an offset). */
  stop?: string;
  /** Where the construct opened, for the error position. */
  open?: number;
}

/** True when `mode` is a quoted context: literal text read in it is quoted. */
export function isQuotedMode(mode: PartsMode): boolean {
  return mode === 'dquote' || mode === 'heredoc' || mode === 'arith' || mode === 'argQuoted';
}

function endOfText(state: ParserState, mode: PartsMode, open: number): void {
  if (mode === 'dquote') fail(state, 'Unterminated quoted string', open, state.text.length);
  if (mode === 'arith') fail(state, "Missing '))'", open, state.text.length);
  // dash names the innermost quoting: the word of `"${x-...` is still inside double quotes.
  if (mode === 'argQuoted') fail(state, 'Unterminated quoted string', open, state.text.length);
  if (mode !== 'word' && mode !== 'heredoc') fail(state, "Missing '}'", open, state.text.length);
}

/** True when the character at the cursor ends the parts of `mode` (the cursor stays on it). */
function atEnd(state: ParserState, mode: PartsMode, c: string, stop: string, depth: number): boolean {
  switch (mode) {
    case 'word':
      return META.includes(c);
    case 'dquote':
      return c === '"';
    case 'heredoc':
      return false;
    case 'arith':
      // A lone `)` at depth 0 is kept as text, as dash does; only `))` closes.
      return c === ')' && depth === 0 && state.text[state.pos + 1] === ')';
    default:
      return c === '}' || stop.includes(c);
  }
}

/** Read parts from the cursor until the end of the context; the terminator is not consumed. */
export function readParts(state: ParserState, mode: PartsMode, options: ReadOptions = {}): WordPart[] {
  const parts: WordPart[] = [];
  const text = state.text;
  const stop = options.stop ?? '';
  const open = options.open ?? state.pos;
  const globbing = !isQuotedMode(mode);
  const quotesActive = mode === 'word' || mode === 'argUnquoted' || mode === 'pattern';
  let lit = '';
  let litStart = state.pos;
  let depth = 0;

  const add = (s: string, at: number): void => {
    if (lit === '') litStart = at;
    lit += s;
  };
  const flush = (end = state.pos): void => {
    if (lit === '') return;
    const part: LiteralPart = {
      kind: 'literal',
      value: lit,
      glob: globbing && /[*?[]/.test(lit),
      start: offsetAt(state, litStart),
      end: offsetAt(state, end),
    };
    parts.push(part);
    lit = '';
  };
  const wordStart = state.pos;
  for (;;) {
    const i = state.pos;
    const c = text[i];
    if (i === wordStart && mode === 'word' && state.dialect === 'bash' && (c === '<' || c === '>') && text[i + 1] === '(') {
      parts.push(readProcessSub(state, c));
      continue;
    }
    if (c === undefined) {
      endOfText(state, mode, open);
      break;
    }
    if (atEnd(state, mode, c, stop, depth)) break;
    if (c === '\\') {
      const n = text[i + 1];
      if (n === '\n') {
        // A backslash-newline is a line continuation in every context but single quotes.
        state.pos += 2;
        continue;
      }
      if (n === undefined) {
        add('\\', i);
        state.pos += 1;
        continue;
      }
      if (quotesActive) {
        const ch = String.fromCodePoint(text.codePointAt(i + 1) ?? 0);
        flush();
        state.pos += 1 + ch.length;
        parts.push({ kind: 'escaped', value: ch, start: offsetAt(state, i), end: offsetAt(state, state.pos) });
        continue;
      }
      const escapable = mode === 'heredoc' ? BACKSLASH_IN_HEREDOC : mode === 'argQuoted' ? BACKSLASH_IN_DQUOTE + '}' : BACKSLASH_IN_DQUOTE;
      if (escapable.includes(n)) {
        add(n, i);
        state.pos += 2;
      } else {
        add('\\', i);
        state.pos += 1;
      }
      continue;
    }
    if ((c === '$' || c === '`') && !state.eofMark) {
      const part = readDollar(state, mode);
      if (part !== null) {
        flush(i);
        parts.push(part);
        continue;
      }
      add('$', i);
      state.pos += 1;
      continue;
    }
    if (c === "'" && quotesActive) {
      flush();
      const close = text.indexOf("'", i + 1);
      if (close < 0) fail(state, 'Unterminated quoted string', i, text.length);
      state.pos = close + 1;
      parts.push({ kind: 'singleQuoted', value: text.slice(i + 1, close), start: offsetAt(state, i), end: offsetAt(state, state.pos) });
      continue;
    }
    if (c === '"' && (quotesActive || mode === 'argQuoted')) {
      flush();
      state.pos += 1;
      const inner = readParts(state, 'dquote', { open: i });
      state.pos += 1;
      parts.push({ kind: 'doubleQuoted', parts: inner, start: offsetAt(state, i), end: offsetAt(state, state.pos) });
      continue;
    }
    if (mode === 'arith') {
      if (c === '(') depth += 1;
      else if (c === ')' && depth > 0) depth -= 1;
    }
    add(c, i);
    state.pos += 1;
  }
  flush();
  return parts;
}
