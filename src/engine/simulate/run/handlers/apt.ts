/**
 * apt-get and apt (Debian, Ubuntu): `update` fills /var/lib/apt/lists (19,868,756 B measured on
 * bookworm, SIZES.md §3); `install` adds the dependency closure from Debian 12's index
 * (Installed-Size, recommends unless `--no-install-recommends`, slim images without docs) minus
 * what the image has; without lists it fails like apt (`E: Unable to locate package`, exit 100);
 * without `-y` it aborts when extra packages are needed. Official images' docker-clean hook
 * deletes downloaded .debs, so /var/cache/apt stays empty.
 */
import { aptBaseSet, aptClosure, lookupArtifact, otherFigures } from '../../../catalog';
import { clearDir, getEntry, listDir, locate } from '../../../fs';
import { DPKG_PER_PACKAGE_MS, downloadModel, downloadMs, mb, unpackMs } from '../models';
import { installedApt, isSlimImage, recordApt } from '../packageDb';
import { addTime, noteEstimate, offline, parseArgs, print, printErr, putBulk, putFile } from './api';
import { installPackageFiles, removePackageFiles } from './pkgFiles';
import type { Handler, Invocation } from './types';

const LISTS = '/var/lib/apt/lists';
/** Compressed index downloads behind the lists (Packages.xz of main/updates/security): ~9.3 MB (estimate). */
const LIST_DOWNLOAD_BYTES = 9_300_000;
/** An apt package the index does not have (another distribution or a third-party repository): ~2 MB (estimate). */
const UNKNOWN_DEB_BYTES = 2_000_000;

function listsBytes(): number {
  const f = otherFigures().caches.aptLists as { bytes?: number } | undefined;
  return f?.bytes ?? 19_868_756;
}

function hasLists(inv: Invocation): boolean {
  const e = getEntry(inv.sh.shared.tree, LISTS);
  return e?.kind === 'bulk' && e.size > 0;
}

function thirdPartySources(inv: Invocation): string[] {
  return (listDir(inv.sh.shared.tree, '/etc/apt/sources.list.d') ?? []).map((e) => e.path);
}

function update(inv: Invocation): number {
  const ubuntu = inv.sh.shared.ctx.osFamily === 'ubuntu';
  const mirror = ubuntu ? 'http://archive.ubuntu.com/ubuntu jammy' : 'http://deb.debian.org/debian bookworm';
  if (offline(inv)) {
    const host = ubuntu ? 'archive.ubuntu.com' : 'deb.debian.org';
    print(inv, `Err:1 ${mirror} InRelease\n  Temporary failure resolving '${host}'\nReading package lists...\n`);
    printErr(inv, `W: Failed to fetch ${mirror.replace(' ', '/dists/')}/InRelease  Temporary failure resolving '${host}'\nW: Some index files failed to download. They have been ignored, or old ones used instead.\n`);
    return 0;
  }
  print(inv, `Get:1 ${mirror} InRelease [151 kB]\nGet:2 ${mirror}-updates InRelease [55.4 kB]\nGet:3 ${mirror}/main amd64 Packages [8,792 kB]\n`);
  const extra = thirdPartySources(inv);
  extra.forEach((s, i) => print(inv, `Get:${i + 4} (${s.slice(s.lastIndexOf('/') + 1)}) InRelease\n`));
  print(inv, `Fetched ${(LIST_DOWNLOAD_BYTES / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} kB\nReading package lists...\n`);
  const bytes = listsBytes() + extra.length * 200_000;
  putBulk(inv, LISTS, { size: bytes, fileCount: 12 + extra.length * 2, source: 'apt lists after apt-get update on bookworm, lz4-compressed by docker-gzip-indexes (measured, SIZES.md §3)' }, { category: 'packages', packageName: 'apt lists' });
  if (ubuntu) noteEstimate(inv, 'apt lists: the size measured on Debian bookworm is used for Ubuntu too (estimate)');
  addTime(inv, downloadMs(LIST_DOWNLOAD_BYTES) + 1500, `apt-get update: ${downloadModel(LIST_DOWNLOAD_BYTES)} + 1.5 s parsing`);
  return 0;
}

function packageSpec(spec: string): string {
  return spec.replace(/[=/].*$/, '').replace(/:(amd64|arm64|i386|all)$/, '');
}

interface NodesourcePackage {
  name: string;
  version: string;
  installedKiB: number;
}

function nodesource(inv: Invocation): NodesourcePackage | undefined {
  if (!thirdPartySources(inv).some((p) => p.includes('nodesource'))) return undefined;
  const a = lookupArtifact('https://deb.nodesource.com/setup_20.x')?.artifact as { aptPackage?: NodesourcePackage } | undefined;
  return a?.aptPackage;
}

