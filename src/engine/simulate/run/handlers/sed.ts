/**
 * sed: the commands Dockerfiles use to patch config files, on text we have: `s///` (flags g,
 * p, I, N), `d`, `p`, `a`/`i`/`c` text, `q`, with line, `$` and `/re/` addresses and ranges,
 * `-n`, `-e`, `-E`/`-r`, and `-i` (edit in place). A file whose text we do not keep cannot be
 * edited: that use is recorded as not simulated.
 */
import { locate } from '../../../fs';
import { abs, noteEstimate, notSimulated, print, printErr, putFile } from './api';
import { compileRegex } from './regex';
import { joinLines, lines, stdinData } from './inputs';
import type { Handler } from './types';

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

interface SedCommand {
  from?: Address;
  to?: Address;
  negate: boolean;
  cmd: string;
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
}

class SedError {
  constructor(readonly message: string) {}
}

function readDelimited(s: string, i: number, delim: string): { part: string; next: number } {
  let part = '';
  let j = i;
  while (j < s.length && s[j] !== delim) {
    if (s[j] === '\\' && j + 1 < s.length) {
      part += s[j + 1] === delim ? delim : `\\${s[j + 1]}`;
      j += 2;
    } else part += s[j++];
  }
  if (j >= s.length) throw new SedError(`-e expression #1, char ${j}: unterminated \`s' command`);
  return { part, next: j + 1 };
}

function parseAddress(s: string, i: number, extended: boolean): { addr?: Address; next: number } {
  if (/\d/.test(s[i] ?? '')) {
    const m = /^\d+/.exec(s.slice(i))?.[0] ?? '0';
    return { addr: { kind: 'line', n: Number(m) }, next: i + m.length };
  }
  if (s[i] === '$') return { addr: { kind: 'last' }, next: i + 1 };
  if (s[i] === '/' || s[i] === '\\') {
    const delim = s[i] === '\\' ? (s[i + 1] ?? '/') : '/';
    const start = s[i] === '\\' ? i + 2 : i + 1;
    const { part, next } = readDelimited(s, start, delim);
    let flags = '';
    let n = next;
    if (s[n] === 'I') {
      flags = 'i';
      n += 1;
    }
    const re = compileRegex(part, extended, flags);
    if (re === null) throw new SedError(`-e expression #1, char ${n}: Invalid regex`);
    return { addr: { kind: 're', re }, next: n };
  }
  return { next: i };
}

function toReplacement(text: string): string {
  return text.replace(/\$/g, '$$$$').replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\([0-9])/g, '$$$1').replace(/(^|[^\\])&/g, '$1$$&').replace(/\\&/g, '&').replace(/\\(.)/g, '$1');
}

/** Parse a sed script into commands. */
export function parseSed(script: string, extended: boolean): SedCommand[] {
  const out: SedCommand[] = [];
  let i = 0;
  const s = script;
  while (i < s.length) {
    while (i < s.length && /[\s;]/.test(s[i] ?? '')) i += 1;
    if (i >= s.length) break;
    const a = parseAddress(s, i, extended);
    i = a.next;
    let to: Address | undefined;
    if (s[i] === ',') {
      const b = parseAddress(s, i + 1, extended);
      to = b.addr;
      i = b.next;
    }
    while (s[i] === ' ') i += 1;
    let negate = false;
    if (s[i] === '!') {
      negate = true;
      i += 1;
    }
    const cmd = s[i] ?? '';
    i += 1;
    const c: SedCommand = { negate, cmd, ...(a.addr !== undefined ? { from: a.addr } : {}), ...(to !== undefined ? { to } : {}) };
    if (cmd === 's' || cmd === 'y') {
      const delim = s[i] ?? '/';
      const pat = readDelimited(s, i + 1, delim);
      const rep = readDelimited(s, pat.next, delim);
      i = rep.next;
      const flags = /^[gpIiw0-9e]*/.exec(s.slice(i))?.[0] ?? '';
      i += flags.length;
      const re = compileRegex(pat.part, extended, `${flags.includes('g') ? 'g' : ''}${/[Ii]/.test(flags) ? 'i' : ''}`);
      if (re === null) throw new SedError(`-e expression #1, char ${i}: Invalid regex`);
      Object.assign(c, { re, replacement: toReplacement(rep.part), global: flags.includes('g'), print: flags.includes('p'), ...(/\d/.test(flags) ? { nth: Number(/\d+/.exec(flags)?.[0]) } : {}) });
    } else if (cmd === 'a' || cmd === 'i' || cmd === 'c') {
      let text = s.slice(i).replace(/^\\?\n?/, '').replace(/^\s*/, '');
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        i += s.slice(i).indexOf(text) + nl;
        text = text.slice(0, nl);
      } else i = s.length;
      c.text = text.replace(/\\$/, '');
    } else if (!'dpqPDNhHgGxl=}{'.includes(cmd)) {
      throw new SedError(`-e expression #1, char ${i}: unknown command: \`${cmd}'`);
    }
    out.push(c);
  }
  return out;
}

