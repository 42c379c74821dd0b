/**
 * Helpers shared by the catalog generators: where /work/shared and the output live, running a
 * command, writing stable JSON. Generators read /work/shared at generation time only; nothing
 * from it is copied into the repository except cited figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const SHARED_DIR = process.env.STAGECRAFT_SHARED ?? resolve(REPO_ROOT, '../shared');
export const DATA_DIR = join(REPO_ROOT, 'src/engine/catalog/data');
export const CACHE_DIR = join(REPO_ROOT, 'scripts/catalog/cache');

/** The day the generator ran (YYYY-MM-DD), used in citations such as "apt-cache, 2026-08-22". */
export const TODAY = new Date().toISOString().slice(0, 10);

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readJsonIfExists<T>(path: string, fallback: T): T {
  return existsSync(path) ? readJson<T>(path) : fallback;
}

/** Writes JSON with sorted-insertion order preserved, two-space indent, trailing newline. */
export function writeJson(path: string, value: unknown, compact = false): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, compact ? 0 : 1)}\n`);
}

/** Runs a command; returns stdout, or '' when it fails (callers treat missing data as unknown). */
export function run(cmd: string, args: string[], opts: { maxBuffer?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: opts.env ?? process.env,
      cwd: opts.cwd,
    });
  } catch (err) {
    const out = (err as { stdout?: string }).stdout;
    return typeof out === 'string' ? out : '';
  }
}

/** Sorts object keys so re-runs produce byte-identical files. */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key] as T;
  return out;
}
