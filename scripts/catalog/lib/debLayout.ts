/**
 * Where the files of a Debian package set live, measured on this machine (Debian 12): for each
 * package of the set that is installed here, the files of /var/lib/dpkg/info/<pkg>.list are
 * lstat-ed and their bytes added to a bucket (the longest matching folder below). The buckets'
 * proportions shape the base images' filesystem skeletons; absolute sizes come from repo-info.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isSlimExcluded } from './slimFraction';

export const BUCKETS = [
  '/usr/bin', '/usr/sbin', '/usr/lib/x86_64-linux-gnu', '/usr/lib/gcc', '/usr/lib/git-core', '/usr/lib/python3',
  '/usr/lib/python3.11', '/usr/lib/jvm', '/usr/lib', '/usr/libexec', '/usr/include', '/usr/share/doc', '/usr/share/man',
  '/usr/share/locale', '/usr/share/perl', '/usr/share/zoneinfo', '/usr/share', '/etc', '/var/lib', '/usr',
] as const;

export interface Layout {
  /** bucket -> bytes and files */
  buckets: Record<string, { bytes: number; files: number }>;
  measuredPackages: number;
  missingPackages: number;
  /** Bytes of the packages' stanzas in /var/lib/dpkg/status (measured ones). */
  statusBytes: number;
}

/** Merged-/usr: /bin, /sbin, /lib and /lib64 are links into /usr. */
function canonical(path: string): string {
  return path.replace(/^\/(bin|sbin|lib|lib64)(\/|$)/, '/usr/$1$2');
}

function bucketOf(path: string): string {
  for (const b of BUCKETS) if (path === b || path.startsWith(`${b}/`)) return b;
  return '/usr';
}

function statusStanzas(): Map<string, number> {
  const sizes = new Map<string, number>();
  const text = existsSync('/var/lib/dpkg/status') ? readFileSync('/var/lib/dpkg/status', 'utf8') : '';
  for (const stanza of text.split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(stanza)?.[1];
    if (name !== undefined) sizes.set(name, Buffer.byteLength(stanza) + 2);
  }
  return sizes;
}

function listFile(pkg: string): string | undefined {
  for (const candidate of [`/var/lib/dpkg/info/${pkg}.list`, `/var/lib/dpkg/info/${pkg}:amd64.list`]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function measureLayout(packages: readonly string[], slim: boolean): Layout {
  const buckets: Record<string, { bytes: number; files: number }> = {};
  const seen = new Set<string>();
  const stanzas = statusStanzas();
  let measuredPackages = 0;
  let missingPackages = 0;
  let statusBytes = 0;
  for (const pkg of packages) {
    const list = listFile(pkg);
    if (list === undefined) {
      missingPackages += 1;
      continue;
    }
    measuredPackages += 1;
    statusBytes += stanzas.get(pkg) ?? 0;
    for (const raw of readFileSync(list, 'utf8').split('\n')) {
      if (raw === '' || (slim && isSlimExcluded(raw))) continue;
      const path = canonical(raw);
      if (seen.has(path)) continue;
      seen.add(path);
      let size: number;
      try {
        const st = lstatSync(raw);
        if (!st.isFile()) continue;
        size = st.size;
      } catch {
        continue;
      }
      const b = bucketOf(path);
      const slot = (buckets[b] ??= { bytes: 0, files: 0 });
      slot.bytes += size;
      slot.files += 1;
    }
  }
  return { buckets, measuredPackages, missingPackages, statusBytes };
}
