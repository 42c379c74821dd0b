/**
 * The shell's builtins, as dash provides them. Special builtins (POSIX 2.14) keep assignments
 * made before them. `[[` exists only in bash and BusyBox ash: dash looks it up as a program and
 * reports `[[: not found`, which is what a RUN on Debian prints.
 */
import { locate, resolveAgainst } from '../../fs';
import type { Builtin } from './builtinTypes';
import { cd, exportBuiltin, localBuiltin, readonlyBuiltin, set, shift, unset } from './builtinsVars';
import { lookupCommand } from './commandLookup';
import { echo, printf } from './echoPrintf';
import { hooks } from './hooks';
import { builtinError, notFoundMessage } from './messages';
import { ExitSignal, LoopSignal, ReturnSignal } from './state';
import { testBuiltin } from './testBuiltin';
import { osReleaseText } from './osRelease';

const ok: Builtin = () => 0;

const exit: Builtin = ({ sh, args, io, line }) => {
  const n = args[0] === undefined ? sh.lastStatus : Number(args[0]);
  if (!Number.isInteger(n) || n < 0) {
    io.stderr.write(builtinError(sh, line, 'exit', `Illegal number: ${args[0] ?? ''}`));
    throw new ExitSignal(2);
  }
  throw new ExitSignal(n & 255);
};

const returnBuiltin: Builtin = ({ sh, args }) => {
  throw new ReturnSignal(args[0] === undefined ? sh.lastStatus : Number(args[0]) & 255);
};

function loopControl(kind: 'break' | 'continue'): Builtin {
  return ({ sh, args, io, line }) => {
    const n = args[0] === undefined ? 1 : Number(args[0]);
    if (!Number.isInteger(n) || n < 1) {
      io.stderr.write(builtinError(sh, line, kind, `Illegal number: ${args[0] ?? ''}`));
      return 2;
    }
    if (sh.loopDepth === 0) return 0;
    throw new LoopSignal(kind, Math.min(n, sh.loopDepth));
  };
}

const evalBuiltin: Builtin = ({ sh, args, io, line }) => hooks.runText(sh, args.join(' '), io, { fork: false, lineBase: line });

/** `.` and `source`: read a file of the virtual filesystem and run it in this shell. */
const source: Builtin = ({ sh, argv, args, io, line }) => {
  const file = args[0];
  if (file === undefined) return 0;
  const abs = resolveAgainst(sh.cwd, file);
  const loc = locate(sh.shared.tree, abs);
  let text: string | undefined;
  if (loc.status === 'found' && loc.entry.kind === 'file') text = loc.entry.content ?? osReleaseText(sh, abs);
  else if (loc.status === 'in-bulk') text = osReleaseText(sh, abs);
  if (text === undefined) {
    if (loc.status === 'found' || loc.status === 'in-bulk') {
      sh.shared.notSimulated.push({ command: `${argv[0] ?? '.'} ${file}`, reason: 'the file\'s content is not known to the simulator' });
      return 0;
    }
    io.stderr.write(builtinError(sh, line, argv[0] ?? '.', `cannot open ${file}: No such file`));
    throw new ExitSignal(2);
  }
  const saved = sh.positional;
  if (args.length > 1) sh.positional = args.slice(1);
  try {
    return hooks.runText(sh, text, io, { fork: false });
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    if (args.length > 1) sh.positional = saved;
  }
};

/** `command -v x`, `type x`, `which x`, `hash x`: where a command would be found. */
function describe(mode: 'v' | 'V' | 'which' | 'hash'): Builtin {
  return ({ sh, args, io, line }) => {
    let status = 0;
    for (const name of args.filter((a) => !a.startsWith('-'))) {
      const found = lookupCommand(sh, name);
      if (found.kind === 'absent') {
        status = 1;
        if (mode === 'V') io.stdout.write(`${name}: not found\n`);
        if (mode === 'hash') io.stderr.write(builtinError(sh, line, 'hash', `${name}: not found`));
        continue;
      }
      if (mode === 'hash') continue;
      const what = found.kind === 'builtin' ? (mode === 'v' ? name : `${name} is a shell builtin`) : found.kind === 'function' ? (mode === 'v' ? name : `${name} is a shell function`) : mode === 'V' ? `${name} is ${found.path}` : found.path;
      if (mode === 'which' && (found.kind === 'builtin' || found.kind === 'function')) continue;
      io.stdout.write(`${what}\n`);
    }
    return status;
  };
}

