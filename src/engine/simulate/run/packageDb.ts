/**
 * The package databases of the image, kept in the filesystem like the real ones so they carry
 * over from one RUN to the next: dpkg's /var/lib/dpkg/status and apk's /lib/apk/db/installed.
 * Base images ship these files with their size only; until a command rewrites one, the image's
 * preinstalled set comes from the catalog. A rewritten file holds one short record per package
 * (the fields we know) and keeps the real file's size model (bytes per record, measured).
 */
import { aptBaseSet, lookupImage } from '../../catalog';
import { getEntry, writeFile } from '../../fs';
import type { Shell } from './state';

export const DPKG_STATUS = '/var/lib/dpkg/status';
export const APK_INSTALLED = '/lib/apk/db/installed';

/** Measured bytes of one dpkg status stanza (SIZES.md §3: 632,912 B for 710 packages). */
export const DPKG_STANZA_BYTES = 890;
/** apk installed-db bytes per package: a record header plus one line per file (estimate: ~30 KB for 14 packages). */
export const APK_RECORD_BYTES = 2_000;

export interface InstalledPackage {
  name: string;
  version: string;
  /** Installed bytes, when known. */
  bytes?: number;
  /** dpkg: the control file's Installed-Size (KiB), which the status file records as is. */
  kib?: number;
  /** apk: the members of a virtual package (`apk add --virtual .build-deps ...`). */
  deps?: string[];
}

function baseImage(sh: Shell) {
  const id = sh.shared.ctx.baseImage;
  return id === undefined ? null : lookupImage(id)?.image ?? null;
}

/** The image's preinstalled Debian packages; null when the catalog does not know the image. */
export function aptBaseNames(sh: Shell): readonly string[] | null {
  const key = baseImage(sh)?.preinstalled?.apt;
  return key === undefined ? null : aptBaseSet(key);
}

/** True when the image is a Debian *-slim image (dpkg excludes docs, man pages, locales). */
export function isSlimImage(sh: Shell): boolean {
  const image = baseImage(sh);
  if (image === null) return sh.shared.ctx.osFamily === 'debian';
  return image.preinstalled?.apt === 'bookworm-slim' || /slim/.test(image.id);
}

function parseRecords(text: string, nameKey: string, versionKey: string): InstalledPackage[] {
  const out: InstalledPackage[] = [];
  for (const block of text.split(/\n\n+/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const m = /^([A-Za-z-]+):\s?(.*)$/.exec(line);
      if (m !== null) fields.set(m[1] ?? '', m[2] ?? '');
    }
    const name = fields.get(nameKey);
    const deps = fields.get('D');
    const kib = fields.get('Installed-Size');
    const bytes = fields.get('I');
    if (name !== undefined && name !== '') {
      out.push({
        name, version: fields.get(versionKey) ?? '',
        ...(deps !== undefined ? { deps: deps.split(' ').filter((d) => d !== '') } : {}),
        ...(kib !== undefined ? { kib: Number(kib) } : {}),
        ...(bytes !== undefined ? { bytes: Number(bytes) } : {}),
      });
    }
  }
  return out;
}

function fileContent(sh: Shell, path: string): string | undefined {
  const e = getEntry(sh.shared.tree, path);
  return e?.kind === 'file' ? e.content : undefined;
}

/** Installed Debian packages: the status file's records, else the image's preinstalled set (or null). */
export function installedApt(sh: Shell): Set<string> | null {
  const text = fileContent(sh, DPKG_STATUS);
  if (text !== undefined) return new Set(parseRecords(text, 'Package', 'Version').map((p) => p.name));
  const base = aptBaseNames(sh);
  return base === null ? null : new Set(base);
}

/** Installed Alpine packages: the db's records, else the image's preinstalled set (or null). */
export function installedApk(sh: Shell): Set<string> | null {
  const text = fileContent(sh, APK_INSTALLED);
  if (text !== undefined) return new Set(parseRecords(text, 'P', 'V').map((p) => p.name));
  const apk = baseImage(sh)?.preinstalled?.apk;
  return apk === undefined ? null : new Set(Object.keys(apk));
}

/** Rewrite dpkg's status file with `add` installed and `remove` purged. */
export function recordApt(sh: Shell, add: readonly InstalledPackage[], remove: readonly string[] = []): void {
  const before = getEntry(sh.shared.tree, DPKG_STATUS);
  const current = installedApt(sh) ?? new Set<string>();
  const text = fileContent(sh, DPKG_STATUS) ?? [...current].map((n) => `Package: ${n}\nStatus: install ok installed\n`).join('\n');
  const records = parseRecords(text, 'Package', 'Version').filter((p) => !remove.includes(p.name) && !add.some((a) => a.name === p.name));
  const all = [...records, ...add];
  const content = all.map((p) => `Package: ${p.name}\nStatus: install ok installed\n${p.version !== '' ? `Version: ${p.version}\n` : ''}${p.kib !== undefined ? `Installed-Size: ${p.kib}\n` : p.bytes !== undefined ? `Installed-Size: ${Math.ceil(p.bytes / 1024)}\n` : ''}`).join('\n');
  const baseSize = before?.kind === 'file' ? before.size : current.size * DPKG_STANZA_BYTES;
  const size = Math.max(0, baseSize + (all.length - current.size) * DPKG_STANZA_BYTES);
  const r = writeFile(sh.shared.tree, DPKG_STATUS, { content, size, mtime: sh.shared.ctx.mtime });
  if (r.ok) sh.shared.tree = r.tree;
}

/** apk's records (with virtual packages' members). */
export function apkRecords(sh: Shell): InstalledPackage[] {
  const text = fileContent(sh, APK_INSTALLED);
  if (text !== undefined) return parseRecords(text, 'P', 'V');
  return [...(installedApk(sh) ?? [])].map((name) => ({ name, version: '' }));
}

/** Rewrite apk's installed database with `add` installed and `remove` deleted. */
export function recordApk(sh: Shell, add: readonly InstalledPackage[], remove: readonly string[] = []): void {
  const before = getEntry(sh.shared.tree, APK_INSTALLED);
  const current = installedApk(sh) ?? new Set<string>();
  const text = fileContent(sh, APK_INSTALLED) ?? [...current].map((n) => `P:${n}\n`).join('\n');
  const records = parseRecords(text, 'P', 'V').filter((p) => !remove.includes(p.name) && !add.some((a) => a.name === p.name));
  const all = [...records, ...add];
  const content = all.map((p) => `P:${p.name}\n${p.version !== '' ? `V:${p.version}\n` : ''}${p.bytes !== undefined ? `I:${p.bytes}\n` : ''}${p.deps !== undefined ? `D:${p.deps.join(' ')}\n` : ''}`).join('\n');
  const baseSize = before?.kind === 'file' ? before.size : current.size * APK_RECORD_BYTES;
  const size = Math.max(0, baseSize + (all.length - current.size) * APK_RECORD_BYTES);
  const r = writeFile(sh.shared.tree, APK_INSTALLED, { content, size, mtime: sh.shared.ctx.mtime });
  if (r.ok) sh.shared.tree = r.tree;
}
