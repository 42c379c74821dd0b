/**
 * `$((...))` evaluation with dash's rules (src/arith_yacc.c): 64-bit signed integers, C operator
 * precedence, decimal/octal/hex constants, variables read as numbers, right-associative
 * assignment, short-circuit `&&`, `||` and `?:`. No `++`/`--`/`**`/`,` (dash rejects them;
 * bash mode adds `**`). Errors use dash's text: `arithmetic expression: expecting primary: "1+"`.
 */
import type { ShellDialect } from './parserState';

/** How the evaluator reads and writes shell variables. */
export interface ArithmeticVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithmeticResult = { ok: true; value: bigint } | { ok: false; error: string };

class ArithError {
  constructor(readonly message: string) {}
}

const OPERATORS = ['<<=', '>>=', '**', '<=', '>=', '==', '!=', '&&', '||', '<<', '>>', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', '(', ')'];
const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);
const BINARY: readonly (readonly string[])[] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** An integer constant as strtoimax(s, 0) reads it, whole string only; null when it is not one. */
export function parseShellInteger(s: string): bigint | null {
  const m = /^[ \t\n]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[ \t\n]*$/.exec(s);
  if (m === null || m[2] === undefined) return null;
  const digits = m[2];
  const v = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  // strtoimax saturates: 9223372036854775808 reads as INT64_MAX.
  const signed = m[1] === '-' ? -v : v;
  return signed > INT64_MAX ? INT64_MAX : signed < INT64_MIN ? INT64_MIN : signed;
}

type Tok = { kind: 'num'; value: bigint } | { kind: 'name'; name: string } | { kind: 'op'; op: string } | { kind: 'eof' };

function tokenize(expr: string, dialect: ShellDialect, fail: (what: string) => never): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n') {
      i += 1;
      continue;
    }
    const rest = expr.slice(i);
    const num = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(rest);
    if (num?.[0] !== undefined) {
      const value = parseShellInteger(num[0]);
      out.push({ kind: 'num', value: value ?? 0n });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (name?.[0] !== undefined) {
      out.push({ kind: 'name', name: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o) && (o !== '**' || dialect === 'bash'));
    if (op === undefined) fail('expecting EOF');
    out.push({ kind: 'op', op });
    i += op.length;
  }
  out.push({ kind: 'eof' });
  return out;
}

function applyBinary(op: string, a: bigint, b: bigint, fail: (what: string) => never): bigint {
  switch (op) {
    case '||':
      return a !== 0n || b !== 0n ? 1n : 0n;
    case '&&':
      return a !== 0n && b !== 0n ? 1n : 0n;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return a === b ? 1n : 0n;
    case '!=':
      return a !== b ? 1n : 0n;
    case '<':
      return a < b ? 1n : 0n;
    case '<=':
      return a <= b ? 1n : 0n;
    case '>':
      return a > b ? 1n : 0n;
    case '>=':
      return a >= b ? 1n : 0n;
    // x86 masks the shift count to 6 bits, which is what dash's C shifts do there.
    case '<<':
      return wrap(a << (b & 63n));
    case '>>':
      return a >> (b & 63n);
    case '+':
      return wrap(a + b);
    case '-':
      return wrap(a - b);
    case '*':
      return wrap(a * b);
    case '**':
      if (b < 0n) fail('exponent less than 0');
      return wrap(a ** b);
    default:
      if (b === 0n) fail('division by zero');
      return wrap(op === '/' ? a / b : a % b);
  }
}

/** Evaluate `expr` (already expanded). Never throws. */
export function evaluateArithmetic(expr: string, vars: ArithmeticVars, dialect: ShellDialect = 'dash', depth = 0): ArithmeticResult {
  const fail = (what: string): never => {
    throw new ArithError(`arithmetic expression: ${what}: "${expr}"`);
  };
  try {
    const toks = tokenize(expr, dialect, fail);
    let pos = 0;
    let skip = 0;
    const peek = (): Tok => toks[pos] ?? { kind: 'eof' };
    const isOp = (op: string): boolean => {
      const t = peek();
      return t.kind === 'op' && t.op === op;
    };
    const readVar = (name: string): bigint => {
      const raw = vars.get(name) ?? '';
      if (raw === '' || skip > 0) return 0n;
      const n = parseShellInteger(raw);
      if (n !== null) return n;
      if (dialect === 'bash' && depth < 32) {
        const inner = evaluateArithmetic(raw, vars, dialect, depth + 1);
        if (inner.ok) return inner.value;
        throw new ArithError(inner.error);
      }
      throw new ArithError(`Illegal number: ${raw}`);
    };

    const primary = (): bigint => {
      const t = peek();
      if (t.kind === 'num') {
        pos += 1;
        return t.value;
      }
      if (t.kind === 'name') {
        pos += 1;
        return readVar(t.name);
      }
      if (t.kind === 'op' && t.op === '(') {
        pos += 1;
        const v = assignment();
        if (!isOp(')')) fail("expecting ')'");
        pos += 1;
        return v;
      }
      if (t.kind === 'op' && ['+', '-', '!', '~'].includes(t.op)) {
        pos += 1;
        const v = primary();
        return t.op === '-' ? wrap(-v) : t.op === '!' ? (v === 0n ? 1n : 0n) : t.op === '~' ? ~v : v;
      }
      return fail('expecting primary');
    };
    const power = (): bigint => {
      const base = primary();
      if (dialect !== 'bash' || !isOp('**')) return base;
      pos += 1;
      return applyBinary('**', base, power(), fail);
    };
    const binary = (level: number): bigint => {
      const ops = BINARY[level];
      if (ops === undefined) return power();
      let left = binary(level + 1);
      for (;;) {
        const t = peek();
        if (t.kind !== 'op' || !ops.includes(t.op)) return left;
        pos += 1;
        const shortCircuit = (t.op === '&&' && left === 0n) || (t.op === '||' && left !== 0n);
        if (shortCircuit) skip += 1;
        const right = binary(level + 1);
        if (shortCircuit) skip -= 1;
        left = skip > 0 ? 0n : applyBinary(t.op, left, right, fail);
      }
    };
    const conditional = (): bigint => {
      const cond = binary(0);
      if (!isOp('?')) return cond;
      pos += 1;
      if (cond === 0n) skip += 1;
      const a = conditional();
      if (cond === 0n) skip -= 1;
      if (!isOp(':')) fail("expecting ':'");
      pos += 1;
      if (cond !== 0n) skip += 1;
      const b = conditional();
      if (cond !== 0n) skip -= 1;
      return cond !== 0n ? a : b;
    };
    const assignment = (): bigint => {
      const t = peek();
      const next = toks[pos + 1];
      if (t.kind === 'name' && next?.kind === 'op' && ASSIGN.has(next.op)) {
        pos += 2;
        const rhs = assignment();
        const value = next.op === '=' ? rhs : applyBinary(next.op.slice(0, -1), readVar(t.name), rhs, fail);
        if (skip === 0) vars.set(t.name, value.toString());
        return value;
      }
      return conditional();
    };

    const value = assignment();
    if (peek().kind !== 'eof') fail('expecting EOF');
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, error: e.message };
    return { ok: false, error: `arithmetic expression: ${String(e)}: "${expr}"` };
  }
}
