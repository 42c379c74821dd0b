/**
 * Go's `fmt` renderings that BuildKit writes into image history (dockerfile2llb `commitToHistory`
 * callers): `%q` of a string slice for CMD/ENTRYPOINT, `%v` of a slice for SHELL/VOLUME/EXPOSE,
 * and `time.Duration.String()` inside HEALTHCHECK's `%+v`.
 */
import { goQuote } from '../parse';

/** `fmt.Sprintf("%q", []string{...})`: `["/bin/sh" "-c" "x"]`; a nil slice prints `[]`. */
export function goQuotedSlice(list: readonly string[] | null): string {
  return `[${(list ?? []).map(goQuote).join(' ')}]`;
}

/** `fmt.Sprintf("%v", []string{...})`: `[a b]`. */
export function goSlice(list: readonly string[]): string {
  return `[${list.join(' ')}]`;
}

function fraction(value: number, unit: number): string {
  const whole = Math.floor(value / unit);
  const rest = value % unit;
  if (rest === 0) return String(whole);
  const digits = String(unit).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** Go's `time.Duration.String()` for a non-negative count of nanoseconds: `1m30s`, `500ms`, `0s`. */
export function goDuration(ns: number): string {
  const n = Math.max(0, Math.round(ns));
  if (n === 0) return '0s';
  if (n < 1_000) return `${n}ns`;
  if (n < 1_000_000) return `${fraction(n, 1_000)}µs`;
  if (n < 1_000_000_000) return `${fraction(n, 1_000_000)}ms`;
  const hours = Math.floor(n / 3_600_000_000_000);
  const minutes = Math.floor((n % 3_600_000_000_000) / 60_000_000_000);
  const seconds = n % 60_000_000_000;
  let out = `${fraction(seconds, 1_000_000_000)}s`;
  if (hours > 0 || minutes > 0) out = `${minutes}m${out}`;
  if (hours > 0) out = `${hours}h${out}`;
  return out;
}
