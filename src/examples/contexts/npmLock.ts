/**
 * package.json and package-lock.json (lockfileVersion 3) for the Node examples. The lock entries
 * are kept as data (one line per installed package, as npm resolved them); this module adds the
 * root entry from package.json and the registry `resolved` URL npm writes after `version`.
 */
import { jsonFile } from './files';
import type { ContextFile } from './types';

/** The fields of package.json our examples use. */
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  type?: 'module' | 'commonjs';
  main?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  engines?: Record<string, string>;
}

/** One lock entry: its path under node_modules/ (`send/node_modules/ms` for a nested copy) and fields. */
export type NpmLockEntry = readonly [path: string, fields: Readonly<Record<string, unknown>>];

/** The root entry's keys, in the order npm 11 writes them. */
const ROOT_KEYS = ['name', 'version', 'license', 'dependencies', 'devDependencies', 'engines'] as const;

/** The registry tarball URL npm records: `<registry>/<name>/-/<basename>-<version>.tgz`. */
export function registryTarball(name: string, version: string): string {
  const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  return `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`;
}

/** The package name a lock path installs (the part after the last `node_modules/`). */
export function lockPathName(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return at < 0 ? path : path.slice(at + 'node_modules/'.length);
}

function rootEntry(pkg: PackageJson): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of ROOT_KEYS) {
    const value = pkg[key];
    if (value !== undefined) root[key] = value;
  }
  return root;
}

/** The package-lock.json text npm writes for `pkg` with these resolved entries. */
export function packageLockText(pkg: PackageJson, entries: readonly NpmLockEntry[]): string {
  const packages: Record<string, unknown> = { '': rootEntry(pkg) };
  for (const [path, fields] of entries) {
    const { version, ...rest } = fields;
    const resolved = typeof version === 'string' ? registryTarball(lockPathName(path), version) : undefined;
    packages[`node_modules/${path}`] = resolved === undefined ? fields : { version, resolved, ...rest };
  }
  const lock = { name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** `package.json` and `package-lock.json` as context files. */
export function npmManifests(pkg: PackageJson, entries: readonly NpmLockEntry[]): Record<string, ContextFile> {
  return {
    'package.json': jsonFile(pkg),
    'package-lock.json': { content: packageLockText(pkg, entries) },
  };
}
