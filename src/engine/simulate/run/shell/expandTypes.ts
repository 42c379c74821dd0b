/**
 * What word expansion needs from its caller (the simulated shell), and what it gives back.
 */
import type { Script } from './ast';
import type { ShellDialect } from './parserState';

/** Read access to shell variables (a `Map<string, string>` fits). */
export interface EnvGetter {
  get(name: string): string | undefined;
}

export interface ExpandContext {
  /** Shell variables, including `IFS` and `HOME` (unset `IFS` means space, tab, newline). */
  env: EnvGetter;
  /** `$1`, `$2`, ...; `$#`, `$@`, `$*` derive from it. Default: none. */
  positional?: readonly string[];
  /** `$0`. Default `/bin/sh` (what a RUN's `/bin/sh -c` sees). */
  scriptName?: string;
  /** `$?`. Default 0. */
  lastStatus?: number;
  /** `$$`. Default 1: a RUN's shell is PID 1 in its container. */
  pid?: number;
  /** `$!`; unset when absent. */
  lastBackgroundPid?: number;
  /** `$-`. Default empty, as in `dash -c`. */
  optionFlags?: string;
  /** `set -u`: expanding an unset parameter is an error. */
  nounset?: boolean;
  /** `set -f`: no pathname expansion. */
  noglob?: boolean;
  /** `dash` (default) rejects `${x/p/r}` and `${x:o:l}` with `Bad substitution`; `bash` (and ash) expand them. */
  dialect?: ShellDialect;
  /** Runs `$(...)` / backquotes and returns their standard output (trailing newlines are removed here). */
  commandSubstitution?: (script: Script, text: string) => string;
  /** bash `<(cmd)`/`>(cmd)`: the path the command reads or writes. Default `/dev/fd/63`. */
  processSubstitution?: (script: Script, direction: '<' | '>') => string;
  /**
   * Pathname expansion: the names matching `pattern` (quoted characters come backslash-escaped,
   * see `matchPattern`), sorted. Return `[]` or `[pattern]` when nothing matches.
   */
  glob?: (pattern: string) => readonly string[];
  /** Home directory of a user for `~user`; `~` alone uses `HOME`. */
  homeOf?: (user: string) => string | undefined;
  /** Told about `${x=value}` and `$((x=1))` assignments (they are also seen by later expansions of the same call). */
  assign?: (name: string, value: string) => void;
}

/** Fields after expansion, or the error that stops the command (dash's text, e.g. `x: parameter not set`). */
export type ExpandResult = { ok: true; fields: string[] } | { ok: false; error: string };

/** A single string after expansion (no field splitting or pathname expansion), or an error. */
export type ExpandStringResult = { ok: true; value: string } | { ok: false; error: string };

/**
 * Text produced while expanding a word. `quoted` text is never split or globbed; `split` text
 * came from an unquoted expansion and is subject to field splitting.
 */
export interface Piece {
  text: string;
  quoted: boolean;
  split: boolean;
}

/** A piece, or `null` for a field boundary that `"$@"` forces between parameters. */
export type Segment = Piece | null;

/** An expansion error on its way to the public functions, which return it as a value. */
export class ExpansionError {
  constructor(readonly message: string) {}
}

/** Per-call state: the context plus the assignments made during this expansion. */
export interface ExpandState {
  ctx: ExpandContext;
  dialect: ShellDialect;
  assigned: Map<string, string>;
}

export function createExpandState(ctx: ExpandContext): ExpandState {
  return { ctx, dialect: ctx.dialect ?? 'dash', assigned: new Map() };
}
