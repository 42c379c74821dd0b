/**
 * Text filters on files and pipes: cat, head, tail, wc, sort, uniq, tr, cut, tee, and the
 * checksum tools (which print the digest of the content we have and accept `-c` lists, since
 * simulated downloads are by definition the expected bytes).
 */
import { getEntry, sha256Hex, utf8Length } from '../../../fs';
import { abs, parseArgs, print, printErr, putFile } from './api';
import { joinLines, lines, readInputs, stdinData } from './inputs';
import type { Handler } from './types';

export const catCmd: Handler = (inv) => {
  const operands = inv.args.filter((a) => !/^-[AbeEnstTuv]+$/.test(a));
  const { inputs, failed } = readInputs(inv, operands);
  for (const i of inputs) {
    if (i.text !== '') print(inv, i.text);
    if (i.opaque !== undefined) inv.io.stdout.writeOpaque(i.opaque.size, i.opaque.seed);
  }
  return failed ? 1 : 0;
};

function countOption(args: string[], letter: string, fallback: number): { n: number; rest: string[]; fromStart: boolean } {
  let n = fallback;
  let fromStart = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const m = new RegExp(`^-${letter}(.*)$`).exec(a);
    if (m !== null || a === `--lines` || /^--lines=/.test(a)) {
      const v = m !== null && (m[1] ?? '') !== '' ? (m[1] ?? '') : a.startsWith('--lines=') ? a.slice(8) : (args[++i] ?? '');
      fromStart = v.startsWith('+');
      n = Math.abs(Number(v.replace(/^[+-]/, ''))) || 0;
    } else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a === '-f' || a === '-q' || a === '-F') continue;
    else rest.push(a);
  }
  return { n, rest, fromStart };
}

export const headCmd: Handler = (inv) => {
  const { n, rest } = countOption(inv.args, 'n', 10);
  const { inputs, failed } = readInputs(inv, rest);
  for (const i of inputs) print(inv, joinLines(lines(i.text).slice(0, n)));
  return failed ? 1 : 0;
};

export const tailCmd: Handler = (inv) => {
  const { n, rest, fromStart } = countOption(inv.args, 'n', 10);
  const { inputs, failed } = readInputs(inv, rest);
  for (const i of inputs) {
    const all = lines(i.text);
    print(inv, joinLines(fromStart ? all.slice(Math.max(0, n - 1)) : all.slice(Math.max(0, all.length - n))));
  }
  return failed ? 1 : 0;
};

export const wcCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const { inputs, failed } = readInputs(inv, p.operands);
  const show = { l: p.flags.has('l'), w: p.flags.has('w'), c: p.flags.has('c') || p.flags.has('m') };
  const all = !show.l && !show.w && !show.c;
  for (const i of inputs) {
    const bytes = utf8Length(i.text) + (i.opaque?.size ?? 0);
    const parts: number[] = [];
    if (all || show.l) parts.push((i.text.match(/\n/g) ?? []).length);
    if (all || show.w) parts.push(i.text.split(/\s+/).filter((w) => w !== '').length);
    if (all || show.c) parts.push(bytes);
    print(inv, `${parts.join(' ')}${p.operands.length > 0 ? ` ${i.name}` : ''}\n`);
  }
  return failed ? 1 : 0;
};

export const sortCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['k', 't', 'o']);
  const { inputs, failed } = readInputs(inv, p.operands);
  let all = inputs.flatMap((i) => lines(i.text));
  const numeric = p.flags.has('n') || p.flags.has('V') || p.flags.has('g');
  all.sort((a, b) => (numeric ? parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0));
  if (p.flags.has('r')) all.reverse();
  if (p.flags.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
  print(inv, joinLines(all));
  return failed ? 2 : 0;
};

export const uniqCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const { inputs } = readInputs(inv, p.operands.slice(0, 1));
  const all = inputs.flatMap((i) => lines(i.text));
  print(inv, joinLines(all.filter((l, i) => i === 0 || l !== all[i - 1])));
  return 0;
};

