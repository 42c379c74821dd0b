/**
 * Modules a Go build needs, from go.sum (lines without `/go.mod` are downloaded zips), and
 * their size in the module cache: extracted source plus the zip in cache/download. No module
 * proxy is reachable to measure them: ~2.5 MB each, larger for a few well-known big modules
 * (estimates).
 */

export interface GoModule {
  path: string;
  version: string;
}

const BIG: [RegExp, number][] = [
  [/^github\.com\/aws\/aws-sdk-go$/, 120_000_000],
  [/^k8s\.io\/(client-go|api|apimachinery)$/, 30_000_000],
  [/^google\.golang\.org\/(grpc|api|genproto)/, 15_000_000],
  [/^golang\.org\/x\/(sys|net|text|tools)$/, 10_000_000],
  [/^cloud\.google\.com\/go/, 12_000_000],
];

export function moduleBytes(path: string): number {
  for (const [re, bytes] of BIG) if (re.test(path)) return bytes;
  return 2_500_000;
}

export function goModules(goSum: string | undefined | null): GoModule[] {
  if (typeof goSum !== 'string') return [];
  const out: GoModule[] = [];
  const seen = new Set<string>();
  for (const line of goSum.split('\n')) {
    const [path, version] = line.trim().split(/\s+/);
    if (path === undefined || version === undefined || version.endsWith('/go.mod')) continue;
    const key = `${path}@${version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, version });
  }
  return out;
}
