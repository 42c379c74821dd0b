/**
 * npm helpers for the catalog: install a project with npm's own resolver (`npm install
 * --ignore-scripts`, one run per project, in /tmp), read its lockfile and measure each package
 * folder's file bytes. (The registry
 * reachable here serves no dist.unpackedSize, so sizes are measured, as SIZES.md §6 did.)
 * The registry documents npm cached while resolving give dist-tags.latest.
 */
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './common';

export const NPM_WORK = '/tmp/stagecraft-npm';
export const NPM_CACHE = join(NPM_WORK, 'cache');

export interface LockEntry {
  /** Path in the lockfile: node_modules/a/node_modules/b */
  path: string;
  name: string;
  version: string;
  dev: boolean;
  optional: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  dependencies: Record<string, string>;
}

export function npmVersion(): string {
  return run('npm', ['--version']).trim();
}

/** Installs `manifest` with npm in /tmp and returns the lockfile's packages (root excluded). */
export function resolveProject(profile: string, manifest: Record<string, unknown>): LockEntry[] {
  const dir = join(NPM_WORK, profile);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  rmSync(join(dir, 'package-lock.json'), { force: true });
  run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--cache', NPM_CACHE], { cwd: dir });
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const entries: LockEntry[] = [];
  for (const [path, raw] of Object.entries(lock.packages)) {
    if (path === '' || raw.link === true) continue;
    const name = typeof raw.name === 'string' ? raw.name : path.slice(path.lastIndexOf('node_modules/') + 13);
    entries.push({
      path,
      name,
      version: String(raw.version ?? ''),
      dev: raw.dev === true,
      optional: raw.optional === true || raw.devOptional === true,
      os: raw.os as string[] | undefined,
      cpu: raw.cpu as string[] | undefined,
      libc: raw.libc as string[] | undefined,
      dependencies: { ...(raw.dependencies as Record<string, string> | undefined), ...(raw.optionalDependencies as Record<string, string> | undefined) },
    });
  }
  return entries;
}

/** Bytes and files inside one package folder, not counting its nested node_modules. */
export function measurePackageDir(dir: string): { bytes: number; files: number } | undefined {
  let bytes = 0;
  let files = 0;
  const visit = (path: string, top: boolean): void => {
    for (const name of readdirSync(path)) {
      if (top && name === 'node_modules') continue;
      const child = join(path, name);
      const st = lstatSync(child);
      if (st.isDirectory()) visit(child, false);
      else if (st.isFile()) {
        bytes += st.size;
        files += 1;
      }
    }
  };
  try {
    visit(dir, true);
  } catch {
    return undefined;
  }
  return { bytes, files };
}

export function removeNodeModules(profile: string): void {
  rmSync(join(NPM_WORK, profile, 'node_modules'), { recursive: true, force: true });
}

export interface VersionFacts {
  unpackedSize?: number;
  fileCount?: number;
  tarballSize?: number;
  latest?: string;
}

function integrityToPath(integrity: string): string {
  const [algo, b64] = integrity.split('-', 2) as [string, string];
  const hex = Buffer.from(b64, 'base64').toString('hex');
  return join(NPM_CACHE, '_cacache', 'content-v2', algo, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** Reads every registry document npm cached: package name -> parsed packument. */
export function readCachedPackuments(): Map<string, Record<string, unknown>> {
  const files: string[] = [];
  walk(join(NPM_CACHE, '_cacache', 'index-v5'), files);
  const docs = new Map<string, Record<string, unknown>>();
  const prefix = 'make-fetch-happen:request-cache:https://registry.npmjs.org/';
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const entry = JSON.parse(line.slice(tab + 1)) as { key: string; integrity: string | null };
      if (!entry.key.startsWith(prefix) || entry.integrity === null) continue;
      const name = decodeURIComponent(entry.key.slice(prefix.length));
      if (name.includes('/-/')) continue;
      try {
        docs.set(name, JSON.parse(readFileSync(integrityToPath(entry.integrity), 'utf8')) as Record<string, unknown>);
      } catch {
        // an entry superseded by a later write; the later one wins
      }
    }
  }
  return docs;
}

export function versionFacts(doc: Record<string, unknown> | undefined, version: string): VersionFacts {
  const versions = (doc?.versions ?? {}) as Record<string, { dist?: { unpackedSize?: number; fileCount?: number } }>;
  const dist = versions[version]?.dist;
  const latest = ((doc?.['dist-tags'] ?? {}) as Record<string, string>).latest;
  return { unpackedSize: dist?.unpackedSize, fileCount: dist?.fileCount, latest };
}
