/**
 * Builtins that change the shell's own state: `cd`, `export`, `readonly`, `unset`, `set`,
 * `shift`, `local`. Errors use dash's words (`cd: can't cd to /x`, `set: Illegal option -o y`);
 * dash lacks `pipefail` before Debian's 0.5.12-7 patch, which Ubuntu's dash still lacks.
 */
import { locate, resolveAgainst } from '../../fs';
import type { Builtin, BuiltinCall } from './builtinTypes';
import { builtinError } from './messages';
import { ExitSignal, type ShellOptions } from './state';

export const cd: Builtin = ({ sh, args, io, line }) => {
  const operands = args.filter((a) => a !== '-L' && a !== '-P' && a !== '--');
  let target = operands[0] ?? sh.vars.get('HOME') ?? '/';
  let print = false;
  if (target === '-') {
    target = sh.vars.get('OLDPWD') ?? sh.cwd;
    print = true;
  }
  const dest = resolveAgainst(sh.cwd, target);
  const loc = locate(sh.shared.tree, dest);
  const isDir = loc.status === 'in-bulk' || (loc.status === 'found' && (loc.entry.kind === 'dir' || loc.entry.kind === 'bulk'));
  if (!isDir) {
    if (sh.flavour === 'bash') {
      io.stderr.write(builtinError(sh, line, 'cd', `${target}: ${loc.status === 'found' ? 'Not a directory' : 'No such file or directory'}`));
      return 1;
    }
    const why = sh.flavour === 'ash' ? `: ${loc.status === 'found' ? 'Not a directory' : 'No such file or directory'}` : '';
    io.stderr.write(builtinError(sh, line, 'cd', `can't cd to ${target}${why}`));
    return 2;
  }
  sh.vars.set('OLDPWD', sh.cwd);
  sh.cwd = dest;
  sh.vars.set('PWD', dest);
  if (print) io.stdout.write(`${dest}\n`);
  return 0;
};

function quoteValue(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

function assignOrMark(call: BuiltinCall, mark: (name: string) => void, listPrefix: string): number {
  const { sh, args, io } = call;
  const names = args.filter((a) => a !== '-p' && a !== '--' && a !== '-n');
  if (names.length === 0) {
    for (const name of [...sh.exported].sort()) {
      const v = sh.vars.get(name);
      io.stdout.write(v === undefined ? `${listPrefix} ${name}\n` : `${listPrefix} ${name}=${quoteValue(v)}\n`);
    }
    return 0;
  }
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      io.stderr.write(builtinError(sh, call.line, call.argv[0] ?? 'export', `${name}: bad variable name`));
      return 2;
    }
    if (eq >= 0) sh.vars.set(name, arg.slice(eq + 1));
    mark(name);
  }
  return 0;
};

export const exportBuiltin: Builtin = (call) => assignOrMark(call, (n) => call.sh.exported.add(n), 'export');
export const readonlyBuiltin: Builtin = (call) => assignOrMark(call, () => undefined, 'readonly');
export const localBuiltin: Builtin = (call) => assignOrMark(call, () => undefined, 'local');

export const unset: Builtin = ({ sh, args }) => {
  let functions = false;
  for (const a of args) {
    if (a === '-f') functions = true;
    else if (a === '-v') functions = false;
    else if (functions) sh.functions.delete(a);
    else {
      sh.vars.delete(a);
      sh.exported.delete(a);
    }
  }
  return 0;
};

const LETTERS: Record<string, keyof ShellOptions> = { e: 'errexit', u: 'nounset', x: 'xtrace', f: 'noglob', a: 'allexport' };
const NAMES = new Set<string>(['errexit', 'nounset', 'xtrace', 'noglob', 'allexport', 'pipefail']);
const IGNORED_NAMES = new Set(['verbose', 'noclobber', 'monitor', 'notify', 'ignoreeof', 'vi', 'emacs', 'noexec', 'nolog', 'posix', 'errtrace', 'functrace', 'hashall', 'braceexpand', 'histexpand', 'history', 'interactive-comments', 'keyword', 'onecmd', 'physical', 'privileged']);
const IGNORED_LETTERS = new Set(['v', 'C', 'm', 'b', 'h', 'n', 'E', 'T', 'B', 'H', 'P', 'k', 't']);

function setNamed(call: BuiltinCall, name: string | undefined, on: boolean): number {
  const { sh, io, line } = call;
  if (name === undefined) {
    for (const n of [...NAMES].sort()) io.stdout.write(`${n.padEnd(16)}${sh.options[n as keyof ShellOptions] ? 'on' : 'off'}\n`);
    return 0;
  }
  const pipefailMissing = name === 'pipefail' && sh.flavour === 'dash' && sh.shared.ctx.osFamily === 'ubuntu';
  if (pipefailMissing || (!NAMES.has(name) && !IGNORED_NAMES.has(name))) {
    io.stderr.write(builtinError(sh, line, 'set', `Illegal option -o ${name}`));
    // `set` is a special builtin: its error ends a non-interactive shell (POSIX 2.8.1).
    throw new ExitSignal(2);
  }
  if (NAMES.has(name)) sh.options[name as keyof ShellOptions] = on;
  return 0;
}

export const set: Builtin = (call) => {
  const { sh, args, io } = call;
  if (args.length === 0) {
    for (const [k, v] of [...sh.vars].sort((a, b) => (a[0] < b[0] ? -1 : 1))) io.stdout.write(`${k}=${quoteValue(v)}\n`);
    return 0;
  }
  let i = 0;
  for (; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--') {
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if (a === '-' || a === '+') {
      sh.options.xtrace = false;
      continue;
    }
    if (!/^[-+]/.test(a)) break;
    const on = a.startsWith('-');
    for (const letter of a.slice(1)) {
      if (letter === 'o') {
        i += 1;
        const status = setNamed(call, args[i], on);
        if (status !== 0) return status;
        continue;
      }
      const opt = LETTERS[letter];
      if (opt !== undefined) sh.options[opt] = on;
      else if (!IGNORED_LETTERS.has(letter)) {
        call.io.stderr.write(builtinError(sh, call.line, 'set', `Illegal option ${on ? '-' : '+'}${letter}`));
        throw new ExitSignal(2);
      }
    }
  }
  if (i < args.length) sh.positional = args.slice(i);
  return 0;
};

export const shift: Builtin = ({ sh, args, io, line }) => {
  const n = args[0] === undefined ? 1 : Number(args[0]);
  if (!Number.isInteger(n) || n < 0 || n > sh.positional.length) {
    io.stderr.write(builtinError(sh, line, 'shift', `can't shift that many`));
    return 2;
  }
  sh.positional = sh.positional.slice(n);
  return 0;
};
