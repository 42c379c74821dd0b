/**
 * Late-bound entry points of the interpreter, so that command handlers (which the interpreter
 * dispatches to) can run scripts themselves (`sh -c`, `npm run`, `xargs`, `find -exec`)
 * without an import cycle. interpreter.ts registers them when it loads.
 */
import type { Command } from './shell/ast';
import type { Io, Shell } from './state';

export interface ScriptOptions {
  /** `$0` and `$1...`. */
  scriptName?: string;
  args?: string[];
  /** Run in a child process (default) or in the calling shell (`.`/`source`, `eval`). */
  fork?: boolean;
  /** Parse and report as bash (`bash -c`). */
  bash?: boolean;
  /** Extra variables exported to the child (an `env` or prefix assignment). */
  env?: ReadonlyMap<string, string>;
  /**
   * A new process with exactly this environment (a script file, `sh -c`, an npm script): no
   * unexported variables, functions or options carry over.
   */
  processEnv?: ReadonlyMap<string, string>;
  /** Working directory of the new shell (default: the caller's). */
  cwd?: string;
  /** First line number of the text, for messages (default 1). */
  lineBase?: number;
}

export interface InterpreterHooks {
  runText(sh: Shell, text: string, io: Io, options?: ScriptOptions): number;
  runArgv(sh: Shell, argv: string[], io: Io, env: ReadonlyMap<string, string>, line: number): number;
  runCommandNode(sh: Shell, cmd: Command, io: Io): number;
}

export const hooks: InterpreterHooks = {
  runText: () => 0,
  runArgv: () => 0,
  runCommandNode: () => 0,
};
