/**
 * Token access for the parser: dash's readtoken with its one-token pushback, reserved words
 * recognised only where the grammar asks for them (`echo fi` is fine, `fi` alone is not), and
 * dash's `X unexpected (expecting Y)` messages.
 */
import { nextToken } from './lexer';
import { fail, type ParserState, type Token } from './parserState';

const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}']);

/** Tokens that end a list (dash's tokendlist). */
const LIST_END = new Set(['eof', ')', ';;', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'then', '}']);

function keywordOf(state: ParserState, tok: Token): string | null {
  const parts = tok.word?.parts;
  const only = parts?.length === 1 ? parts[0] : undefined;
  if (only?.kind !== 'literal') return null;
  if (KEYWORDS.has(only.value)) return only.value;
  if (state.dialect === 'bash' && (only.value === 'function' || only.value === '[[')) return only.value;
  return null;
}

/**
 * The next token. With `keywords`, an unquoted reserved word comes back as a `keyword` token;
 * with `skipNewlines`, newlines before it are consumed (here-document bodies are still read).
 */
export function readToken(state: ParserState, keywords = false, skipNewlines = false): Token {
  let tok = state.pushed ?? nextToken(state);
  state.pushed = null;
  while (skipNewlines && tok.type === 'newline') tok = nextToken(state);
  if (keywords && tok.type === 'word') {
    const kw = keywordOf(state, tok);
    if (kw !== null) tok = { ...tok, type: 'keyword', keyword: kw };
  }
  return tok;
}

/** Push a token back; the next `readToken` returns it (re-checking reserved words if asked). */
export function unreadToken(state: ParserState, tok: Token): void {
  state.pushed = tok;
}

export function isKeyword(tok: Token, keyword: string): boolean {
  return tok.type === 'keyword' && tok.keyword === keyword;
}

/** True for a token that ends a list (`fi`, `done`, `)`, `;;`, end of text, ...). */
export function endsList(tok: Token): boolean {
  if (tok.type === 'keyword') return LIST_END.has(tok.keyword ?? '');
  return tok.type !== 'word' && LIST_END.has(tok.type);
}

/** dash's tokname: `end of file`, `newline`, `word`, `redirection`, or the token in quotes. */
export function tokenName(tok: Token): string {
  switch (tok.type) {
    case 'eof':
      return 'end of file';
    case 'newline':
      return 'newline';
    case 'word':
      return 'word';
    case 'redirect':
      return 'redirection';
    case 'keyword':
      return `"${tok.keyword ?? ''}"`;
    default:
      return `"${tok.type}"`;
  }
}

/** Fail with dash's synexpect message; `expecting` is a token as dash names it (`"fi"`, `word`). */
export function unexpected(state: ParserState, tok: Token, expecting?: string): never {
  const suffix = expecting === undefined ? '' : ` (expecting ${expecting})`;
  return fail(state, `${tokenName(tok)} unexpected${suffix}`, tok.start, tok.end);
}

/** Read a token that must be the keyword `keyword` (after newlines), else fail as dash does. */
export function expectKeyword(state: ParserState, keyword: string): Token {
  const tok = readToken(state, true, true);
  if (!isKeyword(tok, keyword)) unexpected(state, tok, `"${keyword}"`);
  return tok;
}
