/**
 * find (paths, -name/-iname/-path/-type/-maxdepth/-mindepth, -delete, -exec ... {} ; and +,
 * -print), xargs (-n, -I, -0, -r), ls and du. Only listed entries can be found: matches inside a
 * bulk entry's unlisted files cannot be enumerated (a -delete there is noted, not applied).
 */
import { baseName, listDir, locate, remove, totals, walk } from '../../../fs';
import type { Entry } from '../../../fs';
import { hooks } from '../hooks';
import { matchPattern } from '../shell/pattern';
import { abs, noteEstimate, parseArgs, print, printErr } from './api';
import { busybox } from './fsCommon';
import { stdinData } from './inputs';
import type { Handler } from './types';

interface FindExpr {
  tests: ((e: Entry, depth: number) => boolean)[];
  maxDepth: number;
  minDepth: number;
  del: boolean;
  exec: { argv: string[]; batch: boolean }[];
  print: boolean;
  touchesBulkContent: boolean;
}

function parseFind(args: string[]): { roots: string[]; expr: FindExpr } {
  const roots: string[] = [];
  let i = 0;
  while (i < args.length && !(args[i] ?? '').startsWith('-') && args[i] !== '(' && args[i] !== '!') roots.push(args[i++] ?? '');
  const expr: FindExpr = { tests: [], maxDepth: Infinity, minDepth: 0, del: false, exec: [], print: false, touchesBulkContent: false };
  let negate = false;
  for (; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const next = (): string => args[++i] ?? '';
    const add = (t: (e: Entry, d: number) => boolean): void => {
      const neg = negate;
      expr.tests.push(neg ? (e, d) => !t(e, d) : t);
      negate = false;
    };
    switch (a) {
      case '!':
      case '-not':
        negate = true;
        break;
      case '-name': {
        const pat = next();
        add((e) => matchPattern(pat, baseName(e.path)));
        expr.touchesBulkContent = true;
        break;
      }
      case '-iname': {
        const pat = next().toLowerCase();
        add((e) => matchPattern(pat, baseName(e.path).toLowerCase()));
        expr.touchesBulkContent = true;
        break;
      }
      case '-path':
      case '-wholename': {
        const pat = next();
        add((e) => matchPattern(pat, e.path));
        break;
      }
      case '-type': {
        const t = next();
        add((e) => (t === 'f' ? e.kind === 'file' : t === 'd' ? e.kind === 'dir' || e.kind === 'bulk' : t === 'l' ? e.kind === 'symlink' : false));
        break;
      }
      case '-maxdepth':
        expr.maxDepth = Number(next());
        break;
      case '-mindepth':
        expr.minDepth = Number(next());
        break;
      case '-delete':
        expr.del = true;
        break;
      case '-print':
      case '-print0':
        expr.print = true;
        break;
      case '-exec':
      case '-execdir': {
        const argv: string[] = [];
        let batch = false;
        for (i += 1; i < args.length; i += 1) {
          const w = args[i] ?? '';
          if (w === ';') break;
          if (w === '+' && argv[argv.length - 1] === '{}') {
            batch = true;
            break;
          }
          argv.push(w);
        }
        expr.exec.push({ argv, batch });
        break;
      }
      case '-size':
      case '-perm':
      case '-user':
      case '-group':
      case '-newer':
      case '-mtime':
      case '-mmin':
      case '-regex':
      case '-links':
        next();
        break;
      default:
        break;
    }
  }
  return { roots: roots.length === 0 ? ['.'] : roots, expr };
}

