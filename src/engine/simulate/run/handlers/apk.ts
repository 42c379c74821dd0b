/**
 * apk (Alpine): `add` (with `--no-cache`, `--virtual`/`-t`, `--update`/`-U`), `del`, `update`,
 * `upgrade`, `cache clean`. Sizes come from the catalog (repo-info package lists and APKINDEX
 * figures); unknown packages get an estimate. Without `--no-cache` apk leaves its indexes in
 * /var/cache/apk: v3.21's main and community APKINDEX are 0.46 MiB + 1.90 MiB (SIZES.md §3).
 */
import { apkClosure, lookupApkPackage } from '../../../catalog';
import { clearDir, getEntry } from '../../../fs';
import { APK_PER_PACKAGE_MS, downloadModel, downloadMs, unpackMs } from '../models';
import { apkRecords, installedApk, recordApk } from '../packageDb';
import { addTime, noteEstimate, offline, parseArgs, print, printErr, putFile } from './api';
import { installPackageFiles, removePackageFiles } from './pkgFiles';
import type { Handler, Invocation } from './types';

/** APKINDEX.tar.gz of main and community (Alpine 3.21; SIZES.md §3, renovate PR#45698). */
const INDEXES: [string, number][] = [['main', 482_345], ['community', 1_992_294]];
/** An apk package we know nothing about: ~1 MiB installed (estimate). */
const UNKNOWN_APK_BYTES = 1_048_576;
/** .apk files are gzip tarballs: download ~40% of installed bytes (estimate). */
const APK_DOWNLOAD_RATIO = 0.4;

function alpineBranch(inv: Invocation): string {
  const e = getEntry(inv.sh.shared.tree, '/etc/alpine-release');
  const v = e?.kind === 'file' ? e.content?.trim() : undefined;
  return v === undefined ? 'latest-stable' : `v${v.split('.').slice(0, 2).join('.')}`;
}

function indexPath(repo: string): string {
  return `/var/cache/apk/APKINDEX.${repo === 'main' ? '3b1b4b8d' : '5e7d3ad5'}.tar.gz`;
}

function fetchIndexes(inv: Invocation, keep: boolean): boolean {
  const branch = alpineBranch(inv);
  if (offline(inv)) {
    for (const [repo] of INDEXES) {
      print(inv, `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}/x86_64/APKINDEX.tar.gz\n`);
      printErr(inv, `WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}: DNS lookup error\n`);
    }
    return false;
  }
  let bytes = 0;
  for (const [repo, size] of INDEXES) {
    print(inv, `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}/x86_64/APKINDEX.tar.gz\n`);
    bytes += size;
    if (keep) putFile(inv, indexPath(repo), { size, seed: `APKINDEX ${branch} ${repo}` }, { category: 'packages', packageName: 'apk index' });
  }
  addTime(inv, downloadMs(bytes), `apk index ${downloadModel(bytes)}`);
  return true;
}

function hasIndexes(inv: Invocation): boolean {
  return getEntry(inv.sh.shared.tree, indexPath('main')) !== undefined;
}

function packageName(spec: string): string {
  return spec.replace(/@.*$/, '').replace(/[<>=~].*$/, '');
}

