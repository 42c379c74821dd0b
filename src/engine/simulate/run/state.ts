/**
 * The simulated shell's state. One `Shared` record lives for the whole RUN (the filesystem, the
 * printed output, what was not simulated, the time model); each shell process (the RUN's
 * `/bin/sh`, a `( subshell )`, a pipeline member, `sh -c`) has its own `Shell` with variables,
 * options and working directory, as a forked process would.
 */
import type { Diagnostic } from '../../diagnostics';
import type { FileTree } from '../../fs';
import type { Command } from './shell/ast';
import type { NotSimulated, RunContext } from './types';

/** `set` options the interpreter honours. */
export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  allexport: boolean;
}

/** Bytes written to a stream: text we keep, plus bytes whose content we do not (a binary `cat`). */
export interface Data {
  text: string;
  /** Bytes of unlisted content (a file without `content`), with an identity for digests. */
  opaque?: { size: number; seed: string };
  /** How much of `text` a reader (`read`, `head`) has consumed; shared by everyone reading this stream. */
  pos?: number;
}

/** Where a stream's bytes go. */
export interface Sink {
  write(text: string): void;
  writeOpaque(size: number, seed: string): void;
}

/** The three standard streams of a command. */
export interface Io {
  stdin: Data;
  stdout: Sink;
  stderr: Sink;
}

/** What the whole RUN shares across its shell processes. */
export interface Shared {
  ctx: RunContext;
  tree: FileTree;
  /** Text printed to the step's log (stdout and stderr interleaved). */
  log: string;
  notSimulated: NotSimulated[];
  diagnostics: Diagnostic[];
  durationMs: number;
  /** The models behind the duration, in the order they first applied. */
  durationParts: string[];
  /** Work budget: every command and loop iteration spends one; at zero the shell stops. */
  budget: number;
  /** Simple commands run (for coverage figures) and how many of them were not simulated. */
  commandsRun: number;
  /** uid/gid of the stage's USER: owner of what the RUN creates. */
  owner: { uid: number; gid: number; home: string };
}

/** One shell process. */
export interface Shell {
  shared: Shared;
  vars: Map<string, string>;
  exported: Set<string>;
  functions: Map<string, Command>;
  cwd: string;
  options: ShellOptions;
  positional: string[];
  /** `$0` and the name used in error messages (`/bin/sh`). */
  scriptName: string;
  lastStatus: number;
  /** Status of the last command substitution (an assignment-only command returns it). */
  substStatus: number;
  dialect: 'dash' | 'bash';
  /** Whose messages: dash `/bin/sh: 1: x: not found`, busybox ash `/bin/sh: x: not found`, bash `line 1: x: command not found`. */
  flavour: 'dash' | 'ash' | 'bash';
  /** Nesting depth of shells and functions (bounded). */
  depth: number;
  /** Line offset and text of the script being run, to name lines in messages. */
  source: { text: string; lineBase: number };
  /** True inside an `if`/`while` condition or before `&&`/`||`: `set -e` does not apply there. */
  inCondition: boolean;
  /** Loop nesting, for `break`/`continue`. */
  loopDepth: number;
}

/** `exit N` or `set -e` ending a shell process. */
export class ExitSignal {
  constructor(readonly status: number) {}
}

/** `return N` from a function or a sourced file. */
export class ReturnSignal {
  constructor(readonly status: number) {}
}

/** `break N` / `continue N`. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** The work budget ran out (a runaway loop): the shell stops with the status given. */
export class BudgetSignal {}

/** A child process: the same shared state, copies of everything per-process. */
export function forkShell(sh: Shell): Shell {
  return {
    ...sh,
    vars: new Map(sh.vars),
    exported: new Set(sh.exported),
    functions: new Map(sh.functions),
    options: { ...sh.options },
    positional: [...sh.positional],
    depth: sh.depth + 1,
    inCondition: false,
    loopDepth: 0,
  };
}

/** The environment a command sees: exported variables plus its own prefix assignments. */
export function commandEnv(sh: Shell, prefix: ReadonlyMap<string, string>): Map<string, string> {
  const env = new Map<string, string>();
  for (const name of sh.exported) {
    const value = sh.vars.get(name);
    if (value !== undefined) env.set(name, value);
  }
  for (const [k, v] of prefix) env.set(k, v);
  return env;
}

/** 1-based line of a script offset, for `sh: N: ...` messages. */
export function lineAt(sh: Shell, offset: number): number {
  let line = sh.source.lineBase;
  const text = sh.source.text;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
