/**
 * Measures PyPI wheels from the local PyPI mirror pip uses on this machine (/opt/pypi, a file://
 * index of real PyPI files): wheel bytes, unpacked bytes and files (zip listing), and the
 * Requires-Dist of its METADATA, for CPython 3.12 on manylinux x86_64. The mirror holds compiled
 * wheels for cp311 only; those stand in for cp312 (callers mark them as estimates).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './common';

const INDEXES = ['/opt/pypi', '/opt/pypi-more'];

export interface Wheel {
  name: string;
  version: string;
  file: string;
  wheelBytes: number;
  unpackedBytes: number;
  files: number;
  requires: string[];
}

const normalise = (n: string): string => n.toLowerCase().replace(/[-_.]+/g, '-');

function compatible(file: string): boolean {
  if (!file.endsWith('.whl')) return false;
  const tags = file.slice(0, -4).split('-').slice(-3);
  const [py = '', abi = '', plat = ''] = tags;
  const pyOk = py.split('.').some((t) => ['py3', 'cp312', 'cp311', 'py2.py3', 'py312'].includes(t));
  const abiOk = ['none', 'abi3', 'cp312', 'cp311'].some((a) => abi.split('.').includes(a));
  const platOk = plat === 'any' || plat.split('.').some((p) => /manylinux.*x86_64/.test(p));
  return (pyOk || abi === 'abi3') && abiOk && platOk;
}

function versionKey(v: string): number[] {
  return v.split(/[.+-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : -1));
}

function newer(a: string, b: string): boolean {
  const ka = versionKey(a);
  const kb = versionKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    if ((ka[i] ?? 0) !== (kb[i] ?? 0)) return (ka[i] ?? 0) > (kb[i] ?? 0);
  }
  return false;
}

function findWheel(name: string): { path: string; file: string; version: string } | undefined {
  let best: { path: string; file: string; version: string } | undefined;
  for (const root of INDEXES) {
    const index = join(root, 'simple', normalise(name), 'index.html');
    if (!existsSync(index)) continue;
    for (const m of readFileSync(index, 'utf8').matchAll(/href="([^"#]+)/g)) {
      const rel = m[1] ?? '';
      const file = rel.split('/').pop() ?? '';
      if (!compatible(file)) continue;
      const version = file.split('-')[1] ?? '';
      const path = join(root, 'simple', normalise(name), rel);
      if (existsSync(path) && (best === undefined || newer(version, best.version))) best = { path, file, version };
    }
  }
  return best;
}

/** Requirement names without extras-only entries (`; extra == "x"`). */
function requiresOf(metadata: string): string[] {
  const out: string[] = [];
  for (const line of metadata.split('\n')) {
    if (!line.startsWith('Requires-Dist:')) continue;
    const spec = line.slice(14).trim();
    if (/extra\s*==/.test(spec)) continue;
    if (/python_version\s*<\s*["']3\.([0-9]|1[01])["']/.test(spec)) continue;
    if (/(sys_platform|platform_system)\s*==\s*["'](win32|Windows|darwin|Darwin)["']/.test(spec)) continue;
    if (/implementation_name\s*==\s*["']pypy["']|platform_python_implementation\s*==\s*["']PyPy["']/.test(spec)) continue;
    const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec)?.[0];
    if (name !== undefined) out.push(normalise(name));
  }
  return [...new Set(out)];
}

export function measureWheel(name: string): Wheel | undefined {
  const found = findWheel(name);
  if (found === undefined) return undefined;
  const listing = run('unzip', ['-l', found.path]).trim().split('\n');
  const total = /^\s*(\d+)\s+(\d+)\s+files?/.exec(listing[listing.length - 1] ?? '');
  const metadata = run('sh', ['-c', `unzip -p '${found.path}' '*.dist-info/METADATA'`]);
  return {
    name: normalise(name),
    version: found.version,
    file: found.file,
    wheelBytes: statSync(found.path).size,
    unpackedBytes: Number(total?.[1] ?? 0),
    files: Number(total?.[2] ?? 0),
    requires: requiresOf(metadata),
  };
}

/** Measures `names` and everything they require (bounded by `limit` wheels). */
export function measureClosure(names: string[], limit = 200): Map<string, Wheel | null> {
  const out = new Map<string, Wheel | null>();
  const queue = names.map(normalise);
  while (queue.length > 0 && out.size < limit) {
    const name = queue.shift() as string;
    if (out.has(name)) continue;
    const wheel = measureWheel(name) ?? null;
    out.set(name, wheel);
    for (const dep of wheel?.requires ?? []) if (!out.has(dep)) queue.push(dep);
  }
  return out;
}
