/**
 * The `$` and backquote forms inside a word: `$name`, `$1`, `$@`, `${...}`, `$(...)`,
 * `$((...))`, `` `...` `` and (bash) `$'...'`. A `$` that starts none of them is literal.
 */
import type { ArithPart, CommandSubPart, ParamPart, SingleQuotedPart, WordPart } from './ast';
import { decodeAnsiC } from './decodeAnsiC';
import { enter, fail, leave, offsetAt, type ParserState } from './parserState';
import { readBraced } from './readParam';
import { readParts, type PartsMode } from './readWord';

/** One-character special parameters. */
export const SPECIAL_PARAMS = '@*#?-$!';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Read the expansion at the cursor (`$` or `` ` ``), or return null without moving when it is literal. */
export function readDollar(state: ParserState, mode: PartsMode): WordPart | null {
  const text = state.text;
  const i = state.pos;
  if (text[i] === '`') return readBackquote(state, mode);
  const n = text[i + 1];
  if (n === undefined) return null;
  if (n === '{') return readBraced(state, mode);
  if (n === '(') return text[i + 2] === '(' ? readArith(state) : readCommandSub(state);
  if (NAME_START.test(n)) {
    let j = i + 2;
    while (j < text.length && NAME_CHAR.test(text[j] ?? '')) j += 1;
    return simpleParam(state, text.slice(i + 1, j), i, j);
  }
  // Unbraced positional parameters are one digit: `$10` is `${1}0`.
  if (/[0-9]/.test(n) || SPECIAL_PARAMS.includes(n)) return simpleParam(state, n, i, i + 2);
  if (n === "'" && state.dialect === 'bash' && (mode === 'word' || mode === 'argUnquoted' || mode === 'pattern')) return readAnsiC(state);
  return null;
}

function simpleParam(state: ParserState, name: string, start: number, end: number): ParamPart {
  state.pos = end;
  return {
    kind: 'param',
    name,
    braced: false,
    op: 'get',
    colon: false,
    text: state.text.slice(start, end),
    start: offsetAt(state, start),
    end: offsetAt(state, end),
  };
}

function readArith(state: ParserState): ArithPart {
  const start = state.pos;
  enter(state, start);
  state.pos += 3;
  const parts = readParts(state, 'arith', { open: start });
  const innerEnd = state.pos;
  state.pos += 2;
  leave(state);
  return { kind: 'arith', parts, text: state.text.slice(start + 3, innerEnd), start: offsetAt(state, start), end: offsetAt(state, state.pos) };
}

function readCommandSub(state: ParserState): CommandSubPart {
  const start = state.pos;
  enter(state, start);
  state.pos += 2;
  const { script, innerEnd } = state.hooks.commandSub(state);
  leave(state);
  return {
    kind: 'commandSub',
    script,
    backquoted: false,
    text: state.text.slice(start + 2, innerEnd),
    start: offsetAt(state, start),
    end: offsetAt(state, state.pos),
  };
}

/** bash `<(cmd)` / `>(cmd)`, with the cursor on `<` or `>`. */
export function readProcessSub(state: ParserState, direction: '<' | '>'): CommandSubPart {
  const part = readCommandSub(state);
  part.process = direction;
  return part;
}

/**
 * Old-style substitution: the text up to the closing backquote, where `\$`, `` \` `` and `\\`
 * (and `\"` inside double quotes) lose their backslash, is parsed as a script of its own.
 */
function readBackquote(state: ParserState, mode: PartsMode): CommandSubPart {
  const text = state.text;
  const start = state.pos;
  const inDquote = mode === 'dquote' || mode === 'argQuoted';
  let inner = '';
  const map: number[] = [];
  let j = start + 1;
  for (;;) {
    const c = text[j];
    if (c === undefined) fail(state, 'EOF in backquote substitution', start, j);
    if (c === '`') break;
    if (c === '\\') {
      const n = text[j + 1];
      if (n === '\n') {
        j += 2;
        continue;
      }
      if (n !== undefined && ('$`\\'.includes(n) || (inDquote && n === '"'))) {
        // The unescaped character stands for both source characters, so ranges include the `\`.
        map.push(offsetAt(state, j));
        inner += n;
        j += 2;
        continue;
      }
    }
    map.push(offsetAt(state, j));
    inner += c;
    j += 1;
  }
  map.push(offsetAt(state, j));
  state.pos = j + 1;
  enter(state, start);
  const script = state.hooks.backquoted(inner, map, state);
  leave(state);
  return { kind: 'commandSub', script, backquoted: true, text: inner, start: offsetAt(state, start), end: offsetAt(state, state.pos) };
}

/** bash `$'...'`: backslash escapes decoded, the result quoted. */
function readAnsiC(state: ParserState): SingleQuotedPart {
  const text = state.text;
  const start = state.pos;
  let j = start + 2;
  while (j < text.length && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
  if (j >= text.length) fail(state, 'Unterminated quoted string', start, text.length);
  state.pos = j + 1;
  return { kind: 'singleQuoted', value: decodeAnsiC(text.slice(start + 2, j)), ansiC: true, start: offsetAt(state, start), end: offsetAt(state, state.pos) };
}
