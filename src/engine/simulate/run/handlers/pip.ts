/**
 * pip install/uninstall (also `python -m pip`, `uv pip`): packages from the command line and
 * `-r requirements.txt` files in the virtual filesystem, with their requirements, sized from
 * PyPI wheels (catalog; unknown names estimated). Each package becomes a bulk entry in
 * site-packages. Without `--no-cache-dir` (or PIP_NO_CACHE_DIR) the wheels stay in
 * ~/.cache/pip, a classic source of wasted space.
 */
import { lookupPipPackage, pipClosure } from '../../../catalog';
import { getEntry, listDir, remove } from '../../../fs';
import { downloadModel, downloadMs, PIP_PER_PACKAGE_MS, unpackMs } from '../models';
import { abs, addTime, noteEstimate, notSimulated, offline, parseArgs, print, printErr, putBulk, readText } from './api';
import { EXTERNALLY_MANAGED, pythonEnv } from './pythonEnv';
import type { Invocation } from './types';

/** A PyPI package we do not know: ~1 MB unpacked from a ~0.35 MB wheel (estimate). */
const UNKNOWN_UNPACKED = 1_000_000;
const UNKNOWN_WHEEL = 350_000;
const ALREADY = new Set(['pip', 'setuptools', 'wheel']);

export function normalizeName(spec: string): string {
  return spec.trim().replace(/\[.*?\]/, '').replace(/[\s;].*$/, '').replace(/[<>=!~@].*$/, '').toLowerCase().replace(/[-_.]+/g, '-');
}

/** Requirement names from a requirements file, following `-r` includes. */
export function readRequirements(inv: Invocation, file: string, depth = 0): string[] | null {
  const text = readText(inv, file);
  if (text === null) return null;
  if (text === undefined || depth > 5) return [];
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const inc = /^(?:-r|--requirement)\s*=?\s*(\S+)/.exec(line);
    if (inc !== null) {
      const dir = abs(inv, file).replace(/\/[^/]*$/, '');
      out.push(...(readRequirements(inv, `${dir}/${inc[1] ?? ''}`, depth + 1) ?? []));
      continue;
    }
    if (line.startsWith('-')) continue;
    if (/^(git\+|https?:|\.|\/)/.test(line)) continue;
    out.push(normalizeName(line.replace(/\s+\\$/, '')));
  }
  return out;
}

function cacheDisabled(inv: Invocation, p: ReturnType<typeof parseArgs>): boolean {
  const env = (inv.env.get('PIP_NO_CACHE_DIR') ?? '').toLowerCase();
  return p.flags.has('no-cache-dir') || ['1', 'true', 'yes', 'on', 'off', '0', 'false', 'no'].includes(env);
}

