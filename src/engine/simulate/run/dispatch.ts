/**
 * Running a program: a command the image lacks fails with the shell's `not found` (127); a
 * modelled program runs its handler; a script file whose text we have (a COPY'd `install.sh`)
 * runs through the interpreter its `#!` line names; anything else is recorded as not simulated
 * and succeeds without changing the filesystem.
 */
import { HANDLERS, PREFER_HANDLER } from './handlers/registry';
import type { Invocation } from './handlers/types';
import { hooks } from './hooks';
import { lookupCommand } from './commandLookup';
import { notFoundMessage, shellPrefix } from './messages';
import type { Io, Shell } from './state';

const SHELLS = new Set(['sh', 'dash', 'ash', 'bash', 'busybox']);

/** Record a command we do not model; it succeeds and changes nothing. */
export function notSimulated(sh: Shell, command: string, reason: string): number {
  sh.shared.notSimulated.push({ command, reason });
  return 0;
}

/** The interpreter a `#!` line names (`/usr/bin/env bash` -> `bash`), or `sh` without one. */
export function shebangInterpreter(content: string): string {
  if (!content.startsWith('#!')) return 'sh';
  const line = content.slice(2).split('\n', 1)[0]?.trim() ?? '';
  const parts = line.split(/\s+/);
  const first = parts[0] ?? '';
  const prog = first.endsWith('/env') ? (parts.find((p, i) => i > 0 && !p.startsWith('-')) ?? '') : first;
  return prog.slice(prog.lastIndexOf('/') + 1);
}

/** Run the text of a script file as its interpreter would. */
export function runScriptFile(inv: Invocation, content: string): number {
  const interp = shebangInterpreter(content);
  if (!SHELLS.has(interp)) return notSimulated(inv.sh, inv.text, `a ${interp} script: only shell scripts are interpreted`);
  return hooks.runText(inv.sh, content, inv.io, {
    scriptName: inv.argv[0] ?? 'sh',
    args: inv.args,
    bash: interp === 'bash',
    processEnv: inv.env,
  });
}

export function runExternal(sh: Shell, argv: string[], env: Map<string, string>, io: Io, line: number, text: string): number {
  const word = argv[0] ?? '';
  const name = word.slice(word.lastIndexOf('/') + 1);
  const found = lookupCommand(sh, word, env.get('PATH'));
  if (found.kind === 'absent') {
    io.stderr.write(notFoundMessage(sh, line, word));
    return 127;
  }
  const inv: Invocation = { sh, argv, name, args: argv.slice(1), env, io, line, text };
  if (found.kind === 'file' && word.includes('/') && (found.mode & 0o111) === 0) {
    io.stderr.write(`${shellPrefix(sh, line)}${word}: Permission denied\n`);
    return 126;
  }
  const handler = HANDLERS.get(name);
  if (found.kind === 'file' && found.content !== undefined && !PREFER_HANDLER.has(name) && (word.includes('/') || handler === undefined)) {
    return runScriptFile(inv, found.content);
  }
  if (handler !== undefined) return handler(inv);
  return notSimulated(sh, text, `\`${name}\` is not modelled by the simulator`);
}
