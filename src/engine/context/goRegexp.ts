/**
 * Go regexp (RE2 syntax) to JavaScript RegExp, for the expressions patternmatcher builds from
 * `.dockerignore` patterns. Those expressions carry the user's `[...]` classes and `\x` escapes
 * through to Go's regexp parser unchanged, so Go's meaning must be kept: `\a` is BEL, `\pL` is a
 * Unicode class, `[[:alpha:]]` is a POSIX class, a lone `]` is a literal, `.` excludes only `\n`.
 * Anything Go's parser rejects returns null (patternmatcher then reports `ErrBadPattern`).
 */

type Ranges = Array<[number, number]>;

const MAX_RUNE = 0x10ffff;
const PERL: Record<string, Ranges> = {
  d: [[0x30, 0x39]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
};
const POSIX: Record<string, Ranges> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};
/** Go's one-letter Unicode general categories (`\pL`); JS knows the same names. */
const UNICODE_LETTERS = new Set(['C', 'L', 'M', 'N', 'P', 'S', 'Z']);
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };

class Reject extends Error {}

/** Translate a Go regexp; null when Go's `regexp.Compile` would fail. */
export function goRegexpToJs(source: string): RegExp | null {
  try {
    return new RegExp(translate(Array.from(source)), 'u');
  } catch {
    return null;
  }
}

function translate(cps: string[]): string {
  let out = '';
  let i = 0;
  while (i < cps.length) {
    const c = cps[i] as string;
    if (c === '\\') {
      const next = cps[i + 1];
      if (next === 'Q') {
        const end = findQuoteEnd(cps, i + 2);
        out += cps.slice(i + 2, end).map(literal).join('');
        i = Math.min(end + 2, cps.length);
        continue;
      }
      const assertion = next === undefined ? undefined : ASSERTIONS[next];
      if (assertion !== undefined) {
        out += assertion;
        i += 2;
        continue;
      }
      const esc = parseEscape(cps, i);
      out += esc.ranges ? rangesToClass(esc.ranges, false) : esc.fragment;
      i = esc.next;
    } else if (c === '[') {
      const cls = parseClass(cps, i);
      out += cls.fragment;
      i = cls.next;
    } else {
      out += c === '.' ? '[^\\n]' : '^$()*+?|'.includes(c) ? c : literal(c);
      i++;
    }
  }
  return out;
}

const ASSERTIONS: Record<string, string> = { b: '\\b', B: '\\B', A: '^', z: '$' };

function findQuoteEnd(cps: string[], from: number): number {
  for (let k = from; k < cps.length - 1; k++) if (cps[k] === '\\' && cps[k + 1] === 'E') return k;
  return cps.length;
}

interface Escape {
  /** A JS fragment for a single character, or ranges for a class escape. */
  fragment: string;
  ranges?: Ranges;
  rune?: number;
  next: number;
}

/** Parse the escape starting at `cps[at] === '\\'` the way Go's parser does. */
function parseEscape(cps: string[], at: number): Escape {
  const c = cps[at + 1];
  if (c === undefined) throw new Reject('trailing backslash');
  const cp = c.codePointAt(0) as number;
  if (cp < 0x80 && !/[0-9A-Za-z]/.test(c)) return single(cp, at + 2);
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return single(simple, at + 2);
  const lower = c.toLowerCase();
  const perl = PERL[lower];
  if (perl !== undefined) return { fragment: '', ranges: c === lower ? perl : negate(perl), next: at + 2 };
  if (c === 'p' || c === 'P') {
    const name = cps[at + 2];
    if (name === undefined || !UNICODE_LETTERS.has(name)) throw new Reject('bad unicode class');
    return { fragment: `\\${c}{${name}}`, next: at + 3 };
  }
  if (c === 'x') {
    const hex = `${cps[at + 2] ?? ''}${cps[at + 3] ?? ''}`;
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Reject('bad hex escape');
    return single(parseInt(hex, 16), at + 4);
  }
  if (/[0-7]/.test(c) && (c === '0' || /[0-7]/.test(cps[at + 2] ?? ''))) {
    let value = 0;
    let k = at + 1;
    while (k < at + 4 && /[0-7]/.test(cps[k] ?? '')) value = value * 8 + Number(cps[k++]);
    return single(value, k);
  }
  throw new Reject(`invalid escape \\${c}`);
}

function single(rune: number, next: number): Escape {
  return { fragment: literal(String.fromCodePoint(rune)), rune, next };
}

/** Parse a class starting at `cps[at] === '['`, with Go's rules for `]` first and ranges. */
function parseClass(cps: string[], at: number): { fragment: string; next: number } {
  let i = at + 1;
  let negated = false;
  if (cps[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: Ranges = [];
  const extras: string[] = [];
  let first = true;
  while (first || cps[i] !== ']') {
    if (i >= cps.length) throw new Reject('missing closing ]');
    first = false;
    if (cps[i] === '[' && cps[i + 1] === ':') {
      const named = namedClass(cps, i);
      if (named !== null) {
        ranges.push(...named.ranges);
        i = named.next;
        continue;
      }
    }
    const lo = classAtom(cps, i);
    if (lo.ranges !== undefined || lo.rune === undefined) {
      if (lo.ranges !== undefined) ranges.push(...lo.ranges);
      else extras.push(lo.fragment);
      i = lo.next;
      continue;
    }
    i = lo.next;
    let hi = lo.rune;
    if (cps[i] === '-' && cps[i + 1] !== undefined && cps[i + 1] !== ']') {
      const h = classAtom(cps, i + 1);
      if (h.rune === undefined) throw new Reject('bad range');
      hi = h.rune;
      i = h.next;
      if (hi < lo.rune) throw new Reject('invalid character class range');
    }
    ranges.push([lo.rune, hi]);
  }
  return { fragment: rangesToClass(ranges, negated, extras), next: i + 1 };
}

function classAtom(cps: string[], at: number): Escape {
  const c = cps[at] as string;
  if (c !== '\\') return single(c.codePointAt(0) as number, at + 1);
  return parseEscape(cps, at);
}

function namedClass(cps: string[], at: number): { ranges: Ranges; next: number } | null {
  const rest = cps.slice(at + 2).join('');
  const end = rest.indexOf(':]');
  if (end < 0) return null;
  let name = rest.slice(0, end);
  const negated = name.startsWith('^');
  if (negated) name = name.slice(1);
  const ranges = POSIX[name];
  if (ranges === undefined) throw new Reject(`invalid character class [:${name}:]`);
  return { ranges: negated ? negate(ranges) : ranges, next: at + 2 + Array.from(rest.slice(0, end)).length + 2 };
}

function negate(ranges: Ranges): Ranges {
  const out: Ranges = [];
  let from = 0;
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (lo > from) out.push([from, lo - 1]);
    from = Math.max(from, hi + 1);
  }
  if (from <= MAX_RUNE) out.push([from, MAX_RUNE]);
  return out;
}

function rangesToClass(ranges: Ranges, negated: boolean, extras: readonly string[] = []): string {
  const body = ranges.map(([lo, hi]) => (lo === hi ? hexEscape(lo) : `${hexEscape(lo)}-${hexEscape(hi)}`));
  return `[${negated ? '^' : ''}${body.join('')}${extras.join('')}]`;
}

function hexEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A JS (u-mode) pattern matching exactly the character `c`. */
function literal(c: string): string {
  return /[0-9A-Za-z_ ]/.test(c) || (c.codePointAt(0) as number) >= 0x80 ? c : hexEscape(c.codePointAt(0) as number);
}
