/**
 * Compound commands as dash's command() reads them: `( )`, `{ }`, if/elif/else, while/until,
 * for and case, each followed by optional redirections; plus bash's `function name` and `[[ ]]`
 * when parsing bash.
 */
import type { CaseItem, Command, Redirect, Word } from './ast';
import { parseCommand, parseList, parseRedirect } from './parseList';
import { fail, makeWord, offsetAt, type ParserState, type Token } from './parserState';
import { expectKeyword, isKeyword, readToken, unexpected, unreadToken } from './tokens';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlainName(word: Word | undefined): word is Word {
  return word !== undefined && word.parts.length === 1 && word.parts[0]?.kind === 'literal' && NAME.test(word.text);
}

/**
 * Redirections after a compound command (`done > log`, `} 2>&1`). dash reads here with reserved
 * words on, so `fi fi` reports `"fi" unexpected`.
 */
export function parseTrailingRedirects(state: ParserState, node: { redirects: Redirect[]; end: number }): void {
  for (;;) {
    const tok = readToken(state, true);
    if (tok.type !== 'redirect') {
      unreadToken(state, tok);
      return;
    }
    const redirect = parseRedirect(state, tok);
    node.redirects.push(redirect);
    node.end = redirect.end;
  }
}

/** The compound command `tok` opens, or null when `tok` cannot start a command. */
export function parseCompound(state: ParserState, tok: Token): Command | null {
  const command = parseBody(state, tok);
  if (command !== null && command.kind !== 'function') parseTrailingRedirects(state, command);
  return command;
}

function parseBody(state: ParserState, tok: Token): Command | null {
  const start = offsetAt(state, tok.start);
  if (tok.type === '(') {
    const body = parseList(state, 'body');
    const close = readToken(state);
    if (close.type !== ')') unexpected(state, close, '")"');
    return { kind: 'subshell', body, redirects: [], start, end: offsetAt(state, close.end) };
  }
  if (tok.type !== 'keyword') return null;
  switch (tok.keyword) {
    case '{': {
      const body = parseList(state, 'body');
      const close = expectKeyword(state, '}');
      return { kind: 'group', body, redirects: [], start, end: offsetAt(state, close.end) };
    }
    case 'if':
      return parseIf(state, start);
    case 'while':
    case 'until': {
      const condition = parseList(state, 'body');
      expectKeyword(state, 'do');
      const body = parseList(state, 'body');
      const close = expectKeyword(state, 'done');
      return { kind: tok.keyword, condition, body, redirects: [], start, end: offsetAt(state, close.end) };
    }
    case 'for':
      return parseFor(state, start);
    case 'case':
      return parseCase(state, start);
    case 'function':
      return parseBashFunction(state, start);
    case '[[':
      return parseBashTest(state, tok);
    default:
      return null;
  }
}

function parseIf(state: ParserState, start: number): Command {
  const clauses = [];
  let tok: Token;
  do {
    const condition = parseList(state, 'body');
    expectKeyword(state, 'then');
    clauses.push({ condition, body: parseList(state, 'body') });
    tok = readToken(state, true, true);
  } while (isKeyword(tok, 'elif'));
  let elseBody = null;
  if (isKeyword(tok, 'else')) {
    elseBody = parseList(state, 'body');
    tok = readToken(state, true, true);
  }
  if (!isKeyword(tok, 'fi')) unexpected(state, tok, '"fi"');
  return { kind: 'if', clauses, elseBody, redirects: [], start, end: offsetAt(state, tok.end) };
}

function parseFor(state: ParserState, start: number): Command {
  const nameTok = readToken(state);
  if (nameTok.type !== 'word' || !isPlainName(nameTok.word)) return fail(state, 'Bad for loop variable', nameTok.start, nameTok.end);
  let items: Word[] | null = null;
  let tok = readToken(state, true, true);
  if (isKeyword(tok, 'in')) {
    items = [];
    for (tok = readToken(state); tok.type === 'word' && tok.word !== undefined; tok = readToken(state)) items.push(tok.word);
    if (tok.type !== 'newline' && tok.type !== ';') unexpected(state, tok);
  } else if (tok.type !== ';') {
    unreadToken(state, tok);
  }
  expectKeyword(state, 'do');
  const body = parseList(state, 'body');
  const close = expectKeyword(state, 'done');
  return { kind: 'for', variable: nameTok.word.text, items, body, redirects: [], start, end: offsetAt(state, close.end) };
}

function parseCase(state: ParserState, start: number): Command {
  const subjectTok = readToken(state);
  if (subjectTok.type !== 'word' || subjectTok.word === undefined) return unexpected(state, subjectTok, 'word');
  const inTok = readToken(state, true, true);
  if (!isKeyword(inTok, 'in')) unexpected(state, inTok, '"in"');
  const items: CaseItem[] = [];
  let tok = readToken(state, true, true);
  while (!isKeyword(tok, 'esac')) {
    const itemStart = offsetAt(state, tok.start);
    if (tok.type === '(') tok = readToken(state);
    // Like dash, whatever token stands where a pattern belongs is taken; the `)` check reports it.
    const patterns: Word[] = [];
    for (;;) {
      patterns.push(tok.word ?? makeWord(state, [], tok.start, tok.start));
      tok = readToken(state);
      if (tok.type !== '|') break;
      tok = readToken(state);
    }
    if (tok.type !== ')') unexpected(state, tok, '")"');
    const body = parseList(state, 'sub');
    const item: CaseItem = { patterns, body: body.items.length > 0 ? body : null, start: itemStart, end: body.items.length > 0 ? body.end : offsetAt(state, tok.end) };
    items.push(item);
    tok = readToken(state, true, true);
    if (!isKeyword(tok, 'esac')) {
      if (tok.type !== ';;') unexpected(state, tok, '";;"');
      item.end = offsetAt(state, tok.end);
      tok = readToken(state, true, true);
    }
  }
  return { kind: 'case', subject: subjectTok.word, items, redirects: [], start, end: offsetAt(state, tok.end) };
}

/** bash `function name [()] command`. */
function parseBashFunction(state: ParserState, start: number): Command {
  const nameTok = readToken(state);
  if (nameTok.type !== 'word' || !isPlainName(nameTok.word)) return unexpected(state, nameTok, 'word');
  const open = readToken(state);
  if (open.type === '(') {
    const close = readToken(state);
    if (close.type !== ')') unexpected(state, close, '")"');
  } else {
    unreadToken(state, open);
  }
  const body = parseCommand(state, true);
  return { kind: 'function', name: nameTok.word.text, body, start, end: body.end };
}

/**
 * bash `[[ ... ]]`: kept as a simple command whose words are the tokens up to `]]`, so `&&`,
 * `<` and `(` inside are operands of the test, not shell operators.
 */
function parseBashTest(state: ParserState, open: Token): Command {
  const words: Word[] = [];
  if (open.word !== undefined) words.push(open.word);
  for (;;) {
    const tok = readToken(state);
    if (tok.type === 'eof' || tok.type === 'newline') unexpected(state, tok, '"]]"');
    const word = tok.word ?? makeWord(state, [{ kind: 'literal', value: state.text.slice(tok.start, tok.end), glob: false, start: offsetAt(state, tok.start), end: offsetAt(state, tok.end) }], tok.start, tok.end);
    words.push(word);
    if (tok.type === 'word' && word.text === ']]') break;
  }
  const last = words[words.length - 1];
  return { kind: 'simple', assignments: [], words, redirects: [], start: offsetAt(state, open.start), end: last?.end ?? offsetAt(state, open.end) };
}
