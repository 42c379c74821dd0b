/**
 * A simple command: expand its words (POSIX 2.9.1 order: words, redirections, assignments),
 * trace it under `set -x`, then run a function, a builtin, or a program. Assignments alone set
 * shell variables; before a program they only reach its environment.
 */
import type { SimpleCommand } from './shell/ast';
import { expandAssignment, expandString, expandWords } from './shell/expandWord';
import type { ExpandContext, ExpandResult } from './shell/expandTypes';
import { BUILTINS, SPECIAL_BUILTINS } from './builtins';
import { runExternal } from './dispatch';
import { expandContext } from './expansion';
import { hooks } from './hooks';
import { shellPrefix } from './messages';
import { flushFiles, openRedirects } from './redirects';
import { commandEnv, ExitSignal, lineAt, ReturnSignal, type Io, type Shell } from './state';

const MAX_FUNCTION_DEPTH = 60;

/** Declaration utilities: their `NAME=value` operands are expanded like assignments, without field splitting. */
const DECLARATIONS = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);

function expandDeclaration(cmd: SimpleCommand, ctx: ExpandContext): ExpandResult {
  const fields: string[] = [];
  for (const w of cmd.words) {
    if (/^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(w.text)) {
      const r = expandString(w, ctx, { assignment: true });
      if (!r.ok) return r;
      fields.push(r.value);
    } else {
      const r = expandWords([w], ctx);
      if (!r.ok) return r;
      fields.push(...r.fields);
    }
  }
  return { ok: true, fields };
}

/** Quote a word for `set -x` output as dash does (single quotes around anything special). */
function traceWord(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command as written, on one line (for "not simulated" entries). */
function sourceText(sh: Shell, cmd: SimpleCommand): string {
  return sh.source.text.slice(cmd.start, cmd.end).replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
}

export function runSimple(sh: Shell, cmd: SimpleCommand, io: Io): number {
  const line = lineAt(sh, cmd.start);
  sh.substStatus = 0;
  const ctx = expandContext(sh, io);
  const words = DECLARATIONS.has(cmd.words[0]?.text ?? '') ? expandDeclaration(cmd, ctx) : expandWords(cmd.words, ctx);
  if (!words.ok) {
    io.stderr.write(`${shellPrefix(sh, line)}${words.error}\n`);
    throw new ExitSignal(2);
  }
  const argv = words.fields;
  const prefix = new Map<string, string>();
  for (const a of cmd.assignments) {
    const v = expandAssignment(a, expandContext(sh, io));
    if (!v.ok) {
      io.stderr.write(`${shellPrefix(sh, line)}${v.error}\n`);
      throw new ExitSignal(2);
    }
    const value = a.append === true ? (sh.vars.get(a.name) ?? '') + v.value : v.value;
    if (argv.length === 0) {
      sh.vars.set(a.name, value);
      if (sh.options.allexport) sh.exported.add(a.name);
    } else prefix.set(a.name, value);
  }
  if (sh.options.xtrace && (argv.length > 0 || cmd.assignments.length > 0)) {
    const shown = [...[...prefix].map(([k, v]) => `${k}=${traceWord(v)}`), ...argv.map(traceWord)];
    if (argv.length === 0) for (const a of cmd.assignments) shown.push(`${a.name}=${traceWord(sh.vars.get(a.name) ?? '')}`);
    io.stderr.write(`+ ${shown.join(' ')}\n`);
  }
  const opened = openRedirects(sh, cmd.redirects, io);
  if (!opened.ok) {
    io.stderr.write(`${shellPrefix(sh, line)}${opened.message}\n`);
    return 2;
  }
  try {
    if (argv.length === 0) return sh.substStatus;
    return executeArgv(sh, argv, opened.io, prefix, line, sourceText(sh, cmd), true);
  } finally {
    flushFiles(sh, opened.files);
  }
}

function runFunction(sh: Shell, argv: string[], io: Io, prefix: ReadonlyMap<string, string>, line: number): number {
  const body = sh.functions.get(argv[0] ?? '');
  if (body === undefined) return 0;
  if (sh.depth > MAX_FUNCTION_DEPTH) {
    io.stderr.write(`${shellPrefix(sh, line)}${argv[0] ?? ''}: function nesting too deep\n`);
    return 2;
  }
  const saved = sh.positional;
  const savedVars = new Map([...prefix.keys()].map((k) => [k, sh.vars.get(k)]));
  for (const [k, v] of prefix) sh.vars.set(k, v);
  sh.positional = argv.slice(1);
  sh.depth += 1;
  try {
    return hooks.runCommandNode(sh, body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    sh.depth -= 1;
    sh.positional = saved;
    for (const [k, v] of savedVars) {
      if (v === undefined) sh.vars.delete(k);
      else sh.vars.set(k, v);
    }
  }
}

/** Run an expanded command line: function, builtin or program. */
export function executeArgv(
  sh: Shell,
  argv: string[],
  io: Io,
  prefix: ReadonlyMap<string, string>,
  line: number,
  text: string,
  allowFunctions: boolean,
): number {
  const name = argv[0] ?? '';
  sh.shared.commandsRun += 1;
  if (allowFunctions && !name.includes('/') && sh.functions.has(name)) return runFunction(sh, argv, io, prefix, line);
  const builtin = BUILTINS.get(name);
  if (builtin !== undefined) {
    // Assignments before a special builtin stay (POSIX 2.14); before others they are temporary.
    const special = SPECIAL_BUILTINS.has(name);
    const saved = new Map([...prefix.keys()].map((k) => [k, sh.vars.get(k)]));
    for (const [k, v] of prefix) sh.vars.set(k, v);
    try {
      return builtin({ sh, argv, args: argv.slice(1), io, line, text, prefix });
    } finally {
      if (!special) {
        for (const [k, v] of saved) {
          if (v === undefined) sh.vars.delete(k);
          else sh.vars.set(k, v);
        }
      }
    }
  }
  const env = commandEnv(sh, prefix);
  return runExternal(sh, argv, env, io, line, text);
}
