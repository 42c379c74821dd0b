/**
 * npm packages from npm.json: measured sizes of the versions npm resolved for typical projects,
 * their resolved dependencies, and whole-project installs. A range picks the highest catalogued
 * version that satisfies it; a name the catalog lacks gets a model estimate.
 */
import npmData from './data/npm.json';
import { compareVersions, maxSatisfying } from './semver';

interface NpmRecord {
  u: number;
  f?: number;
  d: string[];
  pf?: string;
  source: string;
  estimated?: boolean;
  estimateBasis?: string;
}
interface NpmProject {
  description: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  prod: string[];
  dev: string[];
  totals: Record<string, number | string>;
  source: string;
}
interface NpmFile {
  _meta: { sources: Record<string, string> };
  packages: Record<string, NpmRecord>;
  latest: Record<string, string>;
  projects: Record<string, NpmProject>;
}

const npm = npmData as unknown as NpmFile;

const versionsByName = new Map<string, string[]>();
for (const key of Object.keys(npm.packages)) {
  const at = key.lastIndexOf('@');
  const name = key.slice(0, at);
  versionsByName.set(name, [...(versionsByName.get(name) ?? []), key.slice(at + 1)]);
}

export interface NpmPackageInfo {
  name: string;
  version: string;
  /** Bytes of the package's files (what node_modules/<name> holds, without nested node_modules). */
  unpackedBytes: number;
  fileCount: number;
  /** Resolved dependencies as `name@version`. */
  dependencies: string[];
  /** `os/cpu/libc` restriction (`linux/x64/musl`), if the package is platform-specific. */
  platform?: string;
  source: string;
  estimated: boolean;
  estimateBasis?: string;
}

/** Platform of the image npm runs in: alpine images use musl. */
export interface NpmPlatform {
  libc: 'glibc' | 'musl';
}

function infoOf(key: string, record: NpmRecord, basis?: string): NpmPackageInfo {
  const at = key.lastIndexOf('@');
  const estimated = record.estimated === true || basis !== undefined;
  const why = [record.estimateBasis, basis].filter((x) => x !== undefined).join('; ');
  return {
    name: key.slice(0, at),
    version: key.slice(at + 1),
    unpackedBytes: record.u,
    fileCount: record.f ?? Math.max(1, Math.round(record.u / 5_000)),
    dependencies: record.d,
    ...(record.pf !== undefined ? { platform: record.pf } : {}),
    source: npm._meta.sources[record.source] ?? record.source,
    estimated,
    ...(estimated ? { estimateBasis: why } : {}),
  };
}

/**
 * The catalogued version of `name` that best matches `range` (default: the registry's latest if
 * catalogued, else the highest catalogued). A range no catalogued version satisfies falls back to
 * the highest version, marked as an estimate. Null when the name is not catalogued at all.
 */
export function lookupNpmPackage(name: string, range = ''): NpmPackageInfo | null {
  const versions = versionsByName.get(name);
  if (versions === undefined) return null;
  const latest = npm.latest[name];
  const wanted = range === '' || range === 'latest' ? (latest !== undefined && versions.includes(latest) ? latest : undefined) : maxSatisfying(versions, range);
  const chosen = wanted ?? [...versions].sort(compareVersions).pop() ?? '';
  const record = npm.packages[`${name}@${chosen}`];
  if (record === undefined) return null;
  const basis = wanted === undefined && range !== '' && range !== 'latest' ? `no catalogued ${name} version satisfies "${range}"; using ${chosen}` : undefined;
  return infoOf(`${name}@${chosen}`, record, basis);
}

const MEDIAN_MODEL_BYTES = 120_000;

/** Like lookupNpmPackage but never null: an unknown name gets a model size. */
export function estimateNpmPackage(name: string, range = ''): NpmPackageInfo {
  return lookupNpmPackage(name, range) ?? {
    name, version: range === '' ? 'latest' : range, unpackedBytes: MEDIAN_MODEL_BYTES, fileCount: 30, dependencies: [],
    source: 'model estimate', estimated: true,
    estimateBasis: `${name} is not in the catalog: sized at ~120 KB, a typical small npm package, with no dependencies counted`,
  };
}

function installable(record: NpmRecord, platform: NpmPlatform): boolean {
  if (record.pf === undefined) return true;
  const [os = '*', cpu = '*', libc = '*'] = record.pf.split('/');
  const ok = (field: string, value: string): boolean => field === '*' || field.split('+').includes(value);
  return ok(os, 'linux') && ok(cpu, 'x64') && ok(libc, platform.libc);
}

export interface NpmClosureResult {
  packages: NpmPackageInfo[];
  /** Direct dependencies the catalog does not know (estimated with the model size). */
  unknown: string[];
  unpackedBytes: number;
  estimated: boolean;
}

/** Everything `npm install` puts in node_modules for these direct dependencies (name -> range). */
export function npmClosure(dependencies: Record<string, string>, platform: NpmPlatform = { libc: 'glibc' }): NpmClosureResult {
  const seen = new Set<string>();
  const out: NpmPackageInfo[] = [];
  const unknown: string[] = [];
  const queue: string[] = [];
  for (const [name, range] of Object.entries(dependencies)) {
    const found = lookupNpmPackage(name, range);
    if (found === null) {
      unknown.push(name);
      out.push(estimateNpmPackage(name, range));
      continue;
    }
    queue.push(`${found.name}@${found.version}`);
  }
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const record = npm.packages[key];
    if (record === undefined || !installable(record, platform)) continue;
    out.push(infoOf(key, record));
    for (const dep of record.d) if (!seen.has(dep)) queue.push(dep);
  }
  return { packages: out, unknown, unpackedBytes: out.reduce((s, p) => s + p.unpackedBytes, 0), estimated: out.some((p) => p.estimated) };
}

export interface NpmProjectInfo {
  name: string;
  description: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** Installed package keys (a key appears once per node_modules folder it occupies). */
  prod: string[];
  dev: string[];
  source: string;
}

/** The measured template projects (`vite-react`, `express-api`, ...). */
export function npmProject(name: string): NpmProjectInfo | null {
  const p = npm.projects[name];
  return p === undefined ? null : { name, description: p.description, dependencies: p.dependencies, devDependencies: p.devDependencies, prod: p.prod, dev: p.dev, source: p.source };
}

export function npmProjectNames(): string[] {
  return Object.keys(npm.projects);
}

/** The installed packages of a measured project (`npm ci`, or `npm ci --omit=dev` when production). */
export function npmProjectInstall(name: string, options: { production?: boolean; platform?: NpmPlatform } = {}): NpmClosureResult | null {
  const p = npm.projects[name];
  if (p === undefined) return null;
  const platform = options.platform ?? { libc: 'glibc' };
  const keys = options.production === true ? p.prod : [...p.prod, ...p.dev];
  const packages = keys.flatMap((key) => {
    const record = npm.packages[key];
    return record !== undefined && installable(record, platform) ? [infoOf(key, record)] : [];
  });
  return { packages, unknown: [], unpackedBytes: packages.reduce((s, x) => s + x.unpackedBytes, 0), estimated: packages.some((x) => x.estimated) };
}
