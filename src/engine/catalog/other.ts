/**
 * apk, pip, Maven and the other cited figures from other.json (Go, Composer, Cargo, build outputs,
 * caches). apk and pip have dependency lists, so their closures can be computed; the rest are
 * single figures with their sources.
 */
import otherData from './data/other.json';

interface ApkRecord {
  kib: number;
  version?: string;
  alpine: string;
  deps: string[];
  source: string;
  estimated?: boolean;
  basis?: string;
}
interface PipRecord {
  version: string;
  wheelBytes: number;
  unpackedBytes: number;
  files: number;
  requires: string[];
  source: string;
  estimated?: boolean;
  basis?: string;
}
interface Figure {
  source: string;
  estimated?: boolean;
  basis?: string;
  [key: string]: unknown;
}
interface OtherFile {
  apk: { packages: Record<string, ApkRecord> };
  pip: { packages: Record<string, PipRecord> };
  maven: { artifacts: Record<string, { jarBytes: number; source: string }> };
  go: Record<string, Record<string, Figure>>;
  composer: Record<string, Record<string, Figure> | Figure>;
  cargo: Record<string, Record<string, Figure> | Figure>;
  web: Record<string, Figure>;
  caches: Record<string, Figure>;
}

const other = otherData as unknown as OtherFile;

export interface ApkPackageInfo {
  name: string;
  version?: string;
  installedBytes: number;
  alpine: string;
  deps: string[];
  source: string;
  estimated: boolean;
  estimateBasis?: string;
}

export function lookupApkPackage(name: string): ApkPackageInfo | null {
  const r = other.apk.packages[name];
  if (r === undefined) return null;
  return {
    name, ...(r.version !== undefined ? { version: r.version } : {}), installedBytes: r.kib * 1024, alpine: r.alpine, deps: r.deps, source: r.source,
    estimated: r.estimated === true, ...(r.basis !== undefined ? { estimateBasis: r.basis } : {}),
  };
}

export interface ClosureOf<T> {
  install: T[];
  unknown: string[];
  alreadyInstalled: string[];
  installedBytes: number;
  estimated: boolean;
}

/** What `apk add names...` adds on an image that already has `installed` (only listed deps are followed). */
/**
 * The packages `names` pull in, breadth first: each package's dependencies follow it unless they
 * are already present. Unknown names are listed, never an error. Shared by apk and pip.
 */
function packageClosure<P extends { estimated: boolean }>(
  names: readonly string[],
  present: Set<string>,
  lookup: (name: string) => P | null,
  depsOf: (p: P) => readonly string[],
  bytesOf: (p: P) => number,
): ClosureOf<P> {
  const install: P[] = [];
  const unknown: string[] = [];
  const alreadyInstalled = names.filter((n) => present.has(n));
  const queue = names.filter((n) => !present.has(n));
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (present.has(name)) continue;
    present.add(name);
    const found = lookup(name);
    if (found === null) {
      unknown.push(name);
      continue;
    }
    install.push(found);
    queue.push(...depsOf(found).filter((d) => !present.has(d)));
  }
  return { install, unknown, alreadyInstalled, installedBytes: install.reduce((s, p) => s + bytesOf(p), 0), estimated: install.some((p) => p.estimated) };
}

export function apkClosure(names: readonly string[], installed: Iterable<string>): ClosureOf<ApkPackageInfo> {
  return packageClosure(names, new Set(installed), lookupApkPackage, (p) => p.deps, (p) => p.installedBytes);
}

export interface PipPackageInfo {
  name: string;
  version: string;
  wheelBytes: number;
  unpackedBytes: number;
  files: number;
  requires: string[];
  source: string;
  estimated: boolean;
  estimateBasis?: string;
}

const pipName = (n: string): string => n.toLowerCase().replace(/[-_.]+/g, '-');

export function lookupPipPackage(name: string): PipPackageInfo | null {
  const key = pipName(name);
  const r = other.pip.packages[key];
  if (r === undefined) return null;
  return {
    name: key, version: r.version, wheelBytes: r.wheelBytes, unpackedBytes: r.unpackedBytes, files: r.files, requires: r.requires, source: r.source,
    estimated: r.estimated === true, ...(r.basis !== undefined ? { estimateBasis: r.basis } : {}),
  };
}

/** What `pip install names...` adds to site-packages (requirements followed, versions not checked). */
export function pipClosure(names: readonly string[], installed: Iterable<string> = []): ClosureOf<PipPackageInfo> {
  return packageClosure(names.map(pipName), new Set([...installed].map(pipName)), lookupPipPackage, (p) => p.requires, (p) => p.unpackedBytes);
}

/** A Maven artifact by `group:artifact:version`. */
export function lookupMavenArtifact(coordinate: string): { coordinate: string; jarBytes: number; source: string } | null {
  const r = other.maven.artifacts[coordinate];
  return r === undefined ? null : { coordinate, ...r };
}

/** The remaining cited figures (Go outputs and module estimates, Composer vendor, Cargo, web dist, caches). */
export function otherFigures(): Pick<OtherFile, 'go' | 'composer' | 'cargo' | 'web' | 'caches'> & { maven: Record<string, unknown> } {
  return { go: other.go, composer: other.composer, cargo: other.cargo, web: other.web, caches: other.caches, maven: other.maven as unknown as Record<string, unknown> };
}