export function pipInstall(inv: Invocation, args: string[], tool = 'pip'): number {
  const p = parseArgs(args, ['r', 'requirement', 'c', 'constraint', 'i', 'index-url', 'extra-index-url', 'target', 't', 'prefix', 'f', 'find-links', 'e', 'editable', 'trusted-host', 'only-binary', 'no-binary', 'python', 'root']);
  const env = pythonEnv(inv);
  const breakSystem = p.flags.has('break-system-packages') || /^(1|true|yes)$/i.test(inv.env.get('PIP_BREAK_SYSTEM_PACKAGES') ?? '') || tool === 'uv';
  const target = p.values.get('target')?.[0] ?? p.values.get('t')?.[0];
  if (env.kind === 'system' && !breakSystem && target === undefined && (inv.sh.shared.ctx.osFamily === 'debian' || inv.sh.shared.ctx.osFamily === 'alpine')) {
    printErr(inv, EXTERNALLY_MANAGED);
    return 1;
  }
  const names: string[] = [];
  for (const file of [...(p.values.get('r') ?? []), ...(p.values.get('requirement') ?? [])]) {
    if (readText(inv, file) === undefined) return notSimulated(inv, `${file}'s text is not known to the simulator`);
    const reqs = readRequirements(inv, file);
    if (reqs === null) {
      printErr(inv, `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
      return 1;
    }
    names.push(...reqs);
  }
  const locals = [...p.operands.filter((o) => /^(\.|\/)/.test(o) || o.endsWith('.whl') || o.includes('://')), ...(p.values.get('e') ?? []), ...(p.values.get('editable') ?? [])];
  names.push(...p.operands.filter((o) => !locals.includes(o)).map(normalizeName));
  const prefix = p.values.get('prefix')?.[0];
  const site = target ?? (prefix !== undefined ? `${prefix}/lib/python${env.version}/site-packages` : p.flags.has('user') ? `${inv.env.get('HOME') ?? '/root'}/.local/lib/python${env.version}/site-packages` : env.sitePackages);
  const wanted = names.filter((n) => !ALREADY.has(n));
  if (offline(inv) && wanted.length > 0) {
    printErr(inv, `WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError': Failed to establish a new connection: [Errno -3] Temporary failure in name resolution\nERROR: Could not find a version that satisfies the requirement ${wanted[0] ?? ''} (from versions: none)\nERROR: No matching distribution found for ${wanted[0] ?? ''}\n`);
    return 1;
  }
  const closure = p.flags.has('no-deps') ? { install: wanted.flatMap((n) => lookupPipPackage(n) ?? []), unknown: wanted.filter((n) => lookupPipPackage(n) === null) } : pipClosure(wanted, installedIn(inv, site));
  let unpacked = 0;
  let wheels = 0;
  const done: string[] = [];
  const origin = { category: 'dependencies' };
  for (const pkg of closure.install) {
    putBulk(inv, `${site}/${pkg.name.replace(/-/g, '_')}`, { size: pkg.unpackedBytes, fileCount: pkg.files, source: `PyPI ${pkg.name} ${pkg.version} (${pkg.source})` }, { ...origin, packageName: pkg.name });
    unpacked += pkg.unpackedBytes;
    wheels += pkg.wheelBytes;
    done.push(`${pkg.name}-${pkg.version}`);
    if (pkg.estimated) noteEstimate(inv, `pip ${pkg.name}: ${pkg.estimateBasis ?? 'estimated size'}`);
  }
  for (const name of closure.unknown) {
    putBulk(inv, `${site}/${name.replace(/-/g, '_')}`, { size: UNKNOWN_UNPACKED, fileCount: 60, source: `estimate: ${name} not in the catalog, ~1 MB` }, { ...origin, packageName: name });
    unpacked += UNKNOWN_UNPACKED;
    wheels += UNKNOWN_WHEEL;
    done.push(name);
    noteEstimate(inv, `pip ${name}: not in the catalog; sized at ~1 MB installed (estimate, dependencies not counted)`);
  }
  for (const local of locals) {
    const name = local.replace(/\/+$/, '').split('/').pop() || 'project';
    putBulk(inv, `${site}/${name === '.' ? 'project' : name}`, { size: 200_000, fileCount: 20, source: 'estimate: a local project installed from source' }, { category: 'code', packageName: name });
    noteEstimate(inv, `pip install ${local}: a local project, sized at ~200 KB (estimate)`);
  }
  if (!cacheDisabled(inv, p) && tool === 'pip' && wheels > 0) {
    const cache = `${inv.env.get('HOME') ?? '/root'}/.cache/pip`;
    const before = getEntry(inv.sh.shared.tree, cache);
    putBulk(inv, cache, { size: (before?.kind === 'bulk' ? before.size : 0) + wheels, fileCount: done.length * 2, source: 'pip wheel cache (wheel bytes of the packages downloaded)' }, { category: 'dependencies', packageName: 'pip cache' });
  }
  if (done.length > 0) print(inv, `Successfully installed ${done.join(' ')}\n`);
  addTime(inv, downloadMs(wheels) + unpackMs(unpacked) + done.length * PIP_PER_PACKAGE_MS, `${tool}: ${downloadModel(wheels)} + unpack + ${PIP_PER_PACKAGE_MS} ms/package`);
  return 0;
}

/** Packages already in site-packages (the bulk entries earlier installs left). */
function installedIn(inv: Invocation, site: string): string[] {
  return (listDir(inv.sh.shared.tree, site) ?? []).map((e) => normalizeName(e.path.slice(e.path.lastIndexOf('/') + 1)));
}

export function pipUninstall(inv: Invocation, args: string[]): number {
  const env = pythonEnv(inv);
  for (const name of args.filter((a) => !a.startsWith('-')).map(normalizeName)) {
    const r = remove(inv.sh.shared.tree, `${env.sitePackages}/${name.replace(/-/g, '_')}`, { recursive: true, force: true });
    if (r.ok) inv.sh.shared.tree = r.tree;
    print(inv, `Successfully uninstalled ${name}\n`);
  }
  return 0;
}
