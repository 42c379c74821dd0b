/**
 * Small programs with fixed, deterministic answers (date from the step's mtime, 4 CPUs, an
 * x86_64 Linux kernel), path helpers, and wrappers that run another command (env, nohup,
 * timeout, time, sudo, gosu/su-exec, tini). Commands that only touch things outside the image
 * (sleep, sync, ldconfig's cache aside) succeed and change nothing.
 */
import { getEntry, mkdir, normalizePath, parentPath, resolveAgainst } from '../../../fs';
import { fileAttrs } from '../fileAttrs';
import { hooks } from '../hooks';
import { readGroups, readPasswd } from '../users';
import { abs, addTime, parseArgs, print, printErr } from './api';
import type { Handler, Invocation } from './types';

/** Simulated CPU count (estimate: a typical 4-vCPU CI runner). */
export const SIMULATED_NPROC = 4;

export const ok: Handler = () => 0;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export const dateCmd: Handler = (inv) => {
  const d = new Date(inv.sh.shared.ctx.mtime * 1000);
  const fmt = inv.args.find((a) => a.startsWith('+'));
  const map: Record<string, string> = {
    Y: String(d.getUTCFullYear()), m: pad(d.getUTCMonth() + 1), d: pad(d.getUTCDate()), H: pad(d.getUTCHours()), M: pad(d.getUTCMinutes()),
    S: pad(d.getUTCSeconds()), s: String(Math.floor(inv.sh.shared.ctx.mtime)), y: pad(d.getUTCFullYear() % 100), j: pad(1, 3), Z: 'UTC', z: '+0000', N: '000000000',
  };
  map.F = `${map.Y}-${map.m}-${map.d}`;
  map.T = `${map.H}:${map.M}:${map.S}`;
  const out = fmt === undefined ? d.toUTCString().replace('GMT', 'UTC') : fmt.slice(1).replace(/%([a-zA-Z%])/g, (_m, c: string) => (c === '%' ? '%' : (map[c] ?? '')));
  print(inv, `${out}\n`);
  return 0;
};

export const nprocCmd: Handler = (inv) => {
  print(inv, `${SIMULATED_NPROC}\n`);
  return 0;
};

export const unameCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const parts: string[] = [];
  if (p.flags.has('a') || p.flags.has('s') || p.flags.size === 0) parts.push('Linux');
  if (p.flags.has('a') || p.flags.has('n')) parts.push('buildkitsandbox');
  if (p.flags.has('a') || p.flags.has('r')) parts.push('6.8.0');
  if (p.flags.has('a') || p.flags.has('m') || p.flags.has('p') || p.flags.has('i')) parts.push('x86_64');
  if (p.flags.has('a') || p.flags.has('o')) parts.push('GNU/Linux');
  print(inv, `${parts.join(' ')}\n`);
  return 0;
};

function userName(inv: Invocation): string {
  const { uid } = inv.sh.shared.owner;
  return readPasswd(inv.sh.shared.tree).find((p) => p.uid === uid)?.name ?? String(uid);
}

export const whoamiCmd: Handler = (inv) => {
  print(inv, `${userName(inv)}\n`);
  return 0;
};

export const idCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const { uid, gid } = inv.sh.shared.owner;
  const group = readGroups(inv.sh.shared.tree).find((g) => g.gid === gid)?.name ?? String(gid);
  const name = userName(inv);
  if (p.flags.has('u')) print(inv, `${p.flags.has('n') ? name : uid}\n`);
  else if (p.flags.has('g') || p.flags.has('G')) print(inv, `${p.flags.has('n') ? group : gid}\n`);
  else print(inv, `uid=${uid}(${name}) gid=${gid}(${group}) groups=${gid}(${group})\n`);
  return 0;
};

export const hostnameCmd: Handler = (inv) => {
  print(inv, 'buildkitsandbox\n');
  return 0;
};

export const basenameCmd: Handler = (inv) => {
  const [path = '', suffix] = inv.args.filter((a) => !a.startsWith('-'));
  let b = path.replace(/\/+$/, '').split('/').pop() ?? '';
  if (suffix !== undefined && b.endsWith(suffix) && b !== suffix) b = b.slice(0, -suffix.length);
  print(inv, `${b || '/'}\n`);
  return 0;
};

export const dirnameCmd: Handler = (inv) => {
  for (const path of inv.args.filter((a) => !a.startsWith('-'))) {
    const trimmed = path.replace(/\/+$/, '');
    const i = trimmed.lastIndexOf('/');
    print(inv, `${i < 0 ? '.' : i === 0 ? '/' : trimmed.slice(0, i)}\n`);
  }
  return 0;
};

