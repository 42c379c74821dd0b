/**
 * CMD, ENTRYPOINT and SHELL, and the command line RUN shares with them (BuildKit:
 * instructions/parse.go `parseShellDependentCommand`, `parseCmd`, `parseEntrypoint`,
 * `parseShell`). The SHELL prefix is not applied here: `prependShell` says it is due.
 */
import {
  atLeastOne,
  checkFlags,
  failure,
  jsonArgs,
  success,
  type Parsed,
  type ParseRequest,
} from './parseRequest';
import type { CmdInstruction, CommandLine, EntrypointInstruction, ShellInstruction } from './types';

/** The command line and heredoc files of RUN/CMD/ENTRYPOINT. */
export function commandLineOf(req: ParseRequest): CommandLine {
  return {
    cmdLine: jsonArgs(req.args, req.isJson),
    prependShell: !req.isJson,
    files: req.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
  };
}

export function parseCmd(req: ParseRequest): Parsed<CmdInstruction> {
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  return success({ kind: 'cmd', ...req.base, ...commandLineOf(req) });
}

export function parseEntrypoint(req: ParseRequest): Parsed<EntrypointInstruction> {
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const line = commandLineOf(req);
  return success({ kind: 'entrypoint', ...req.base, ...line, isEmpty: line.cmdLine.length === 0 });
}

export function parseShell(req: ParseRequest): Parsed<ShellInstruction> {
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const shell = jsonArgs(req.args, req.isJson);
  if (shell.length === 0) return atLeastOne('SHELL');
  // BuildKit (errors_unix.go): the shell form is refused.
  if (!req.isJson) return failure('SC2007', 'SHELL requires the arguments to be in JSON form');
  return success({ kind: 'shell', ...req.base, shell });
}
