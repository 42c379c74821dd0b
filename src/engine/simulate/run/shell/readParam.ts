/**
 * `${...}` as dash parses it (parser.c parsesub): a name, then an operator and its word up to the
 * matching `}`. Forms dash does not know (`${a/b/c}`, `${a:1}`, `${!a}`, `${a b}`) still parse
 * to the matching `}`; dash rejects them only when expanding (`Bad substitution`), and bash and
 * busybox ash accept the replacement and substring forms, so they keep their structure here.
 */
import type { ParamOp, ParamPart, WordPart } from './ast';
import { SPECIAL_PARAMS } from './readDollar';
import { enter, fail, leave, offsetAt, type ParserState } from './parserState';
import { readParts, type PartsMode } from './readWord';

const OPS: Record<string, ParamOp> = { '-': 'default', '=': 'assign', '?': 'error', '+': 'alternative' };

function readName(state: ParserState): string {
  const text = state.text;
  const i = state.pos;
  const c = text[i] ?? '';
  let j = i;
  if (/[A-Za-z_]/.test(c)) {
    while (/[A-Za-z0-9_]/.test(text[j] ?? '')) j += 1;
  } else if (/[0-9]/.test(c)) {
    while (/[0-9]/.test(text[j] ?? '')) j += 1;
  } else if (c !== '' && SPECIAL_PARAMS.includes(c)) {
    j += 1;
  }
  state.pos = j;
  return text.slice(i, j);
}

/** Read `${...}` with the cursor on `$`; `mode` is the context the expansion sits in. */
export function readBraced(state: ParserState, mode: PartsMode): ParamPart {
  const text = state.text;
  const start = state.pos;
  enter(state, start);
  state.pos += 2;
  // Inside double quotes (or a here-document) the word of `-=?+` stays quoted.
  const argMode: PartsMode = mode === 'word' || mode === 'argUnquoted' || mode === 'pattern' ? 'argUnquoted' : 'argQuoted';
  let op: ParamOp;
  let colon = false;
  let arg: WordPart[] | undefined;
  let arg2: WordPart[] | undefined;

  const isLength = text[state.pos] === '#' && text[state.pos + 1] !== '}';
  if (isLength) state.pos += 1;
  const name = readName(state);
  const c = text[state.pos];
  if (isLength) {
    op = name !== '' && c === '}' ? 'length' : 'bad';
  } else if (name === '') {
    op = 'bad';
  } else if (c === '}') {
    op = 'get';
  } else if (c === ':') {
    const n = text[state.pos + 1] ?? '';
    const colonOp = OPS[n];
    if (colonOp !== undefined) {
      op = colonOp;
      colon = true;
      state.pos += 2;
      arg = readParts(state, argMode, { open: start });
    } else if (n === '}') {
      // dash takes the character after `:` as the operator, so `${a:}` runs on to the next `}`.
      op = 'bad';
      state.pos += 2;
    } else {
      op = 'substring';
      state.pos += 1;
      arg = readParts(state, 'argUnquoted', { open: start, stop: ':' });
      if (text[state.pos] === ':') {
        state.pos += 1;
        arg2 = readParts(state, 'argUnquoted', { open: start });
      }
    }
  } else if (c !== undefined && OPS[c] !== undefined) {
    op = OPS[c] ?? 'bad';
    state.pos += 1;
    arg = readParts(state, argMode, { open: start });
  } else if (c === '#' || c === '%') {
    const longest = text[state.pos + 1] === c;
    op = c === '#' ? (longest ? 'trimLongestPrefix' : 'trimShortestPrefix') : longest ? 'trimLongestSuffix' : 'trimShortestSuffix';
    state.pos += longest ? 2 : 1;
    arg = readParts(state, 'pattern', { open: start });
  } else if (c === '/') {
    const n = text[state.pos + 1];
    op = n === '/' ? 'replaceAll' : n === '#' ? 'replacePrefix' : n === '%' ? 'replaceSuffix' : 'replaceFirst';
    state.pos += op === 'replaceFirst' ? 1 : 2;
    arg = readParts(state, 'pattern', { open: start, stop: '/' });
    if (text[state.pos] === '/') {
      state.pos += 1;
      arg2 = readParts(state, argMode, { open: start });
    }
  } else {
    // dash consumes the character it could not use as an operator (`${a'b}` is `${a` + `b}`).
    op = 'bad';
    if (c !== undefined) state.pos += String.fromCodePoint(text.codePointAt(state.pos) ?? 0).length;
  }
  if (op === 'bad' && text[state.pos] !== '}') readParts(state, argMode, { open: start });
  if (text[state.pos] !== '}') fail(state, "Missing '}'", start, state.pos);
  state.pos += 1;
  leave(state);
  const part: ParamPart = {
    kind: 'param',
    name,
    braced: true,
    op,
    colon,
    text: text.slice(start, state.pos),
    start: offsetAt(state, start),
    end: offsetAt(state, state.pos),
  };
  if (arg !== undefined) part.arg = arg;
  if (arg2 !== undefined) part.arg2 = arg2;
  return part;
}