function add(inv: Invocation, names: string[], noCache: boolean, virtual: string | undefined): number {
  const installed = installedApk(inv.sh) ?? new Set<string>();
  const wanted = names.map(packageName);
  if ((!noCache || !hasIndexes(inv)) && !fetchIndexes(inv, !noCache)) {
    const missing = wanted.filter((n) => !installed.has(n));
    if (missing.length === 0) return 0;
    printErr(inv, `ERROR: unable to select packages:\n${missing.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('')}`);
    return missing.length;
  }
  const closure = apkClosure(wanted, installed);
  const total = closure.install.length + closure.unknown.length;
  let bytes = 0;
  let n = 0;
  const records = [];
  for (const p of closure.install) {
    n += 1;
    print(inv, `(${n}/${total}) Installing ${p.name} (${p.version ?? 'latest'})\n`);
    installPackageFiles(inv, { name: p.name, version: p.version ?? '', bytes: p.installedBytes, fileCount: Math.max(1, Math.round(p.installedBytes / 20_000)), source: p.source, manager: 'apk' });
    records.push({ name: p.name, version: p.version ?? '', bytes: p.installedBytes });
    bytes += p.installedBytes;
    if (p.estimated) noteEstimate(inv, `apk ${p.name}: ${p.estimateBasis ?? 'estimated size'}`);
  }
  for (const name of closure.unknown) {
    n += 1;
    print(inv, `(${n}/${total}) Installing ${name} (latest)\n`);
    installPackageFiles(inv, { name, version: '', bytes: UNKNOWN_APK_BYTES, fileCount: 50, source: 'estimate: unknown package, ~1 MiB', manager: 'apk' });
    records.push({ name, version: '', bytes: UNKNOWN_APK_BYTES });
    bytes += UNKNOWN_APK_BYTES;
    noteEstimate(inv, `apk ${name}: not in the catalog; sized at ~1 MiB (estimate)`);
  }
  if (virtual !== undefined) records.push({ name: virtual, version: '20240101', deps: wanted });
  recordApk(inv.sh, records);
  const download = Math.round(bytes * APK_DOWNLOAD_RATIO);
  addTime(inv, downloadMs(download) + unpackMs(bytes) + total * APK_PER_PACKAGE_MS, `apk: ${downloadModel(download)} + unpack + ${APK_PER_PACKAGE_MS} ms/package`);
  const count = (installedApk(inv.sh) ?? new Set()).size;
  print(inv, `OK: ${Math.round((bytes + 7_000_000) / 1_048_576)} MiB in ${count} packages\n`);
  return 0;
}

function del(inv: Invocation, names: string[]): number {
  const records = apkRecords(inv.sh);
  const remove = new Set<string>();
  for (const name of names.map(packageName)) {
    const r = records.find((x) => x.name === name);
    if (r === undefined) {
      printErr(inv, `WARNING: No such package: ${name}\n`);
      continue;
    }
    remove.add(name);
    for (const d of r.deps ?? []) {
      // A member stays when another virtual package or the world still needs it.
      const needed = records.some((x) => x.name !== name && !remove.has(x.name) && (x.deps ?? []).includes(d));
      if (!needed) {
        remove.add(d);
        for (const dep of lookupApkPackage(d)?.deps ?? []) if (records.some((x) => x.name === dep && x.version !== '' && x.bytes !== undefined)) remove.add(dep);
      }
    }
  }
  for (const name of remove) {
    print(inv, `Purging ${name}\n`);
    removePackageFiles(inv, { name, manager: 'apk' });
  }
  recordApk(inv.sh, [], [...remove]);
  addTime(inv, remove.size * APK_PER_PACKAGE_MS, `apk del ${APK_PER_PACKAGE_MS} ms/package`);
  return 0;
}

export const apkCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['virtual', 't', 'repository', 'X', 'root', 'p', 'arch', 'cache-dir', 'keys-dir', 'repositories-file']);
  const [sub, ...names] = p.operands;
  const noCache = p.flags.has('no-cache');
  if ((p.flags.has('update') || p.flags.has('U')) && sub !== 'add') fetchIndexes(inv, !noCache);
  switch (sub) {
    case 'add':
      if (names.length === 0 && p.values.get('virtual') === undefined) return 0;
      return add(inv, names, noCache, p.values.get('virtual')?.[0] ?? p.values.get('t')?.[0]);
    case 'del':
    case 'delete':
      return del(inv, names);
    case 'update':
      if (!fetchIndexes(inv, !noCache)) return INDEXES.length;
      print(inv, `OK: ${INDEXES.length * 12_000} distinct packages available\n`);
      return 0;
    case 'upgrade':
      if (!hasIndexes(inv) && !noCache) fetchIndexes(inv, true);
      print(inv, `OK: ${(installedApk(inv.sh) ?? new Set()).size} packages, nothing to upgrade (simulated)\n`);
      return 0;
    case 'cache': {
      if (names[0] === 'clean' || names[0] === 'purge') {
        const r = clearDir(inv.sh.shared.tree, '/var/cache/apk');
        if (r.ok) inv.sh.shared.tree = r.tree;
      }
      return 0;
    }
    case 'info':
    case 'version':
    case 'policy':
    case 'search':
    case 'list':
      for (const name of [...(installedApk(inv.sh) ?? [])].sort()) if (names.length === 0 || names.includes(name)) print(inv, `${name}\n`);
      return 0;
    default:
      return 0;
  }
};