function expandSet(set: string): string {
  const classes: Record<string, string> = { '[:lower:]': 'abcdefghijklmnopqrstuvwxyz', '[:upper:]': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '[:digit:]': '0123456789', '[:space:]': ' \t\n\r\f\v', '[:alpha:]': 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' };
  let s = set;
  for (const [k, v] of Object.entries(classes)) s = s.split(k).join(v);
  s = s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r');
  return s.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let out = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c += 1) out += String.fromCharCode(c);
    return out;
  });
}

export const trCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const data = stdinData(inv);
  const from = expandSet(p.operands[0] ?? '');
  const to = expandSet(p.operands[1] ?? '');
  let out = '';
  if (p.flags.has('d')) out = [...data.text].filter((c) => !from.includes(c)).join('');
  else {
    for (const c of data.text) {
      const i = from.indexOf(c);
      out += i < 0 ? c : (to[Math.min(i, to.length - 1)] ?? c);
    }
    if (p.flags.has('s')) out = out.replace(/(.)\1+/g, (m, c: string) => (to.includes(c) || from.includes(c) ? c : m));
  }
  print(inv, out);
  return 0;
};

export const cutCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['d', 'f', 'c', 'b']);
  const delim = p.values.get('d')?.[0] ?? '\t';
  const fieldSpec = p.values.get('f')?.[0];
  const charSpec = p.values.get('c')?.[0] ?? p.values.get('b')?.[0];
  const picks = (spec: string, n: number): number[] => {
    const out: number[] = [];
    for (const part of spec.split(',')) {
      const [a, b] = part.split('-');
      const lo = a === '' || a === undefined ? 1 : Number(a);
      const hi = b === undefined ? lo : b === '' ? n : Number(b);
      for (let i = lo; i <= Math.min(hi, n); i += 1) out.push(i);
    }
    return out;
  };
  const { inputs, failed } = readInputs(inv, p.operands);
  for (const line of inputs.flatMap((i) => lines(i.text))) {
    if (fieldSpec !== undefined) {
      const fields = line.split(delim);
      print(inv, fields.length === 1 ? `${line}\n` : `${picks(fieldSpec, fields.length).map((i) => fields[i - 1] ?? '').join(delim)}\n`);
    } else if (charSpec !== undefined) print(inv, `${picks(charSpec, line.length).map((i) => line[i - 1] ?? '').join('')}\n`);
  }
  return failed ? 1 : 0;
};

export const teeCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const data = stdinData(inv);
  const append = p.flags.has('a') || p.flags.has('append');
  let status = 0;
  for (const f of p.operands) {
    const path = abs(inv, f);
    if (path === '/dev/null') continue;
    const existing = getEntry(inv.sh.shared.tree, path);
    const before = append && existing?.kind === 'file' ? (existing.content ?? '') : '';
    const spec = data.opaque !== undefined ? { size: utf8Length(before + data.text) + data.opaque.size, seed: data.opaque.seed } : { content: before + data.text };
    if (!putFile(inv, path, spec).ok) {
      printErr(inv, `tee: ${f}: No such file or directory\n`);
      status = 1;
    }
  }
  print(inv, data.text);
  return status;
};

/** sha256sum, md5sum, sha512sum, sha1sum: digests of the content we have; `-c` checks pass. */
export const checksumCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  if (p.flags.has('c') || p.flags.has('check')) {
    const { inputs } = readInputs(inv, p.operands);
    for (const line of inputs.flatMap((i) => lines(i.text))) {
      const file = line.trim().split(/\s+\*?/)[1];
      if (file !== undefined && !p.flags.has('status') && !p.flags.has('quiet')) print(inv, `${file}: OK\n`);
    }
    return 0;
  }
  const { inputs, failed } = readInputs(inv, p.operands);
  for (const i of inputs) {
    const hex = sha256Hex(`${inv.name}\u0000${i.text}\u0000${i.opaque?.seed ?? ''}`);
    const len = inv.name.startsWith('md5') ? 32 : inv.name.startsWith('sha1') ? 40 : inv.name.startsWith('sha512') ? 128 : 64;
    print(inv, `${(hex + hex).slice(0, len)}  ${i.name === '(standard input)' ? '-' : i.name}\n`);
  }
  return failed ? 1 : 0;
};
