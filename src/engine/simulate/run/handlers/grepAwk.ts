/**
 * grep (-q -v -i -E -F -c -n -o -w -x -l -e, several files) and a small awk: `-F sep`, a
 * `/re/` or `NR==n` pattern, and `{print ...}` of fields, `$0`, `NF`, `NR` and strings. Text we do
 * not know (a binary, a file in a bulk entry) is assumed to match, the usual intent of a check.
 */
import { notSimulated, parseArgs, print, printErr } from './api';
import { compileRegex } from './regex';
import { lines, readInputs } from './inputs';
import type { Handler } from './types';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const grepCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['e', 'f', 'm', 'A', 'B', 'C', 'regexp', 'max-count', 'include', 'exclude']);
  const patterns = [...(p.values.get('e') ?? []), ...(p.values.get('regexp') ?? [])];
  const operands = [...p.operands];
  if (patterns.length === 0) {
    const first = operands.shift();
    if (first === undefined) {
      printErr(inv, 'Usage: grep [OPTION]... PATTERNS [FILE]...\n');
      return 2;
    }
    patterns.push(...first.split('\n'));
  }
  const extended = inv.name === 'egrep' || p.flags.has('E') || p.flags.has('extended-regexp') || p.flags.has('P');
  const fixed = inv.name === 'fgrep' || p.flags.has('F') || p.flags.has('fixed-strings');
  const flags = p.flags.has('i') || p.flags.has('ignore-case') ? 'i' : '';
  const sources = patterns.map((pt) => (fixed ? escapeRe(pt) : null) ?? pt);
  let body = sources.map((s) => (fixed ? s : compileRegex(s, extended)?.source ?? escapeRe(s))).join('|');
  if (p.flags.has('w')) body = `\\b(?:${body})\\b`;
  if (p.flags.has('x')) body = `^(?:${body})$`;
  let re: RegExp;
  try {
    re = new RegExp(body, flags);
  } catch {
    printErr(inv, 'grep: Invalid regular expression\n');
    return 2;
  }
  const invert = p.flags.has('v') || p.flags.has('invert-match');
  const quiet = p.flags.has('q') || p.flags.has('quiet') || p.flags.has('silent');
  const { inputs, failed } = readInputs(inv, operands);
  let found = false;
  const multi = inputs.length > 1;
  for (const input of inputs) {
    if (input.opaque !== undefined && input.text === '') {
      found = true;
      continue;
    }
    let count = 0;
    lines(input.text).forEach((line, idx) => {
      if (re.test(line) === invert) return;
      count += 1;
      found = true;
      if (quiet || p.flags.has('c') || p.flags.has('l')) return;
      const prefix = `${multi ? `${input.name}:` : ''}${p.flags.has('n') ? `${idx + 1}:` : ''}`;
      if (p.flags.has('o') && !invert) {
        for (const m of line.match(new RegExp(re.source, `g${flags}`)) ?? []) print(inv, `${prefix}${m}\n`);
      } else print(inv, `${prefix}${line}\n`);
    });
    if (!quiet && p.flags.has('c')) print(inv, `${multi ? `${input.name}:` : ''}${count}\n`);
    if (!quiet && p.flags.has('l') && count > 0) print(inv, `${input.name}\n`);
  }
  if (failed && !p.flags.has('s')) return 2;
  return found ? 0 : 1;
};

interface AwkProgram {
  begin: string[];
  main: { pattern: ((line: string, nr: number, fields: string[]) => boolean) | null; actions: string[] }[];
  end: string[];
}

function parseAwk(src: string): AwkProgram | null {
  const prog: AwkProgram = { begin: [], main: [], end: [] };
  const re = /\s*(BEGIN|END|\/((?:\\.|[^/])*)\/|NR\s*==\s*(\d+)|\$(\d+)\s*==\s*"([^"]*)")?\s*\{([^}]*)\}\s*;?/y;
  let i = 0;
  while (i < src.trim().length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (m === null) return null;
    i = re.lastIndex;
    const actions = (m[6] ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '');
    if (m[1] === 'BEGIN') prog.begin.push(...actions);
    else if (m[1] === 'END') prog.end.push(...actions);
    else if (m[2] !== undefined) {
      const rx = compileRegex(m[2], true);
      prog.main.push({ pattern: (line) => rx?.test(line) ?? false, actions });
    } else if (m[3] !== undefined) {
      const n = Number(m[3]);
      prog.main.push({ pattern: (_l, nr) => nr === n, actions });
    } else if (m[4] !== undefined) {
      const k = Number(m[4]);
      const v = m[5] ?? '';
      prog.main.push({ pattern: (_l, _nr, f) => f[k - 1] === v, actions });
    } else prog.main.push({ pattern: null, actions });
    if (src.slice(i).trim() === '') break;
  }
  return prog;
}

function evalPrint(action: string, line: string, fields: string[], nr: number, ofs: string): string | null {
  const m = /^print(?:\s+(.*))?$/.exec(action);
  if (m === null) return null;
  const args = m[1];
  if (args === undefined || args.trim() === '') return line;
  const parts = args.split(/\s*,\s*/);
  return parts
    .map((part) =>
      part
        .split(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/)
        .map((tok) => {
          if (/^".*"$/.test(tok)) return tok.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t');
          if (tok === '$0') return line;
          if (tok === 'NF') return String(fields.length);
          if (tok === 'NR') return String(nr);
          if (tok === '$NF') return fields[fields.length - 1] ?? '';
          const f = /^\$(\d+)$/.exec(tok);
          if (f !== null) return fields[Number(f[1]) - 1] ?? '';
          return tok;
        })
        .join(''),
    )
    .join(ofs);
}

export const awkCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['F', 'v', 'f']);
  if (p.values.has('f')) return notSimulated(inv, 'awk program files are not modelled');
  const [source, ...files] = p.operands;
  const prog = parseAwk(source ?? '');
  if (prog === null) return notSimulated(inv, 'this awk program is beyond the simulator\'s small awk');
  const sep = p.values.get('F')?.[0];
  const split = (line: string): string[] => (sep === undefined || sep === ' ' ? line.trim().split(/\s+/).filter((x) => x !== '') : line.split(sep.length === 1 ? sep : new RegExp(sep)));
  const run = (actions: string[], line: string, fields: string[], nr: number): boolean => {
    for (const a of actions) {
      const out = evalPrint(a, line, fields, nr, ' ');
      if (out === null) return false;
      print(inv, `${out}\n`);
    }
    return true;
  };
  const { inputs, failed } = readInputs(inv, files);
  let nr = 0;
  if (!run(prog.begin, '', [], 0)) return notSimulated(inv, 'this awk program is beyond the simulator\'s small awk');
  for (const line of inputs.flatMap((i) => lines(i.text))) {
    nr += 1;
    const fields = split(line);
    for (const rule of prog.main) {
      if (rule.pattern !== null && !rule.pattern(line, nr, fields)) continue;
      if (!run(rule.actions.length === 0 ? ['print'] : rule.actions, line, fields, nr)) return notSimulated(inv, 'this awk program is beyond the simulator\'s small awk');
    }
  }
  run(prog.end, '', [], nr);
  return failed ? 2 : 0;
};