export const findCmd: Handler = (inv) => {
  const { roots, expr } = parseFind(inv.args.filter((a) => a !== '-L' && a !== '-H' && a !== '-P' && a !== '-xdev' && a !== '-mount' && a !== '-depth'));
  let status = 0;
  const matched: string[] = [];
  for (const root of roots) {
    const rootPath = abs(inv, root);
    const loc = locate(inv.sh.shared.tree, rootPath);
    if (loc.status !== 'found') {
      if (loc.status !== 'in-bulk') {
        printErr(inv, `find: '${root}': No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    const shown = (p: string): string => (root.endsWith('/') ? root.slice(0, -1) : root) + p.slice(loc.entry.path === '/' ? 0 : loc.entry.path.length);
    const candidates: [Entry, number][] = [[loc.entry, 0]];
    let sawBulk = loc.entry.kind === 'bulk';
    for (const e of walk(inv.sh.shared.tree, loc.entry.path)) {
      const depth = e.path.slice(loc.entry.path.length).split('/').filter((x) => x !== '').length;
      if (depth <= expr.maxDepth) candidates.push([e, depth]);
      if (e.kind === 'bulk') sawBulk = true;
    }
    for (const [e, depth] of candidates) {
      if (depth < expr.minDepth || depth > expr.maxDepth) continue;
      if (expr.tests.every((t) => t(e, depth))) matched.push(shown(e.path) || root);
    }
    if (sawBulk && expr.touchesBulkContent && (expr.del || expr.exec.length > 0)) {
      noteEstimate(inv, `find ${root}: matching files inside bulk entries (trees not listed file by file) cannot be enumerated; only listed files were acted on`);
    }
  }
  for (const m of matched) {
    if (expr.del) {
      const r = remove(inv.sh.shared.tree, abs(inv, m), { recursive: true, force: true });
      if (r.ok) inv.sh.shared.tree = r.tree;
    }
  }
  for (const ex of expr.exec) {
    if (ex.batch && matched.length > 0) {
      const argv = ex.argv.flatMap((w) => (w === '{}' ? matched : [w]));
      if (hooks.runArgv(inv.sh, argv, inv.io, new Map(), inv.line) !== 0) status = 1;
    } else if (!ex.batch) {
      for (const m of matched) {
        const argv = ex.argv.map((w) => w.split('{}').join(m));
        hooks.runArgv(inv.sh, argv, inv.io, new Map(), inv.line);
      }
    }
  }
  if (expr.print || (!expr.del && expr.exec.length === 0)) for (const m of matched) print(inv, `${m}\n`);
  return status;
};

export const xargsCmd: Handler = (inv) => {
  const opts = new Map<string, string>();
  let k = 0;
  for (; k < inv.args.length; k += 1) {
    const a = inv.args[k] ?? '';
    if (a === '--') {
      k += 1;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const m = /^-([nIdPLsaE])(.*)$/.exec(a);
    if (m !== null) opts.set(m[1] ?? '', (m[2] ?? '') !== '' ? (m[2] ?? '') : (inv.args[++k] ?? ''));
    else if (a.startsWith('--')) opts.set(a.slice(2).split('=')[0] ?? '', a.split('=')[1] ?? '');
    else for (const f of a.slice(1)) opts.set(f, '');
  }
  const command = k < inv.args.length ? inv.args.slice(k) : ['echo'];
  const input = stdinData(inv).text;
  const sep = opts.has('0') || opts.has('null') ? '\0' : opts.get('d')?.replace('\\n', '\n');
  const items = (sep !== undefined ? input.split(sep) : input.split(/\s+/)).filter((x) => x !== '');
  if (items.length === 0 && (opts.has('r') || opts.has('no-run-if-empty'))) return 0;
  const replace = opts.get('I');
  const per = replace !== undefined ? 1 : Number(opts.get('n') ?? opts.get('L') ?? items.length) || items.length || 1;
  let status = 0;
  for (let i = 0; i < Math.max(items.length, 1); i += per) {
    const batch = items.slice(i, i + per);
    const argv = replace !== undefined ? command.map((w) => w.split(replace).join(batch[0] ?? '')) : [...command, ...batch];
    const st = hooks.runArgv(inv.sh, argv, inv.io, new Map(), inv.line);
    if (st !== 0) status = st === 255 ? 124 : 123;
  }
  return status;
};

function human(bytes: number): string {
  const units = ['', 'K', 'M', 'G', 'T'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return u === 0 ? String(v) : `${v < 10 ? v.toFixed(1) : Math.round(v)}${units[u]}`;
}

export const lsCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['I', 'color']);
  const long = p.flags.has('l');
  const all = p.flags.has('a') || p.flags.has('A');
  let status = 0;
  for (const operand of p.operands.length === 0 ? ['.'] : p.operands) {
    const path = abs(inv, operand);
    const loc = locate(inv.sh.shared.tree, path);
    if (loc.status !== 'found') {
      if (loc.status === 'in-bulk') continue;
      printErr(inv, busybox(inv) ? `ls: ${operand}: No such file or directory\n` : `ls: cannot access '${operand}': No such file or directory\n`);
      status = 2;
      continue;
    }
    const entries = loc.entry.kind === 'dir' || loc.entry.kind === 'bulk' ? (listDir(inv.sh.shared.tree, path) ?? []) : [loc.entry];
    if (p.operands.length > 1) print(inv, `${operand}:\n`);
    for (const e of entries) {
      const name = loc.entry.kind === 'dir' || loc.entry.kind === 'bulk' ? baseName(e.path) : operand;
      if (!all && name.startsWith('.')) continue;
      if (!long) print(inv, `${name}\n`);
      else {
        const type = e.kind === 'file' ? '-' : e.kind === 'symlink' ? 'l' : 'd';
        const perms = [6, 3, 0].map((s) => ['r', 'w', 'x'].map((c, i) => ((e.mode >> (s + 2 - i)) & 1 ? c : '-')).join('')).join('');
        print(inv, `${type}${perms} 1 ${e.uid} ${e.gid} ${p.flags.has('h') ? human(e.size) : e.size} ${name}${e.kind === 'symlink' ? ` -> ${e.target}` : ''}\n`);
      }
    }
    if (loc.entry.kind === 'bulk') print(inv, `(${loc.entry.fileCount} more files not listed one by one)\n`);
  }
  return status;
};

export const duCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['d', 'max-depth']);
  let status = 0;
  for (const operand of p.operands.length === 0 ? ['.'] : p.operands) {
    const t = totals(inv.sh.shared.tree, abs(inv, operand));
    if (t === undefined) {
      printErr(inv, `du: cannot access '${operand}': No such file or directory\n`);
      status = 1;
      continue;
    }
    const size = p.flags.has('h') ? human(t.size) : p.flags.has('b') ? String(t.size) : String(Math.ceil(t.size / 1024));
    print(inv, `${size}\t${operand}\n`);
  }
  return status;
};
