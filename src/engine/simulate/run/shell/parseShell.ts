/**
 * Parse a shell script (a RUN command, a heredoc body, an `sh -c` argument) the way dash does.
 *
 * dash reads a script one line at a time and runs each line before reading the next, so the
 * commands on lines before a syntax error do run. On an error, `script` keeps exactly those
 * commands (complete top-level lines), and `errors` holds dash's message.
 */
import type { ListItem, Script, ShellError } from './ast';
import { parseList } from './parseList';
import { createState, MAX_DEPTH, ShellSyntaxError, type ParserHooks, type ShellDialect } from './parserState';
import { readParts } from './readWord';
import { readToken, unexpected, unreadToken } from './tokens';

export interface ParseShellOptions {
  /** `dash` (default; Debian/Ubuntu `/bin/sh`) or `bash` (arrays, `[[ ]]`, `$'..'`, `<<<`, `&>`, `function`). */
  dialect?: ShellDialect;
}

export interface ParseShellResult {
  ok: boolean;
  script: Script;
  errors: ShellError[];
}

const hooks: ParserHooks = {
  commandSub(state) {
    const script = parseList(state, 'sub');
    const close = readToken(state);
    if (close.type !== ')') unexpected(state, close, '")"');
    return { script, innerEnd: close.start };
  },
  backquoted(text, map, parent) {
    // dash stops quietly at a token it cannot use inside backquotes (`` `echo a ) b` `` runs `echo a`).
    const sub = createState(text, hooks, parent.dialect, map, 0, parent.depth);
    return parseList(sub, 'sub');
  },
  heredocBody(text, map, base, parent) {
    const sub = createState(text, hooks, parent.dialect, map, base, parent.depth);
    return readParts(sub, 'heredoc');
  },
};

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function toError(text: string, e: unknown): ShellError {
  if (e instanceof ShellSyntaxError) {
    // dash reports the line its reader has reached: the end of the offending token (after a
    // newline token, the next line; at end of text, the last line).
    return { message: `Syntax error: ${e.message}`, start: e.start, end: e.end, line: lineOf(text, e.end) };
  }
  // Deep recursion that slipped under MAX_DEPTH, or a bug: still a value, never a throw.
  const message = e instanceof RangeError ? `Syntax error: nesting deeper than ${MAX_DEPTH} levels` : `Syntax error: ${String(e)}`;
  return { message, start: 0, end: text.length, line: 1 };
}

/**
 * Parse `text` as a POSIX shell script. Never throws.
 *
 * @example
 * parseShell('apt-get update && apt-get install -y curl').script.items[0].andOr.rest[0].op // '&&'
 */
export function parseShell(text: string, options: ParseShellOptions = {}): ParseShellResult {
  const state = createState(text, hooks, options.dialect ?? 'dash');
  const items: ListItem[] = [];
  const script: Script = { kind: 'list', items, start: 0, end: text.length };
  try {
    for (;;) {
      const tok = readToken(state);
      if (tok.type === 'eof') break;
      unreadToken(state, tok);
      items.push(...parseList(state, 'top').items);
    }
    return { ok: true, script, errors: [] };
  } catch (e) {
    return { ok: false, script, errors: [toError(text, e)] };
  }
}
