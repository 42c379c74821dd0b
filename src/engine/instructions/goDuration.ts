/**
 * Go's `time.ParseDuration`, which BuildKit uses for the HEALTHCHECK interval flags: the same
 * accepted forms (`1h30m`, `.5s`, `-2ms`, `0`), the same overflow limits and the same messages
 * (`time: invalid duration "x"`, `time: missing unit in duration "1"`,
 * `time: unknown unit "d" in duration "1d"`).
 */
import { toBytes } from '../parse/utf8';

export type DurationParse = { ok: true; nanoseconds: number } | { ok: false; error: string };

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n],
  ['\u03bcs', 1_000n],
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const LIMIT = 1n << 63n;

/** Go's `time.quote`: ASCII kept (with `"` and `\` escaped), every other byte as `\xHH`. */
function timeQuote(s: string): string {
  let out = '"';
  const bytes = toBytes(s);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c >= 0x80 || c < 0x20) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += c === 0x22 || c === 0x5c ? '\\' + bytes[i] : bytes[i];
  }
  return out + '"';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Parse a Go duration; the result is in nanoseconds (exact up to 2^53). */
export function parseGoDuration(input: string): DurationParse {
  const invalid: DurationParse = { ok: false, error: `time: invalid duration ${timeQuote(input)}` };
  let s = input;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanoseconds: 0 };
  if (s === '') return invalid;
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    // Integer part: an overflow is an error.
    let i = 0;
    let whole = 0n;
    for (; isDigit(s[i]); i++) {
      if (whole > LIMIT / 10n) return invalid;
      whole = whole * 10n + BigInt(s.charCodeAt(i) - 0x30);
      if (whole > LIMIT) return invalid;
    }
    const hasWhole = i > 0;
    s = s.slice(i);
    // Fraction: digits past what fits are ignored.
    let fraction = 0n;
    let scale = 1;
    let hasFraction = false;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      for (; isDigit(s[j]); j++) {
        if (overflow) continue;
        if (fraction > (LIMIT - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const next = fraction * 10n + BigInt(s.charCodeAt(j) - 0x30);
        if (next > LIMIT) {
          overflow = true;
          continue;
        }
        fraction = next;
        scale *= 10;
      }
      hasFraction = j > 0;
      s = s.slice(j);
    }
    if (!hasWhole && !hasFraction) return invalid;
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++;
    if (u === 0) return { ok: false, error: `time: missing unit in duration ${timeQuote(input)}` };
    const unitText = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS.get(unitText);
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${timeQuote(unitText)} in duration ${timeQuote(input)}` };
    }
    if (whole > LIMIT / unit) return invalid;
    let value = whole * unit;
    if (fraction > 0n) {
      // Go: v += uint64(float64(f) * (float64(unit) / scale)), in float64 arithmetic.
      value += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (value > LIMIT) return invalid;
    }
    total += value;
    if (total > LIMIT) return invalid;
  }
  if (negative) return { ok: true, nanoseconds: -Number(total) };
  if (total > LIMIT - 1n) return invalid;
  return { ok: true, nanoseconds: Number(total) };
}
