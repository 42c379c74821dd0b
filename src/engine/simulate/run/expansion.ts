/**
 * The bridge between the shell's word expansion and the running shell: variables, `$?`, `$0`,
 * options, `$(...)` run as a child shell whose standard output is captured, pathname expansion
 * against the virtual filesystem, and `~user` from /etc/passwd.
 */
import type { List } from './shell/ast';
import type { ExpandContext } from './shell/expandTypes';
import { globFs } from './glob';
import { BufferSink, EMPTY_INPUT } from './sinks';
import { type Io, type Shell } from './state';
import { homeOfUser } from './users';

/** Runs a parsed list in a child shell with the given streams; returns its exit status. */
export type SubshellRunner = (sh: Shell, list: List, io: Io) => number;

let runner: SubshellRunner | undefined;

/** The interpreter registers how a child shell runs (breaks the module cycle). */
export function setSubshellRunner(run: SubshellRunner): void {
  runner = run;
}

function optionFlags(sh: Shell): string {
  let flags = '';
  if (sh.options.errexit) flags += 'e';
  if (sh.options.noglob) flags += 'f';
  if (sh.options.nounset) flags += 'u';
  if (sh.options.xtrace) flags += 'x';
  return flags;
}

/** Expansion context for words expanded by `sh`; `$(...)` output goes to a buffer, its errors to `io.stderr`. */
export function expandContext(sh: Shell, io: Io): ExpandContext {
  return {
    env: { get: (name) => sh.vars.get(name) },
    positional: sh.positional,
    scriptName: sh.scriptName,
    lastStatus: sh.lastStatus,
    optionFlags: optionFlags(sh),
    nounset: sh.options.nounset,
    noglob: sh.options.noglob,
    dialect: sh.dialect,
    commandSubstitution: (script) => {
      const out = new BufferSink();
      const status = runner === undefined ? 0 : runner(sh, script, { stdin: EMPTY_INPUT, stdout: out, stderr: io.stderr });
      sh.substStatus = status;
      return out.text;
    },
    glob: (pattern) => globFs(sh.shared.tree, sh.cwd, pattern),
    homeOf: (user) => homeOfUser(sh.shared.tree, user),
    assign: (name, value) => {
      sh.vars.set(name, value);
    },
  };
}
