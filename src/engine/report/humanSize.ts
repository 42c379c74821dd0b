/**
 * `docker history`'s SIZE column: go-units `HumanSizeWithPrecision(size, 3)`, decimal units
 * (1 kB = 1000 B) printed with `%.3g`: `7.8MB`, `815MB`, `35.3MB`, `1.05kB`, `0B`.
 */
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Go's `%.3g`: JavaScript's toPrecision(3) picks the same notation; Go drops trailing zeros. */
function goG3(value: number): string {
  const text = value.toPrecision(3);
  const trim = (m: string) => (m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m);
  const e = text.indexOf('e');
  if (e < 0) return trim(text);
  const exp = Number(text.slice(e + 1));
  return `${trim(text.slice(0, e))}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${goG3(size)}${UNITS[i]}`;
}
