/**
 * The shell's tokens (dash parser.c xxreadtoken): operators, newlines, words, and redirections
 * with their optional single-digit file descriptor (`2>&1`; dash reads `12>x` as the word `12`).
 * Reading a newline also reads the bodies of the here-documents opened on that line.
 */
import type { RedirectOp } from './ast';
import { readPendingHeredocs } from './heredoc';
import { makeWord, type ParserState, type Token, type TokenType } from './parserState';
import { readParts } from './readWord';

function token(type: TokenType, start: number, end: number, state: ParserState): Token {
  state.pos = end;
  return { type, start, end };
}

function redirect(op: RedirectOp, fd: number | null, start: number, end: number, state: ParserState): Token {
  state.pos = end;
  return { type: 'redirect', op, fd, start, end };
}

/** The redirection operator at `i`, or null. */
function redirectOp(state: ParserState, i: number): { op: RedirectOp; length: number } | null {
  const t = state.text;
  const bash = state.dialect === 'bash';
  if (t[i] === '<') {
    if (t[i + 1] === '<') {
      if (t[i + 2] === '-') return { op: '<<-', length: 3 };
      if (t[i + 2] === '<' && bash) return { op: '<<<', length: 3 };
      return { op: '<<', length: 2 };
    }
    if (t[i + 1] === '&') return { op: '<&', length: 2 };
    if (t[i + 1] === '>') return { op: '<>', length: 2 };
    return { op: '<', length: 1 };
  }
  if (t[i] === '>') {
    if (t[i + 1] === '>') return { op: '>>', length: 2 };
    if (t[i + 1] === '&') return { op: '>&', length: 2 };
    if (t[i + 1] === '|') return { op: '>|', length: 2 };
    return { op: '>', length: 1 };
  }
  if (t[i] === '&' && t[i + 1] === '>' && bash) {
    return t[i + 2] === '>' ? { op: '&>>', length: 3 } : { op: '&>', length: 2 };
  }
  return null;
}

/** Skip blanks, line continuations and a comment; returns the position of the next token. */
function skipBlanks(state: ParserState): number {
  const t = state.text;
  let i = state.pos;
  for (;;) {
    const c = t[i];
    if (c === ' ' || c === '\t') i += 1;
    else if (c === '\\' && t[i + 1] === '\n') i += 2;
    else if (c === '#') {
      while (i < t.length && t[i] !== '\n') i += 1;
    } else break;
  }
  state.pos = i;
  return i;
}

/** Read the next token from the text (the parser's pushback is handled by the caller). */
export function nextToken(state: ParserState): Token {
  const t = state.text;
  const i = skipBlanks(state);
  const c = t[i];
  const n = t[i + 1];
  if (c === undefined) {
    readPendingHeredocs(state);
    return token('eof', i, i, state);
  }
  if (c === '\n') {
    state.pos = i + 1;
    readPendingHeredocs(state);
    return { type: 'newline', start: i, end: i + 1 };
  }
  // bash process substitution `<(cmd)` is a word, not a redirection.
  const processSub = state.dialect === 'bash' && (c === '<' || c === '>') && n === '(';
  const redir = processSub ? null : redirectOp(state, i);
  if (redir !== null) return redirect(redir.op, null, i, i + redir.length, state);
  switch (c) {
    case '&':
      return n === '&' ? token('&&', i, i + 2, state) : token('&', i, i + 1, state);
    case '|':
      if (n === '|') return token('||', i, i + 2, state);
      if (n === '&' && state.dialect === 'bash') return token('|&', i, i + 2, state);
      return token('|', i, i + 1, state);
    case ';':
      return n === ';' ? token(';;', i, i + 2, state) : token(';', i, i + 1, state);
    case '(':
      return token('(', i, i + 1, state);
    case ')':
      return token(')', i, i + 1, state);
  }
  const parts = readParts(state, 'word');
  const end = state.pos;
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === 'literal' && /^[0-9]$/.test(only.value) && end === i + 1) {
    const fdRedir = redirectOp(state, end);
    if (fdRedir !== null && !fdRedir.op.startsWith('&')) return redirect(fdRedir.op, Number(only.value), i, end + fdRedir.length, state);
  }
  return { type: 'word', start: i, end, word: makeWord(state, parts, i, end) };
}
