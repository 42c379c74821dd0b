/**
 * `test`, `[` and bash's `[[`: POSIX's operators (file tests against the virtual filesystem,
 * string and integer comparisons, `!`, `-a`, `-o`, parentheses), with dash's errors
 * (`[: missing ]`, `[: Illegal number: x`, status 2). A path inside a bulk entry's unlisted
 * content cannot be checked; it counts as present (the usual reason to test for it).
 */
import { locate, resolveAgainst } from '../../fs';
import type { Builtin } from './builtinTypes';
import { matchPattern } from './shell/pattern';
import { builtinError } from './messages';
import type { Shell } from './state';

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-n', '-z', '-b', '-c', '-p', '-S', '-g', '-u', '-k', '-O', '-G', '-t', '-a', '-v']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '<', '>', '=~']);

function integer(sh: Shell, s: string): bigint {
  const t = s.trim();
  if (!/^[+-]?\d+$/.test(t)) throw new TestError(sh.flavour === 'bash' ? `${s}: integer expression expected` : `Illegal number: ${s}`);
  return BigInt(t);
}

function fileTest(sh: Shell, op: string, path: string): boolean {
  if (op === '-t') return false;
  const abs = resolveAgainst(sh.cwd, path);
  const loc = locate(sh.shared.tree, abs, { follow: op !== '-L' && op !== '-h' });
  if (loc.status === 'in-bulk') return op !== '-L' && op !== '-h' && op !== '-b' && op !== '-c' && op !== '-p' && op !== '-S';
  if (loc.status !== 'found' || path === '') return false;
  const e = loc.entry;
  const isDir = e.kind === 'dir' || e.kind === 'bulk';
  switch (op) {
    case '-e':
    case '-a':
    case '-r':
    case '-w':
      return true;
    case '-f':
      return e.kind === 'file';
    case '-d':
      return isDir;
    case '-s':
      return e.kind === 'file' ? e.size > 0 : true;
    case '-x':
      return isDir || (e.mode & 0o111) !== 0;
    case '-L':
    case '-h':
      return e.kind === 'symlink';
    case '-g':
      return (e.mode & 0o2000) !== 0;
    case '-u':
      return (e.mode & 0o4000) !== 0;
    case '-k':
      return (e.mode & 0o1000) !== 0;
    case '-O':
      return e.uid === sh.shared.owner.uid;
    case '-G':
      return e.gid === sh.shared.owner.gid;
    default:
      return false;
  }
}

function binary(sh: Shell, a: string, op: string, b: string, extended: boolean): boolean {
  switch (op) {
    case '=':
    case '==':
      return extended ? matchPattern(b, a) : a === b;
    case '!=':
      return extended ? !matchPattern(b, a) : a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '=~':
      try {
        return new RegExp(b).test(a);
      } catch {
        return false;
      }
    case '-eq':
      return integer(sh, a) === integer(sh, b);
    case '-ne':
      return integer(sh, a) !== integer(sh, b);
    case '-lt':
      return integer(sh, a) < integer(sh, b);
    case '-le':
      return integer(sh, a) <= integer(sh, b);
    case '-gt':
      return integer(sh, a) > integer(sh, b);
    case '-ge':
      return integer(sh, a) >= integer(sh, b);
    case '-nt':
    case '-ot': {
      const ea = locate(sh.shared.tree, resolveAgainst(sh.cwd, a));
      const eb = locate(sh.shared.tree, resolveAgainst(sh.cwd, b));
      const ma = ea.status === 'found' ? ea.entry.mtime : -1;
      const mb = eb.status === 'found' ? eb.entry.mtime : -1;
      return op === '-nt' ? ma > mb : ma < mb;
    }
    default: {
      const ea = locate(sh.shared.tree, resolveAgainst(sh.cwd, a));
      const eb = locate(sh.shared.tree, resolveAgainst(sh.cwd, b));
      return ea.status === 'found' && eb.status === 'found' && ea.entry.path === eb.entry.path;
    }
  }
}

/** Recursive descent over the operands: or := and (-o and)*, and := not (-a not)*. */
class Parser {
  i = 0;
  constructor(
    readonly sh: Shell,
    readonly args: string[],
    readonly extended: boolean,
  ) {}
  peek(k = 0): string | undefined {
    return this.args[this.i + k];
  }
  or(): boolean {
    let v = this.and();
    while (this.peek() === '-o' || (this.extended && this.peek() === '||')) {
      this.i += 1;
      const r = this.and();
      v = v || r;
    }
    return v;
  }
  and(): boolean {
    let v = this.not();
    while (this.peek() === '-a' || (this.extended && this.peek() === '&&')) {
      this.i += 1;
      const r = this.not();
      v = v && r;
    }
    return v;
  }
  not(): boolean {
    if (this.peek() === '!' && this.args.length - this.i > 1) {
      this.i += 1;
      return !this.not();
    }
    return this.primary();
  }
  primary(): boolean {
    const a = this.peek();
    if (a === undefined) throw new TestError('argument expected');
    const next = this.peek(1);
    if (next !== undefined && BINARY.has(next) && this.peek(2) !== undefined) {
      this.i += 3;
      return binary(this.sh, a, next, this.args[this.i - 1] ?? '', this.extended);
    }
    if (a === '(' && this.args.length - this.i > 1) {
      this.i += 1;
      const v = this.or();
      if (this.peek() !== ')') throw new TestError('closing paren expected');
      this.i += 1;
      return v;
    }
    if (UNARY.has(a) && next !== undefined) {
      this.i += 2;
      if (a === '-n') return next !== '';
      if (a === '-z') return next === '';
      if (a === '-v') return this.sh.vars.has(next);
      return fileTest(this.sh, a, next);
    }
    this.i += 1;
    return a !== '';
  }
}

/** Evaluate test operands: 0 true, 1 false, 2 error (message written). */
export function evaluateTest(sh: Shell, args: string[], extended: boolean): { status: number; error?: string } {
  if (args.length === 0) return { status: 1 };
  const p = new Parser(sh, args, extended);
  try {
    const v = p.or();
    if (p.i < args.length) return { status: 2, error: `${args[p.i] ?? ''}: unexpected operator` };
    return { status: v ? 0 : 1 };
  } catch (e) {
    if (e instanceof TestError) return { status: 2, error: e.message };
    throw e;
  }
}

export const testBuiltin: Builtin = ({ sh, argv, args, io, line }) => {
  const name = argv[0] ?? 'test';
  let operands = args;
  if (name === '[' || name === '[[') {
    const close = name === '[' ? ']' : ']]';
    if (args[args.length - 1] !== close) {
      io.stderr.write(builtinError(sh, line, name, `missing ${close}`));
      return 2;
    }
    operands = args.slice(0, -1);
  }
  const r = evaluateTest(sh, operands, name === '[[');
  if (r.error !== undefined) io.stderr.write(builtinError(sh, line, name, r.error));
  return r.status;
};
