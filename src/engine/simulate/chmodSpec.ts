/**
 * `COPY --chmod` values (dockerfile2llb/convert_copy.go): an octal number up to 07777, or a
 * symbolic mode such as `u+x` or `a=rX,u+w` (the tonistiigi/dchapes-mode syntax). A value that
 * starts like a number but is not valid octal gets BuildKit's compatibility error.
 */
import type { EntryKind } from '../fs';

export type ChmodResult =
  | { ok: true; mode: number | ((mode: number, kind: EntryKind) => number) }
  | { ok: false; error: string };

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

function permBits(perms: string, mode: number, kind: EntryKind): number {
  let bits = 0;
  for (const p of perms) {
    if (p === 'r') bits |= 0o444;
    else if (p === 'w') bits |= 0o222;
    else if (p === 'x') bits |= 0o111;
    else if (p === 'X' && (kind === 'dir' || kind === 'bulk' || (mode & 0o111) !== 0)) bits |= 0o111;
    else if (p === 's') bits |= 0o6000;
    else if (p === 't') bits |= 0o1000;
  }
  return bits;
}

interface Clause {
  who: number;
  ops: { op: string; perms: string }[];
}

function parseSymbolic(text: string): Clause[] | null {
  const clauses: Clause[] = [];
  for (const part of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(part);
    if (m === null) return null;
    let who = 0;
    for (const w of m[1]!) who |= WHO[w]!;
    const ops = [...m[2]!.matchAll(/([-+=])([rwxXst]*)/g)].map((o) => ({ op: o[1]!, perms: o[2]! }));
    clauses.push({ who: who === 0 ? 0o7777 : who, ops });
  }
  return clauses;
}

/** Read a `--chmod` value. */
export function parseChmod(value: string): ChmodResult {
  const nonOctal = `invalid chmod parameter: '${value}'. it should be octal string and between 0 and 07777`;
  if (/^[0-7]+$/.test(value)) {
    const n = Number.parseInt(value, 8);
    return n > 0o7777 ? { ok: false, error: nonOctal } : { ok: true, mode: n };
  }
  if (/^[+-]?\d/.test(value)) return { ok: false, error: nonOctal };
  const clauses = parseSymbolic(value);
  if (clauses === null) return { ok: false, error: `invalid mode: ${value}` };
  return {
    ok: true,
    mode: (mode, kind) => {
      let out = mode & 0o7777;
      for (const { who, ops } of clauses) {
        for (const { op, perms } of ops) {
          const bits = permBits(perms, mode, kind) & who;
          if (op === '+') out |= bits;
          else if (op === '-') out &= ~bits;
          else out = (out & ~(who & 0o7777)) | bits;
        }
      }
      return out;
    },
  };
}
