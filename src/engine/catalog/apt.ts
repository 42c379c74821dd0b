/**
 * Debian packages from apt.json (Debian 12 bookworm's own index): per-package sizes, the preinstalled
 * sets of the Debian-based images, and what `apt-get install` adds on top of a set. On slim images
 * dpkg's path-excludes drop docs, man pages and locales; `slim: true` applies that model.
 */
import aptData from './data/apt.json';
import { computeAptClosure, type AptPackageRecord, type AptTable } from './aptClosure';

interface AptFile extends AptTable {
  _meta: { sources: Record<string, string>; slimModel: { defaultFraction: number; rule: string } };
  baseSets: Record<string, { source: string; packages: string[] }>;
  checks: Record<string, { recommends: boolean; install: string[] }[]>;
}

const apt = aptData as unknown as AptFile;

export interface AptPackageInfo {
  name: string;
  version: string;
  /** Installed-Size in KiB as the index states it (full, not slim). */
  installedKiB: number;
  /** Bytes the package occupies once installed (slim model applied when asked). */
  installedBytes: number;
  /** .deb download bytes. */
  downloadBytes: number;
  depends: string[];
  recommends: string[];
  priority: string;
  slim: boolean;
  source: string;
  estimated: boolean;
  estimateBasis?: string;
}

export interface AptOptions {
  /** The target image drops docs/man/locale (Debian *-slim images). */
  slim?: boolean;
}

function info(name: string, record: AptPackageRecord, slim: boolean): AptPackageInfo {
  const measured = record.x !== undefined;
  const fraction = slim ? (record.x ?? apt._meta.slimModel.defaultFraction) : 0;
  return {
    name,
    version: record.v,
    installedKiB: record.i,
    installedBytes: Math.round(record.i * 1024 * (1 - fraction)),
    downloadBytes: record.s,
    depends: record.d,
    recommends: record.r,
    priority: record.p,
    slim,
    source: apt._meta.sources[record.source] ?? record.source,
    estimated: slim && !measured,
    ...(slim && !measured ? { estimateBasis: `slim share of docs/man/locale not measured for ${name}; used the median (${apt._meta.slimModel.defaultFraction})` } : {}),
  };
}

/** The package (or the provider of a virtual name), or null when bookworm's index has no such name. */
export function lookupAptPackage(name: string, options: AptOptions = {}): AptPackageInfo | null {
  const resolved = apt.packages[name] !== undefined ? name : apt.virtual[name];
  const record = resolved === undefined ? undefined : apt.packages[resolved];
  return resolved === undefined || record === undefined ? null : info(resolved, record, options.slim ?? false);
}

/** Names of a preinstalled set (`bookworm-slim`, `bookworm-buildpack`, ...), or null. */
export function aptBaseSet(key: string): readonly string[] | null {
  return apt.baseSets[key]?.packages ?? null;
}

export function aptBaseSetKeys(): string[] {
  return Object.keys(apt.baseSets);
}

export interface AptClosureResult {
  /** Packages apt-get would unpack, in resolver order. */
  install: AptPackageInfo[];
  /** Names apt would report as "Unable to locate package" (or unsatisfiable dependencies). */
  unknown: string[];
  /** Requested names that are already installed ("is already the newest version"). */
  alreadyInstalled: string[];
  installedBytes: number;
  downloadBytes: number;
  source: string;
  estimated: boolean;
}

/**
 * What `apt-get install names...` adds to an image whose packages are `installed` (a set of names
 * or the key of a preinstalled set). Recommends are followed unless `recommends: false`
 * (`--no-install-recommends`).
 */
export function aptClosure(
  names: readonly string[],
  installed: Iterable<string> | string,
  options: AptOptions & { recommends?: boolean } = {},
): AptClosureResult {
  const present = new Set(typeof installed === 'string' ? apt.baseSets[installed]?.packages ?? [] : installed);
  const result = computeAptClosure(apt, names, present, { recommends: options.recommends ?? true });
  const install = result.install.flatMap((n) => {
    const record = apt.packages[n];
    return record === undefined ? [] : [info(n, record, options.slim ?? false)];
  });
  return {
    install,
    unknown: result.unknown,
    alreadyInstalled: result.alreadyInstalled,
    installedBytes: install.reduce((s, p) => s + p.installedBytes, 0),
    downloadBytes: install.reduce((s, p) => s + p.downloadBytes, 0),
    source: `apt closure over ${Object.values(apt._meta.sources)[0] ?? 'the Debian index'}`,
    estimated: install.some((p) => p.estimated),
  };
}

/** apt's own answers stored by the generator (`apt-get -s install` on an empty system), for tests. */
export function aptReferenceChecks(): Readonly<AptFile['checks']> {
  return apt.checks;
}