export const realpathCmd: Handler = (inv) => {
  for (const path of inv.args.filter((a) => !a.startsWith('-'))) {
    const e = getEntry(inv.sh.shared.tree, abs(inv, path));
    print(inv, `${e?.path ?? normalizePath(abs(inv, path))}\n`);
  }
  return 0;
};

export const readlinkCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const path = p.operands[0] ?? '';
  if (p.flags.has('f') || p.flags.has('e') || p.flags.has('m')) return realpathCmd({ ...inv, args: [path] });
  const e = getEntry(inv.sh.shared.tree, abs(inv, path), { follow: false });
  if (e?.kind !== 'symlink') return 1;
  print(inv, `${e.target}\n`);
  return 0;
};

export const mktempCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['p', 'tmpdir', 't', 'suffix']);
  const tempCounter = inv.sh.shared.commandsRun;
  const template = p.operands[0] ?? 'tmp.XXXXXXXXXX';
  const name = template.replace(/X+$/, (x) => `${inv.sh.shared.ctx.line}${tempCounter}`.padStart(x.length, 'a').slice(-x.length));
  const dir = p.values.get('p')?.[0] ?? p.values.get('tmpdir')?.[0] ?? '/tmp';
  const path = name.startsWith('/') ? name : resolveAgainst(dir, name);
  const tree = inv.sh.shared.tree;
  const r = p.flags.has('d') ? mkdir(tree, path, { ...fileAttrs(inv.sh), mode: 0o700 }) : mkdir(tree, parentPath(path), { parents: true });
  if (r.ok) inv.sh.shared.tree = r.tree;
  if (!p.flags.has('d')) {
    const w = hooks.runArgv(inv.sh, ['touch', path], inv.io, new Map(), inv.line);
    void w;
  }
  print(inv, `${path}\n`);
  return 0;
};

export const envCmd: Handler = (inv) => {
  const env = new Map<string, string>();
  let i = 0;
  let clear = false;
  for (; i < inv.args.length; i += 1) {
    const a = inv.args[i] ?? '';
    if (a === '-i' || a === '-' || a === '--ignore-environment') clear = true;
    else if (a === '-u') env.set(inv.args[++i] ?? '', '');
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) env.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else break;
  }
  const rest = inv.args.slice(i);
  if (rest.length === 0) {
    const all = clear ? env : new Map([...inv.env, ...env]);
    for (const [k, v] of all) print(inv, `${k}=${v}\n`);
    return 0;
  }
  return hooks.runArgv(inv.sh, rest, inv.io, env, inv.line);
};

export const printenvCmd: Handler = (inv) => {
  if (inv.args.length === 0) {
    for (const [k, v] of inv.env) print(inv, `${k}=${v}\n`);
    return 0;
  }
  let status = 0;
  for (const name of inv.args) {
    const v = inv.env.get(name);
    if (v === undefined) status = 1;
    else print(inv, `${v}\n`);
  }
  return status;
};

export const seqCmd: Handler = (inv) => {
  const nums = inv.args.filter((a) => /^-?\d+$/.test(a)).map(Number);
  const [a, b, c] = nums.length === 1 ? [1, 1, nums[0] ?? 1] : nums.length === 2 ? [nums[0] ?? 1, 1, nums[1] ?? 1] : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
  const out: number[] = [];
  for (let x = a; b > 0 ? x <= c : x >= c; x += b) {
    out.push(x);
    if (out.length > 10_000) break;
  }
  print(inv, out.map((x) => `${x}\n`).join(''));
  return 0;
};

/** Wrappers that run the rest of their arguments: `nohup cmd`, `timeout 10 cmd`, `gosu user cmd`. */
export function wrapper(skip: (args: string[]) => number): Handler {
  return (inv) => {
    const n = skip(inv.args);
    const rest = inv.args.slice(n);
    if (rest.length === 0) return 0;
    return hooks.runArgv(inv.sh, rest, inv.io, new Map(), inv.line);
  };
}

/** Skip leading options (and, for some, one operand such as a duration or a user). */
export function skipOptions(operands = 0, withValue: string[] = []): (args: string[]) => number {
  return (args) => {
    let i = 0;
    while (i < args.length && (args[i] ?? '').startsWith('-')) {
      if (withValue.includes(args[i] ?? '')) i += 1;
      i += 1;
    }
    return i + operands;
  };
}

export const falseCmd: Handler = () => 1;

export const sleepCmd: Handler = (inv) => {
  const text = inv.args[0] ?? '0';
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text);
  if (m === null) {
    printErr(inv, `sleep: invalid time interval '${text}'\n`);
    return 1;
  }
  const secs = Number(m[1]) * ({ s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? 's'] ?? 1);
  addTime(inv, Math.min(secs, 3600) * 1000, 'sleep');
  return 0;
};
