/**
 * The state shared by the shell lexer, word reader and parser: one cursor over one text, the
 * one-token pushback dash's parser relies on, and the here-documents waiting for the next newline.
 *
 * Backquoted substitutions and `<<-` bodies are parsed from a rewritten text; their state carries
 * a map back to the caller's offsets so every node still points into the original input.
 */
import type { HereDoc, List, Redirect, Word, WordPart } from './ast';

/** Which shell's grammar to accept: dash (Debian/Ubuntu `/bin/sh`) or bash (also ash-compatible forms). */
export type ShellDialect = 'dash' | 'bash';

export type TokenType =
  | 'word'
  | 'keyword'
  | 'redirect'
  | 'newline'
  | 'eof'
  | ';'
  | '&'
  | '&&'
  | '||'
  | '|'
  | '|&'
  | '('
  | ')'
  | ';;';

export interface Token {
  type: TokenType;
  /** Local positions (in `state.text`). */
  start: number;
  end: number;
  /** Set for words and keywords. */
  word?: Word;
  /** The reserved word, for `keyword` tokens. */
  keyword?: string;
  /** For `redirect` tokens. */
  op?: Redirect['op'];
  fd?: number | null;
}

/** A here-document whose body starts after the next newline. */
export interface PendingHeredoc {
  node: HereDoc;
  redirect: Redirect;
}

/** How the word reader calls back into the parser for `$(...)` and backquotes. */
export interface ParserHooks {
  /** Parse from `state.pos` (just after `$(`) through the closing `)`. */
  commandSub(state: ParserState): { script: List; innerEnd: number };
  /** Parse the rewritten text of a backquoted substitution. */
  backquoted(text: string, map: number[], parent: ParserState): List;
  /** Read the parts of an unquoted here-document body (a sub-state over the body text). */
  heredocBody(text: string, map: number[] | null, base: number, parent: ParserState): WordPart[];
}

export interface ParserState {
  text: string;
  pos: number;
  /** Original offset of each local position (length `text.length + 1`), or null for `base + i`. */
  map: number[] | null;
  base: number;
  dialect: ShellDialect;
  pushed: Token | null;
  pending: PendingHeredoc[];
  /** True while reading a here-document delimiter, where `$` and backquotes are plain (dash CHKEOFMARK). */
  eofMark: boolean;
  depth: number;
  hooks: ParserHooks;
}

/** Deepest nesting accepted, so hostile input cannot exhaust the stack. */
export const MAX_DEPTH = 400;

/** A syntax error on its way to `parseShell`, which turns it into a `ShellError` value. */
export class ShellSyntaxError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

export function createState(text: string, hooks: ParserHooks, dialect: ShellDialect, map: number[] | null = null, base = 0, depth = 0): ParserState {
  return { text, pos: 0, map, base, dialect, pushed: null, pending: [], eofMark: false, depth, hooks };
}

/** The original offset of local position `i`. */
export function offsetAt(state: ParserState, i: number): number {
  if (state.map === null) return state.base + i;
  const m = state.map;
  return m[Math.max(0, Math.min(i, m.length - 1))] ?? state.base;
}

/** Abort the parse with dash's message (without the `Syntax error: ` prefix). */
export function fail(state: ParserState, message: string, start: number, end = start): never {
  throw new ShellSyntaxError(message, offsetAt(state, start), offsetAt(state, Math.max(start, end)));
}

/** Build a `Word` node from parts read between two local positions. */
export function makeWord(state: ParserState, parts: WordPart[], start: number, end: number): Word {
  return {
    kind: 'word',
    parts,
    text: state.text.slice(start, end),
    glob: parts.some((p) => p.kind === 'literal' && p.glob),
    start: offsetAt(state, start),
    end: offsetAt(state, end),
  };
}

/** Count one more level of nesting; fails past `MAX_DEPTH`. */
export function enter(state: ParserState, at: number): void {
  state.depth += 1;
  if (state.depth > MAX_DEPTH) fail(state, 'nesting too deep', at);
}

export function leave(state: ParserState): void {
  state.depth -= 1;
}