const command: Builtin = (call) => {
  const { sh, args, io, line } = call;
  let i = 0;
  let mode: 'run' | 'v' | 'V' = 'run';
  for (; i < args.length && (args[i] ?? '').startsWith('-'); i += 1) {
    const a = args[i] ?? '';
    if (a === '--') {
      i += 1;
      break;
    }
    if (a.includes('v')) mode = 'v';
    if (a.includes('V')) mode = 'V';
  }
  const rest = args.slice(i);
  if (mode !== 'run') return describe(mode)({ ...call, args: rest });
  if (rest.length === 0) return 0;
  return hooks.runArgv(sh, rest, io, call.prefix, line);
};

const exec: Builtin = (call) => {
  const rest = call.args[0] === '--' ? call.args.slice(1) : call.args;
  if (rest.length === 0) return 0;
  throw new ExitSignal(hooks.runArgv(call.sh, rest, call.io, call.prefix, call.line));
};

/** `read [-r] [-p prompt] name...`: one line of standard input, split on IFS. */
const read: Builtin = ({ sh, args, io }) => {
  const names: string[] = [];
  let raw = false;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '-r') raw = true;
    else if (a === '-p' || a === '-d' || a === '-t' || a === '-n' || a === '-u') i += 1;
    else if (!a.startsWith('-')) names.push(a);
  }
  if (names.length === 0) names.push('REPLY');
  const stdin = io.stdin;
  const pos = stdin.pos ?? 0;
  if (pos >= stdin.text.length) {
    for (const n of names) sh.vars.set(n, '');
    return 1;
  }
  const nl = stdin.text.indexOf('\n', pos);
  let lineText = nl < 0 ? stdin.text.slice(pos) : stdin.text.slice(pos, nl);
  stdin.pos = nl < 0 ? stdin.text.length : nl + 1;
  if (!raw) lineText = lineText.replace(/\\(.)/g, '$1');
  const ifs = sh.vars.get('IFS') ?? ' \t\n';
  const fields: string[] = [];
  let rest = lineText.replace(new RegExp(`^[${ifs.replace(/[\]\\^-]/g, '\\$&')}]+`), '');
  for (let k = 0; k < names.length - 1 && rest !== ''; k += 1) {
    const m = new RegExp(`^([^${ifs.replace(/[\]\\^-]/g, '\\$&')}]*)[${ifs.replace(/[\]\\^-]/g, '\\$&')}]*`).exec(rest);
    fields.push(m?.[1] ?? '');
    rest = rest.slice(m?.[0].length ?? rest.length);
  }
  fields.push(rest.replace(/[ \t\n]+$/, ''));
  names.forEach((n, k) => sh.vars.set(n, fields[k] ?? ''));
  return nl < 0 ? 1 : 0;
};

const pwd: Builtin = ({ sh, io }) => {
  io.stdout.write(`${sh.cwd}\n`);
  return 0;
};

const doubleBracket: Builtin = (call) => {
  if (call.sh.flavour === 'dash') {
    call.io.stderr.write(notFoundMessage(call.sh, call.line, '[['));
    return 127;
  }
  return testBuiltin(call);
};

export const BUILTINS = new Map<string, Builtin>([
  [':', ok],
  ['true', ok],
  ['false', () => 1],
  ['exit', exit],
  ['return', returnBuiltin],
  ['break', loopControl('break')],
  ['continue', loopControl('continue')],
  ['eval', evalBuiltin],
  ['.', source],
  ['source', source],
  ['exec', exec],
  ['command', command],
  ['type', describe('V')],
  ['which', describe('which')],
  ['hash', describe('hash')],
  ['cd', cd],
  ['pwd', pwd],
  ['export', exportBuiltin],
  ['readonly', readonlyBuiltin],
  ['local', localBuiltin],
  ['declare', localBuiltin],
  ['typeset', localBuiltin],
  ['unset', unset],
  ['set', set],
  ['shift', shift],
  ['read', read],
  ['echo', echo],
  ['printf', printf],
  ['test', testBuiltin],
  ['[', testBuiltin],
  ['[[', doubleBracket],
  ['umask', ok],
  ['trap', ok],
  ['wait', ok],
  ['ulimit', ok],
  ['alias', ok],
  ['unalias', ok],
  ['shopt', ok],
  ['times', ok],
  ['getopts', () => 1],
]);

export const SPECIAL_BUILTINS = new Set([':', '.', 'source', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset']);
