/**
 * The list grammar, shaped after dash's parser.c: list -> and-or -> pipeline -> command, with
 * simple commands (assignments, words, redirections) and function definitions. Compound
 * commands are in parseCompound.ts.
 */
import type { AndOr, Assignment, Command, List, ListItem, Pipeline, Redirect, SimpleCommand, Word } from './ast';
import { parseCompound, parseTrailingRedirects } from './parseCompound';
import { enter, fail, leave, makeWord, offsetAt, type ParserState, type Token } from './parserState';
import { endsList, isKeyword, readToken, unexpected, unreadToken } from './tokens';
import { splitAssignment } from './splitAssignment';

/**
 * `top`: a script line (dash's list(1)): stops after a newline. `body`: a compound command's
 * body (list(0)): newlines are separators and it may not be empty. `sub`: a case item or `$(...)`
 * (list(2)): like `body` but may be empty.
 */
export type ListMode = 'top' | 'body' | 'sub';

function emptyList(state: ParserState): List {
  const at = offsetAt(state, state.pushed?.start ?? state.pos);
  return { kind: 'list', items: [], start: at, end: at };
}

export function parseList(state: ParserState, mode: ListMode): List {
  const items: ListItem[] = [];
  const skipNewlines = mode !== 'top';
  let mayEnd = mode === 'sub';
  for (;;) {
    const tok = readToken(state, true, skipNewlines);
    if (tok.type === 'newline') break;
    unreadToken(state, tok);
    if (tok.type === 'eof' || (mayEnd && endsList(tok))) break;
    mayEnd = true;
    const andOr = parseAndOr(state);
    const sep = readToken(state);
    const item: ListItem = { andOr, separator: null, background: sep.type === '&', start: andOr.start, end: andOr.end };
    items.push(item);
    if (sep.type === ';' || sep.type === '&') {
      item.separator = sep.type;
      continue;
    }
    if (sep.type === 'newline') {
      item.separator = 'newline';
      if (mode === 'top') break;
      continue;
    }
    if (sep.type !== 'eof' && mode === 'top') unexpected(state, sep);
    unreadToken(state, sep);
    break;
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return emptyList(state);
  return { kind: 'list', items, start: first.start, end: last.end };
}

function parseAndOr(state: ParserState): AndOr {
  const first = parsePipeline(state, false);
  const andOr: AndOr = { kind: 'andOr', first, rest: [], start: first.start, end: first.end };
  for (;;) {
    const tok = readToken(state);
    if (tok.type !== '&&' && tok.type !== '||') {
      unreadToken(state, tok);
      return andOr;
    }
    const pipeline = parsePipeline(state, true);
    andOr.rest.push({ op: tok.type, pipeline });
    andOr.end = pipeline.end;
  }
}

function parsePipeline(state: ParserState, skipNewlines: boolean): Pipeline {
  const tok = readToken(state, true, skipNewlines);
  const negated = isKeyword(tok, '!');
  if (!negated) unreadToken(state, tok);
  const commands = [parseCommand(state, false)];
  for (;;) {
    const sep = readToken(state);
    if (sep.type !== '|' && sep.type !== '|&') {
      unreadToken(state, sep);
      break;
    }
    commands.push(parseCommand(state, true));
  }
  const start = negated ? offsetAt(state, tok.start) : (commands[0]?.start ?? 0);
  const end = commands[commands.length - 1]?.end ?? start;
  return { kind: 'pipeline', negated, commands, start, end };
}

/** One command: compound, function definition or simple. */
export function parseCommand(state: ParserState, skipNewlines: boolean): Command {
  const tok = readToken(state, true, skipNewlines);
  enter(state, tok.start);
  let command: Command;
  if (tok.type === 'word' || tok.type === 'redirect') {
    unreadToken(state, tok);
    command = parseSimple(state);
  } else {
    const compound = parseCompound(state, tok);
    if (compound === null) unexpected(state, tok);
    command = compound;
  }
  leave(state);
  return command;
}

function parseSimple(state: ParserState): Command {
  const assignments: Assignment[] = [];
  const words: Word[] = [];
  const redirects: Redirect[] = [];
  let start = -1;
  let end = 0;
  for (;;) {
    const tok = readToken(state);
    if (tok.type === 'word' && tok.word !== undefined) {
      const assignment = words.length === 0 ? splitAssignment(tok.word, state.dialect) : null;
      if (assignment !== null) assignments.push(assignment);
      else words.push(tok.word);
      if (start < 0) start = tok.word.start;
      end = tok.word.end;
      continue;
    }
    if (tok.type === 'redirect') {
      const redirect = parseRedirect(state, tok);
      redirects.push(redirect);
      if (start < 0) start = redirect.start;
      end = redirect.end;
      continue;
    }
    const lastAssignment = assignments[assignments.length - 1];
    if (tok.type === '(' && state.dialect === 'bash' && words.length === 0 && lastAssignment !== undefined && lastAssignment.value.parts.length === 0 && lastAssignment.end === offsetAt(state, tok.start)) {
      end = parseArrayValue(state, lastAssignment);
      continue;
    }
    const only = words[0];
    if (tok.type === '(' && only !== undefined && words.length === 1 && assignments.length === 0 && redirects.length === 0) {
      return parseFunctionDefinition(state, only);
    }
    unreadToken(state, tok);
    break;
  }
  const command: SimpleCommand = { kind: 'simple', assignments, words, redirects, start, end };
  return command;
}

/** bash `name=(a b c)`: words up to `)`, newlines allowed. */
function parseArrayValue(state: ParserState, assignment: Assignment): number {
  const array: Word[] = [];
  for (;;) {
    const tok = readToken(state, false, true);
    if (tok.type === ')') {
      assignment.array = array;
      assignment.end = offsetAt(state, tok.end);
      return assignment.end;
    }
    if (tok.type !== 'word' || tok.word === undefined) unexpected(state, tok);
    array.push(tok.word);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseFunctionDefinition(state: ParserState, nameWord: Word): Command {
  const close = readToken(state);
  if (close.type !== ')') unexpected(state, close, '")"');
  const plain = nameWord.parts.length === 1 && nameWord.parts[0]?.kind === 'literal';
  if (!plain || !NAME.test(nameWord.text)) fail(state, 'Bad function name', close.start, close.end);
  const body = parseCommand(state, true);
  return { kind: 'function', name: nameWord.text, body, start: nameWord.start, end: body.end };
}

/** The target of a redirection; `<<` and `<<-` also queue a here-document body. */
export function parseRedirect(state: ParserState, tok: Token): Redirect {
  const isHeredoc = tok.op === '<<' || tok.op === '<<-';
  state.eofMark = isHeredoc;
  const target = readToken(state);
  state.eofMark = false;
  if (target.type !== 'word' || target.word === undefined) return unexpected(state, target);
  const op = tok.op ?? '>';
  const redirect: Redirect = { kind: 'redirect', op, fd: tok.fd ?? null, target: target.word, start: offsetAt(state, tok.start), end: target.word.end };
  if (isHeredoc) {
    const word = target.word;
    const quoted = word.parts.some((p) => p.kind !== 'literal');
    const empty = makeWord(state, [], target.end, target.end);
    redirect.heredoc = { delimiter: unquotedText(word), quoted, stripTabs: op === '<<-', body: empty, start: empty.start, end: empty.end };
    state.pending.push({ node: redirect.heredoc, redirect });
  }
  return redirect;
}

/** A here-document delimiter with its quotes removed (no expansion, as POSIX says). */
function unquotedText(word: Word): string {
  let out = '';
  const walk = (parts: Word['parts']): void => {
    for (const p of parts) {
      if (p.kind === 'literal' || p.kind === 'escaped' || p.kind === 'singleQuoted') out += p.value;
      else if (p.kind === 'doubleQuoted') walk(p.parts);
      else if (p.kind === 'commandSub') out += p.backquoted ? '`' + p.text + '`' : '$(' + p.text + ')';
      else out += p.kind === 'arith' ? '$((' + p.text + '))' : p.text;
    }
  };
  walk(word.parts);
  return out;
}

export { parseTrailingRedirects };
