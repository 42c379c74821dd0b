/**
 * What a JavaScript package manager puts in node_modules: the entries of the lockfile
 * (package-lock.json v1-v3, yarn.lock, pnpm-lock.yaml) or, without one, the dependency closure
 * of package.json from the catalog; each sized from npm.json (measured unpacked sizes), an
 * unknown one estimated. Platform-specific optional packages (esbuild, rollup, swc binaries)
 * are kept only for linux/x64 and the image's libc (musl on Alpine).
 */
import { estimateNpmPackage, lookupNpmPackage, npmClosure } from '../../../catalog';

export interface JsPackage {
  name: string;
  version: string;
  bytes: number;
  files: number;
  dev: boolean;
  estimated: boolean;
  /** `bin` entries of the lock: command -> path inside the package. */
  bins: Record<string, string>;
}

export interface PackageJson {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  packageManager?: string;
}

export function parseJson<T>(text: string | undefined | null): T | null {
  if (text === undefined || text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function sized(name: string, version: string, dev: boolean, bins: Record<string, string> = {}): JsPackage {
  const found = lookupNpmPackage(name, version);
  const exact = found !== null && found.version === version;
  const info = exact ? found : (found ?? estimateNpmPackage(name, version));
  return { name, version, bytes: info.unpackedBytes, files: info.fileCount, dev, estimated: !exact || info.estimated, bins };
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  link?: boolean;
  bin?: Record<string, string>;
  dependencies?: Record<string, LockEntry | string>;
}

function platformOk(e: LockEntry, libc: 'glibc' | 'musl'): boolean {
  const fits = (list: string[] | undefined, value: string): boolean => list === undefined || list.some((x) => x === value || (x.startsWith('!') && x.slice(1) !== value));
  return fits(e.os, 'linux') && fits(e.cpu, 'x64') && fits(e.libc, libc);
}

/** Packages of a package-lock.json (v2/v3 `packages`, v1 `dependencies`); null when unreadable. */
export function npmLockPackages(text: string, libc: 'glibc' | 'musl'): JsPackage[] | null {
  const lock = parseJson<{ packages?: Record<string, LockEntry>; dependencies?: Record<string, LockEntry> }>(text);
  if (lock === null) return null;
  const out: JsPackage[] = [];
  if (lock.packages !== undefined) {
    for (const [path, e] of Object.entries(lock.packages)) {
      if (path === '' || e.link === true || e.version === undefined || !path.includes('node_modules/')) continue;
      if (!platformOk(e, libc)) continue;
      const name = path.slice(path.lastIndexOf('node_modules/') + 13);
      out.push(sized(name, e.version, e.dev === true || e.devOptional === true, e.bin ?? {}));
    }
    return out;
  }
  const walkV1 = (deps: Record<string, LockEntry | string>): void => {
    for (const [name, e] of Object.entries(deps)) {
      if (typeof e === 'string' || e.version === undefined) continue;
      out.push(sized(name, e.version, e.dev === true));
      if (e.dependencies !== undefined) walkV1(e.dependencies);
    }
  };
  walkV1(lock.dependencies ?? {});
  return out;
}

/** Packages of a yarn.lock (v1 or berry): `name@range` headers with a `version` line. */
export function yarnLockPackages(text: string): JsPackage[] {
  const out: JsPackage[] = [];
  const seen = new Set<string>();
  const re = /^"?((?:@[^@/\s"]+\/)?[^@\s",]+)@[^\n]*:\n(?:[ \t]+[^\n]*\n)*?[ \t]+version:? "?([^"\n]+)"?/gm;
  for (const m of text.matchAll(re)) {
    const key = `${m[1] ?? ''}@${m[2] ?? ''}`;
    if (seen.has(key) || m[1] === '__metadata') continue;
    seen.add(key);
    out.push(sized(m[1] ?? '', m[2] ?? '', false));
  }
  return out;
}

/** Packages of a pnpm-lock.yaml (`/name@version:` in v5/v6, `name@version:` in v9 `packages:`). */
export function pnpmLockPackages(text: string): JsPackage[] {
  const out: JsPackage[] = [];
  const seen = new Set<string>();
  const section = text.split(/^packages:\s*$/m)[1]?.split(/^[a-z]+:\s*$/m)[0] ?? '';
  for (const m of section.matchAll(/^ {2}'?\/?((?:@[^@/\s]+\/)?[^@\s/']+)[@/]([0-9][^:('\s]*)/gm)) {
    const key = `${m[1] ?? ''}@${m[2] ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(sized(m[1] ?? '', m[2] ?? '', false));
  }
  return out;
}

/** Without a lockfile: the catalog's closure of package.json's dependencies. */
export function manifestPackages(pkg: PackageJson, includeDev: boolean, libc: 'glibc' | 'musl'): JsPackage[] {
  const prod = npmClosure({ ...(pkg.dependencies ?? {}), ...(pkg.optionalDependencies ?? {}) }, { libc });
  const prodKeys = new Set(prod.packages.map((p) => `${p.name}@${p.version}`));
  const out = prod.packages.map((p) => ({ name: p.name, version: p.version, bytes: p.unpackedBytes, files: p.fileCount, dev: false, estimated: p.estimated, bins: {} }));
  if (includeDev) {
    for (const p of npmClosure(pkg.devDependencies ?? {}, { libc }).packages) {
      if (prodKeys.has(`${p.name}@${p.version}`)) continue;
      prodKeys.add(`${p.name}@${p.version}`);
      out.push({ name: p.name, version: p.version, bytes: p.unpackedBytes, files: p.fileCount, dev: true, estimated: p.estimated, bins: {} });
    }
  }
  return out;
}
