/**
 * Just enough of node-semver's range grammar to pick a catalogued npm version for a package.json
 * range: exact versions, ^ ~ x-ranges, comparators (>= > <= < =), space-joined AND sets and
 * `||` alternatives, `*`/`latest`/empty. Pre-release ordering is simplified (1.0.0-x < 1.0.0).
 */

type Version = [number, number, number, string];

export function parseVersion(text: string): Version | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(text.trim());
  if (m === null) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
}

export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va === null || vb === null) return a < b ? -1 : a > b ? 1 : 0;
  for (let i = 0; i < 3; i++) if (va[i] !== vb[i]) return (va[i] as number) - (vb[i] as number);
  if (va[3] === vb[3]) return 0;
  if (va[3] === '') return 1;
  if (vb[3] === '') return -1;
  return va[3] < vb[3] ? -1 : 1;
}

/** A partial version `1`, `1.2`, `1.x`, `1.2.*` -> the numbers given. */
function partial(text: string): number[] {
  const out: number[] = [];
  for (const part of text.replace(/^v/, '').split('-')[0]?.split('.') ?? []) {
    if (!/^\d+$/.test(part)) break;
    out.push(Number(part));
  }
  return out;
}

function lowerOf(p: number[]): string {
  return `${p[0] ?? 0}.${p[1] ?? 0}.${p[2] ?? 0}`;
}

function satisfiesComparator(version: string, comp: string): boolean {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.*)$/.exec(comp.trim());
  const op = m?.[1] ?? '';
  const target = m?.[2] ?? '';
  if (target === '' || target === '*' || /^[xX*]$/.test(target)) return true;
  const p = partial(target);
  if (p.length === 0) return false;
  const exact = parseVersion(target) !== null ? target : lowerOf(p);
  const cmp = compareVersions(version, exact);
  const next = (i: number): string => lowerOf([...p.slice(0, i), (p[i] ?? 0) + 1]);
  switch (op) {
    case '>=': return cmp >= 0;
    case '>': return cmp > 0;
    case '<=': return cmp <= 0;
    case '<': return cmp < 0;
    case '~': return cmp >= 0 && compareVersions(version, next(p.length >= 2 ? 1 : 0)) < 0;
    case '^': {
      const first = p.findIndex((n, i) => n !== 0 || i === p.length - 1);
      return cmp >= 0 && compareVersions(version, next(Math.max(0, first))) < 0;
    }
    default:
      // `1.2` or `1.x` means any 1.2.*; a full version means exactly that one.
      return p.length === 3 && parseVersion(target) !== null ? cmp === 0 : cmp >= 0 && compareVersions(version, next(p.length - 1)) < 0;
  }
}

/** Does `version` satisfy the npm `range`? Unparsable ranges (tags, URLs) satisfy nothing but `latest`/`*`. */
export function satisfies(version: string, range: string): boolean {
  const r = range.trim();
  if (r === '' || r === '*' || r === 'latest' || r === 'x') return true;
  return r.split('||').some((set) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(set);
    if (hyphen !== null) return satisfiesComparator(version, `>=${hyphen[1]}`) && satisfiesComparator(version, `<=${hyphen[2]}`);
    const comps = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter((c) => c !== '');
    return comps.length > 0 && comps.every((c) => satisfiesComparator(version, c));
  });
}

/** The highest of `versions` that satisfies `range`, or undefined. */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  return versions.filter((v) => satisfies(v, range)).sort(compareVersions).pop();
}