function matches(addr: Address, line: string, n: number, last: boolean): boolean {
  if (addr.kind === 'line') return addr.n === n;
  if (addr.kind === 'last') return last;
  addr.re.lastIndex = 0;
  return addr.re.test(line);
}

/** Run commands over text. */
export function runSed(commands: SedCommand[], text: string, quiet: boolean): string {
  const input = lines(text);
  const out: string[] = [];
  const active = commands.map(() => false);
  for (let n = 1; n <= input.length; n += 1) {
    let line = input[n - 1] ?? '';
    const last = n === input.length;
    let deleted = false;
    const after: string[] = [];
    for (let k = 0; k < commands.length && !deleted; k += 1) {
      const c = commands[k] as SedCommand;
      let hit = true;
      if (c.from !== undefined) {
        if (c.to === undefined) hit = matches(c.from, line, n, last);
        else if (active[k]) {
          hit = true;
          if (c.to.kind === 'line' ? n >= c.to.n : matches(c.to, line, n, last)) active[k] = false;
        } else if (matches(c.from, line, n, last)) {
          hit = true;
          active[k] = !(c.to.kind === 'line' && c.to.n <= n);
        } else hit = false;
      }
      if (hit === c.negate) continue;
      switch (c.cmd) {
        case 's': {
          if (c.re === undefined) break;
          c.re.lastIndex = 0;
          if (!c.re.test(line)) break;
          c.re.lastIndex = 0;
          if (c.nth !== undefined) {
            let count = 0;
            const one = new RegExp(c.re.source, c.re.flags.includes('i') ? 'i' : '');
            line = line.replace(new RegExp(c.re.source, `g${c.re.flags.includes('i') ? 'i' : ''}`), (m: string) => {
              count += 1;
              return count === c.nth ? m.replace(one, c.replacement ?? '') : m;
            });
          } else line = line.replace(c.re, c.replacement ?? '');
          if (c.print === true) out.push(line);
          break;
        }
        case 'd':
          deleted = true;
          break;
        case 'p':
          out.push(line);
          break;
        case 'a':
          after.push(c.text ?? '');
          break;
        case 'i':
          out.push(c.text ?? '');
          break;
        case 'c':
          out.push(c.text ?? '');
          deleted = true;
          break;
        case 'q':
          if (!quiet) out.push(line);
          return joinLines(out);
        default:
          break;
      }
    }
    if (!deleted && !quiet) out.push(line);
    out.push(...after);
  }
  return joinLines(out);
}

export const sedCmd: Handler = (inv) => {
  const scripts: string[] = [];
  const files: string[] = [];
  let inPlace = false;
  let quiet = false;
  let extended = false;
  for (let i = 0; i < inv.args.length; i += 1) {
    const a = inv.args[i] ?? '';
    if (a === '-e' || a === '--expression') scripts.push(inv.args[++i] ?? '');
    else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
    else if (a === '-f') return notSimulated(inv, 'sed -f scripts are not modelled');
    else if (a === '-i' || a.startsWith('-i') || a.startsWith('--in-place')) inPlace = true;
    else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
    else if (/^-[nErsu]+$/.test(a)) {
      quiet ||= a.includes('n');
      extended ||= /[Er]/.test(a);
      inPlace ||= a.includes('i');
    } else if (a === '--') continue;
    else files.push(a);
  }
  if (scripts.length === 0) scripts.push(files.shift() ?? '');
  let commands: SedCommand[];
  try {
    commands = parseSed(scripts.join('\n'), extended);
  } catch (e) {
    if (e instanceof SedError) {
      printErr(inv, `sed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (files.length === 0) {
    print(inv, runSed(commands, stdinData(inv).text, quiet));
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const path = abs(inv, f);
    const loc = locate(inv.sh.shared.tree, path);
    if (loc.status === 'in-bulk') {
      // Editing a file of a lower layer copies it up whole: the layer gets the file at its
      // (unknown) size, estimated as the bulk entry's average file size.
      const size = Math.round(loc.bulk.size / Math.max(1, loc.bulk.fileCount));
      if (inPlace) putFile(inv, path, { size, seed: `sed:${path}:${scripts.join(';')}` });
      noteEstimate(inv, `sed ${f}: its text is not known (inside ${loc.bulk.path}); ${inPlace ? `the edited copy is sized at ${size} B, the folder's average file size` : 'nothing is printed'}`);
      continue;
    }
    const e = loc.status === 'found' ? loc.entry : undefined;
    if (e === undefined) {
      printErr(inv, `sed: can't read ${f}: No such file or directory\n`);
      status = 2;
      continue;
    }
    if (e.kind !== 'file' || e.content === undefined) {
      notSimulated(inv, `the text of ${path} is not known, so it cannot be edited`);
      continue;
    }
    const result = runSed(commands, e.content, quiet);
    if (inPlace) putFile(inv, path, { content: result, mode: e.mode });
    else print(inv, result);
  }
  return status;
};
