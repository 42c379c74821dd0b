/**
 * The few Go `strconv` parsers BuildKit's instruction layer relies on, with Go's exact accept
 * rules and error texts (`strconv.ParseInt: parsing "x": invalid syntax`).
 */
import { goQuote } from '../parse/goQuote';

export type NumberParse = { ok: true; value: number } | { ok: false; error: string };

/** `strconv.ParseBool`. */
export function parseGoBool(s: string): boolean | null {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return false;
    default:
      return null;
  }
}

function numError(fn: string, s: string, what: 'invalid syntax' | 'value out of range'): NumberParse {
  return { ok: false, error: `strconv.${fn}: parsing ${goQuote(s)}: ${what}` };
}

/** Digit value in Go's base-36 alphabet, or 99 for anything else. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61 + 10;
  return 99;
}

/**
 * The digit loop of `strconv.ParseUint` for an explicit base (no prefix, no underscores). It
 * reports a syntax error or an overflow at the first character that causes it, as Go does.
 */
function parseUintDigits(s: string, base: number, bitSize: number): bigint | 'syntax' | 'range' {
  if (s === '') return 'syntax';
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const big = BigInt(base);
  const cutoff = ((1n << 64n) - 1n) / big + 1n;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d >= base) return 'syntax';
    if (n >= cutoff) return 'range';
    const next = n * big + BigInt(d);
    if (next > maxVal) return 'range';
    n = next;
  }
  return n;
}

/** `strconv.ParseUint(s, base, bitSize)` with base 2..36. */
export function parseGoUint(s: string, base: number, bitSize: number): NumberParse {
  const n = parseUintDigits(s, base, bitSize);
  if (n === 'syntax') return numError('ParseUint', s, 'invalid syntax');
  if (n === 'range') return numError('ParseUint', s, 'value out of range');
  return { ok: true, value: Number(n) };
}

/** `strconv.ParseInt(s, base, bitSize)` with base 2..36. */
export function parseGoInt(s: string, base: number, bitSize: number): NumberParse {
  if (s === '') return numError('ParseInt', s, 'invalid syntax');
  let digits = s;
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    digits = s.slice(1);
  }
  const n = parseUintDigits(digits, base, bitSize);
  if (n === 'syntax') return numError('ParseInt', s, 'invalid syntax');
  const cutoff = 1n << BigInt(bitSize - 1);
  if (n === 'range' || (!negative && n >= cutoff) || (negative && n > cutoff)) {
    return numError('ParseInt', s, 'value out of range');
  }
  return { ok: true, value: Number(negative ? -n : n) };
}

const DECIMAL_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * docker/go-units `RAMInBytes` (used for tmpfs `size=`): a decimal number, an optional space, and
 * an optional binary suffix `k|m|g|t|p` (any case) with an optional `b`/`ib`; or a plain `b`.
 * Null when it does not read.
 */
export function ramInBytes(size: string): number | null {
  let sep = -1;
  for (let i = size.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(size[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return null;
  const num = size[sep] === ' ' ? size.slice(0, sep) : size.slice(0, sep + 1);
  const suffix = size.slice(sep + 1).toLowerCase();
  // go-units uses strconv.ParseFloat; decimal forms are the ones that can end in a digit or dot.
  if (!DECIMAL_FLOAT.test(num)) return null;
  let value = Number(num);
  if (!(value >= 0)) return null;
  if (suffix !== '') {
    if (suffix.length > 3) return null;
    if (suffix[0] === 'b') {
      if (suffix.length > 1) return null;
    } else {
      const power = 'kmgtp'.indexOf(suffix[0]!);
      if (power === -1) return null;
      if (suffix.length === 2 && suffix[1] !== 'b') return null;
      if (suffix.length === 3 && suffix.slice(1) !== 'ib') return null;
      value *= 1024 ** (power + 1);
    }
  }
  return Math.trunc(value);
}