/** `-y`, `--yes`, `-qq` (quiet level 2 implies -y), `-o APT::Get::Assume-Yes=true`, or `yes |`. */
function assumeYes(inv: Invocation, p: ReturnType<typeof parseArgs>): boolean {
  let quiet = 0;
  for (const a of inv.args) {
    if (/^-[a-zA-Z]+$/.test(a)) quiet = Math.max(quiet, (a.match(/q/g) ?? []).length);
    const m = /^(?:-q|--quiet)=(\d)$/.exec(a);
    if (m !== null) quiet = Math.max(quiet, Number(m[1]));
  }
  const stdin = inv.io.stdin.text.slice(inv.io.stdin.pos ?? 0);
  return p.flags.has('y') || p.flags.has('yes') || p.flags.has('assume-yes') || quiet >= 2 || /Assume-Yes=(true|1|yes)/i.test(inv.args.join(' ')) || /^[yY]/.test(stdin);
}

function install(inv: Invocation, p: ReturnType<typeof parseArgs>, names: string[]): number {
  print(inv, 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
  const wanted = names.filter((n) => !n.endsWith('-') && !n.startsWith('.') && !n.startsWith('/')).map(packageSpec);
  const localDebs = names.filter((n) => n.endsWith('.deb'));
  const extra = thirdPartySources(inv);
  if (!hasLists(inv) && inv.sh.shared.notSimulated.length === 0 && localDebs.length === 0) {
    for (const n of wanted) printErr(inv, `E: Unable to locate package ${n}\n`);
    return 100;
  }
  if (!hasLists(inv)) noteEstimate(inv, 'apt-get install: the package lists are empty here, but an earlier command that was not simulated may have filled them; installing anyway');
  const base = installedApt(inv.sh);
  if (base === null) noteEstimate(inv, `apt: the packages preinstalled in this image are not in the catalog; assumed Debian 12 slim's set`);
  const installed = base ?? new Set(aptBaseSet('bookworm-slim') ?? []);
  const ns = nodesource(inv);
  const fromNodesource = ns !== undefined && wanted.includes('nodejs') ? ns : undefined;
  const closure = aptClosure(wanted.filter((n) => !(fromNodesource !== undefined && n === 'nodejs')), installed, { recommends: !p.flags.has('no-install-recommends'), slim: isSlimImage(inv.sh) });
  const unknown = closure.unknown.filter((n) => wanted.includes(n));
  if (unknown.length > 0 && extra.length === 0 && inv.sh.shared.ctx.osFamily === 'debian' && inv.sh.shared.notSimulated.length === 0) {
    for (const n of unknown) noteEstimate(inv, `apt: ${n} is not in Debian 12's index (another release or a third-party repository?); sized at ~2 MB (estimate)`);
  }
  const count = closure.install.length + unknown.length + (fromNodesource !== undefined ? 1 : 0);
  if (count > wanted.length && !assumeYes(inv, p)) {
    print(inv, `The following NEW packages will be installed:\n  ${closure.install.map((x) => x.name).join(' ')}\n`);
    print(inv, `0 upgraded, ${count} newly installed, 0 to remove and 0 not upgraded.\nDo you want to continue? [Y/n] Abort.\n`);
    return 1;
  }
  let bytes = 0;
  let download = 0;
  const records = [];
  for (const pkg of closure.install) {
    installPackageFiles(inv, { name: pkg.name, version: pkg.version, bytes: pkg.installedBytes, fileCount: Math.max(1, Math.round(pkg.installedBytes / 25_000)), source: pkg.source, manager: 'apt' });
    records.push({ name: pkg.name, version: pkg.version, bytes: pkg.installedBytes, kib: pkg.installedKiB });
    bytes += pkg.installedBytes;
    download += pkg.downloadBytes;
  }
  for (const name of unknown) {
    installPackageFiles(inv, { name, version: '', bytes: UNKNOWN_DEB_BYTES, fileCount: 80, source: 'estimate: not in Debian 12 index', manager: 'apt' });
    records.push({ name, version: '', bytes: UNKNOWN_DEB_BYTES });
    bytes += UNKNOWN_DEB_BYTES;
    download += UNKNOWN_DEB_BYTES / 3;
    if (extra.length > 0 || inv.sh.shared.ctx.osFamily !== 'debian') noteEstimate(inv, `apt: ${name} is not in Debian 12's index; sized at ~2 MB (estimate)`);
  }
  if (fromNodesource !== undefined) {
    const nb = fromNodesource.installedKiB * 1024;
    installPackageFiles(inv, { name: 'nodejs', version: fromNodesource.version, bytes: nb, fileCount: 2000, source: 'NodeSource nodejs .deb Installed-Size (SIZES.md §5)', manager: 'apt' });
    putFile(inv, '/usr/bin/npm', { size: 0, seed: 'nodesource npm', mode: 0o755 }, { category: 'packages', packageName: 'nodejs' });
    putFile(inv, '/usr/bin/npx', { size: 0, seed: 'nodesource npx', mode: 0o755 }, { category: 'packages', packageName: 'nodejs' });
    records.push({ name: 'nodejs', version: fromNodesource.version, bytes: nb, kib: fromNodesource.installedKiB });
    bytes += nb;
    download += nb / 3;
  }
  print(inv, `0 upgraded, ${count} newly installed, 0 to remove and 0 not upgraded.\nNeed to get ${mb(download)} of archives.\nAfter this operation, ${mb(bytes)} of additional disk space will be used.\n`);
  for (const r of records.slice(0, 40)) print(inv, `Setting up ${r.name} (${r.version || 'unknown'}) ...\n`);
  if (records.length > 40) print(inv, `... and ${records.length - 40} more\n`);
  recordApt(inv.sh, records);
  const log = getEntry(inv.sh.shared.tree, '/var/log/dpkg.log');
  putFile(inv, '/var/log/dpkg.log', { size: (log?.size ?? 0) + records.length * 300, seed: `dpkg.log+${records.map((r) => r.name).join(',')}` }, { category: 'packages', packageName: 'dpkg log' });
  addTime(inv, downloadMs(download) + unpackMs(bytes) + count * DPKG_PER_PACKAGE_MS, `apt-get install: ${downloadModel(download)} + unpack + ${DPKG_PER_PACKAGE_MS} ms/package`);
  return 0;
}

/** `--download-only`: the .deb files stay in /var/cache/apt/archives (docker-clean runs only after installs). */
function downloadOnly(inv: Invocation, p: ReturnType<typeof parseArgs>, names: string[]): number {
  const installed = installedApt(inv.sh) ?? new Set(aptBaseSet('bookworm-slim') ?? []);
  const closure = aptClosure(names.map(packageSpec), installed, { recommends: !p.flags.has('no-install-recommends') });
  for (const pkg of closure.install) putFile(inv, `/var/cache/apt/archives/${pkg.name}_${pkg.version.replace(/^\d+:/, '')}_amd64.deb`, { size: pkg.downloadBytes, seed: `deb ${pkg.name} ${pkg.version}` }, { category: 'packages', packageName: pkg.name });
  addTime(inv, downloadMs(closure.downloadBytes), `apt-get download: ${downloadModel(closure.downloadBytes)}`);
  return 0;
}

function removePackages(inv: Invocation, names: string[]): number {
  const installed = installedApt(inv.sh) ?? new Set<string>();
  const gone = names.map(packageSpec).filter((n) => installed.has(n));
  for (const name of gone) removePackageFiles(inv, { name, manager: 'apt' });
  recordApt(inv.sh, [], gone);
  print(inv, `0 upgraded, 0 newly installed, ${gone.length} to remove and 0 not upgraded.\n`);
  addTime(inv, gone.length * DPKG_PER_PACKAGE_MS, `apt-get remove ${DPKG_PER_PACKAGE_MS} ms/package`);
  return 0;
}

export const aptCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['o', 'option', 'c', 't', 'target-release']);
  if (inv.name === 'apt') printErr(inv, '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  const [sub, ...names] = p.operands;
  switch (sub) {
    case 'update':
      return update(inv);
    case 'install':
    case 'reinstall': {
      if (names.length === 0) return 0;
      if (p.flags.has('update')) update(inv);
      if (p.flags.has('d') || p.flags.has('download-only')) return downloadOnly(inv, p, names);
      return install(inv, p, names);
    }
    case 'remove':
    case 'purge':
      return removePackages(inv, names);
    case 'clean':
    case 'autoclean':
    case 'distclean': {
      for (const dir of ['/var/cache/apt/archives']) {
        if (locate(inv.sh.shared.tree, dir).status !== 'found') continue;
        const r = clearDir(inv.sh.shared.tree, dir);
        if (r.ok) inv.sh.shared.tree = r.tree;
      }
      return 0;
    }
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      print(inv, 'Reading package lists...\nCalculating upgrade...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
      noteEstimate(inv, `apt-get ${sub}: the base image is assumed up to date; nothing is upgraded in the simulation`);
      return 0;
    default:
      return 0;
  }
};
