/**
 * Skeleton parts of the OS families: Alpine (files from the image's own apk package list),
 * Debian/Ubuntu (folder proportions measured from dpkg lists on this machine), distroless,
 * busybox. Sizes given in bytes are sourced; weights share what the image size leaves.
 */
import type { Layout } from '../lib/debLayout';
import type { Part } from './skeleton';

const KIB = 1024;

const alpineDirs = ['/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp', '/usr', '/var'];

/** apk package -> where its bulk lives in the skeleton. */
const apkPaths: Record<string, { path: string; kind: 'file' | 'bulk'; files?: number }> = {
  busybox: { path: '/bin/busybox', kind: 'file' },
  musl: { path: '/lib/ld-musl-x86_64.so.1', kind: 'file' },
  libcrypto3: { path: '/lib/libcrypto.so.3', kind: 'file' },
  libssl3: { path: '/lib/libssl.so.3', kind: 'file' },
  'libcrypto1.1': { path: '/lib/libcrypto.so.1.1', kind: 'file' },
  'libssl1.1': { path: '/lib/libssl.so.1.1', kind: 'file' },
  zlib: { path: '/lib/libz.so.1.3.1', kind: 'file' },
  'ca-certificates-bundle': { path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file' },
  'ca-certificates-cacert': { path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file' },
  'apk-tools': { path: '/sbin/apk', kind: 'file' },
  libapk: { path: '/usr/lib/libapk.so.3.0.0', kind: 'file' },
  libapk2: { path: '/usr/lib/libapk.so.2.14.0', kind: 'file' },
  scanelf: { path: '/usr/bin/scanelf', kind: 'file' },
  ssl_client: { path: '/usr/bin/ssl_client', kind: 'file' },
  'musl-utils': { path: '/usr/bin/getconf', kind: 'file' },
  'alpine-keys': { path: '/usr/share/apk/keys', kind: 'bulk', files: 20 },
  libstdcxx: { path: '/usr/lib/libstdc++.so.6', kind: 'file' },
  'libstdc++': { path: '/usr/lib/libstdc++.so.6', kind: 'file' },
  libgcc: { path: '/usr/lib/libgcc_s.so.1', kind: 'file' },
  'ca-certificates': { path: '/usr/share/ca-certificates', kind: 'bulk', files: 150 },
  tzdata: { path: '/usr/share/zoneinfo', kind: 'bulk', files: 600 },
};

/**
 * Alpine minirootfs: one part per apk package (installed size from the image's repo-info package
 * list), the apk database and config files, and a small rest under /usr/share.
 */
export function alpineParts(release: string, apk: Record<string, number>, listSource: string): Part[] {
  const minor = release.split('.').slice(0, 2).join('.');
  const parts: Part[] = alpineDirs.map((path) => ({ path, kind: 'dir' as const, ...(path === '/tmp' ? { mode: 0o1777 } : path === '/root' ? { mode: 0o700 } : {}) }));
  parts.push(
    { path: '/etc/apk', kind: 'dir' }, { path: '/etc/apk/keys', kind: 'dir' }, { path: '/lib/apk/db', kind: 'dir' },
    { path: '/var/cache/apk', kind: 'dir' }, { path: '/usr/local/bin', kind: 'dir' }, { path: '/usr/sbin', kind: 'dir' },
    { path: '/bin/sh', kind: 'symlink', target: '/bin/busybox' },
    { path: '/etc/alpine-release', kind: 'file', bytes: release.length + 1, content: `${release}\n`, basis: `alpine-release ${release}` },
    // alpine-release ships os-release in /usr/lib with a relative link from /etc (Alpine 3.17+).
    // The text is rebuilt from /etc/alpine-release when read (simulate/run/osRelease.ts).
    { path: '/usr/lib/os-release', kind: 'file', bytes: 180 + 2 * release.length, estimated: true, basis: 'alpine-release os-release (~190 B: NAME, ID, VERSION_ID, PRETTY_NAME, two URLs)' },
    { path: '/etc/os-release', kind: 'symlink', target: '../usr/lib/os-release' },
    { path: '/etc/apk/arch', kind: 'file', bytes: 7, content: 'x86_64\n', basis: 'amd64 image' },
    {
      path: '/etc/apk/repositories', kind: 'file',
      content: `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`,
      bytes: `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`.length,
      basis: 'minirootfs repositories file (main + community of the release)',
    },
    { path: '/etc/apk/world', kind: 'file', bytes: 80, estimated: true, basis: 'list of explicitly installed packages (~80 B estimate)' },
    { path: '/lib/apk/db/installed', kind: 'file', bytes: 30_000, estimated: true, basis: 'apk database: one record per package plus a line per file (~30 KB estimate)' },
  );
  for (const [pkg, kib] of Object.entries(apk)) {
    const where = apkPaths[pkg];
    if (where === undefined) continue;
    const basis = `apk ${pkg} installed size ${kib} KiB (${listSource})`;
    if (where.kind === 'file') parts.push({ path: where.path, kind: 'file', bytes: kib * KIB, basis });
    else parts.push({ path: where.path, kind: 'bulk', bytes: kib * KIB, files: where.files ?? 10, basis });
  }
  parts.push({ path: '/usr/share/misc', kind: 'bulk', weight: 1, avgFileBytes: 4000, basis: 'rest of the image not attributed to a listed package (baselayout files, keys, small packages)' });
  return parts;
}

const debianTop = ['/boot', '/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/srv', '/sys', '/tmp', '/usr', '/var'];

/** Merged-/usr Debian or Ubuntu root with folders weighted as measured for the package set. */
export function debianParts(layout: Layout, setName: string, osRelease: { id: string; version: string }, packageCount: number): Part[] {
  const parts: Part[] = debianTop.map((path) => ({ path, kind: 'dir' as const, ...(path === '/tmp' ? { mode: 0o1777 } : path === '/root' ? { mode: 0o700 } : {}) }));
  parts.push(
    { path: '/bin', kind: 'symlink', target: 'usr/bin' }, { path: '/sbin', kind: 'symlink', target: 'usr/sbin' },
    { path: '/lib', kind: 'symlink', target: 'usr/lib' }, { path: '/lib64', kind: 'symlink', target: 'usr/lib64' },
    { path: '/usr/lib64', kind: 'dir' }, { path: '/usr/local/bin', kind: 'dir' }, { path: '/var/cache/apt/archives', kind: 'dir' }, { path: '/var/lib/apt/lists', kind: 'dir' },
    { path: '/var/log', kind: 'dir' }, { path: '/var/tmp', kind: 'dir', mode: 0o1777 },
  );
  const basis = `share of the ${setName} package set's file bytes in this folder, measured from dpkg lists on Debian 12 (${layout.measuredPackages} packages)`;
  for (const [bucket, { bytes, files }] of Object.entries(layout.buckets)) {
    parts.push({ path: bucket, kind: 'bulk', weight: bytes, avgFileBytes: Math.max(512, Math.round(bytes / Math.max(1, files))), basis });
  }
  const statusBytes = layout.statusBytes > 0 ? Math.round((layout.statusBytes / Math.max(1, layout.measuredPackages)) * packageCount) : packageCount * 890;
  parts.push(
    { path: '/var/lib/dpkg/status', kind: 'file', bytes: statusBytes, estimated: true, basis: `${packageCount} stanzas at the size measured in this machine's /var/lib/dpkg/status` },
    { path: '/var/lib/dpkg/info', kind: 'bulk', weight: layout.statusBytes * 4, avgFileBytes: 1500, basis: 'maintainer scripts and file lists (~4x the status bytes, estimate)' },
    { path: '/etc/os-release', kind: 'file', bytes: 267, estimated: true, basis: `${osRelease.id} os-release (~267 B)` },
  );
  if (osRelease.id === 'debian') {
    parts.push({ path: '/etc/debian_version', kind: 'file', bytes: osRelease.version.length + 1, content: `${osRelease.version}\n`, basis: `Debian ${osRelease.version}` });
  }
  return parts;
}

/** gcr.io/distroless static/base/cc: a few debs unpacked, no shell, no package manager. */
export function distrolessParts(flavour: 'static' | 'base' | 'nodejs'): Part[] {
  const parts: Part[] = [
    { path: '/etc', kind: 'dir' }, { path: '/tmp', kind: 'dir', mode: 0o1777 }, { path: '/root', kind: 'dir', mode: 0o700 },
    { path: '/home/nonroot', kind: 'dir', mode: 0o700 }, { path: '/var/lib/dpkg/status.d', kind: 'dir' },
    { path: '/etc/passwd', kind: 'file', bytes: 164, estimated: true, basis: 'root, nobody and nonroot (65532) entries' },
    { path: '/etc/group', kind: 'file', bytes: 110, estimated: true, basis: 'root, nobody, tty, staff, nonroot groups' },
    { path: '/etc/nsswitch.conf', kind: 'file', bytes: 286, estimated: true, basis: 'distroless base/base.bzl nsswitch.conf' },
    { path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file', bytes: 213_000, estimated: true, basis: 'Mozilla CA bundle (~210 KB)' },
    { path: '/usr/share/zoneinfo', kind: 'bulk', weight: 3, avgFileBytes: 2000, basis: 'tzdata (the bulk of distroless/static)' },
    { path: '/var/lib/dpkg/status.d/base-files', kind: 'file', bytes: 1200, estimated: true, basis: 'per-package status files instead of one status file' },
    { path: '/usr/share/doc', kind: 'bulk', weight: 0.3, avgFileBytes: 10_000, basis: 'copyright files of the unpacked debs' },
  ];
  if (flavour !== 'static') {
    parts.push(
      { path: '/lib/x86_64-linux-gnu', kind: 'bulk', weight: 12, avgFileBytes: 200_000, basis: 'glibc (libc6) unpacked' },
      { path: '/usr/lib/x86_64-linux-gnu', kind: 'bulk', weight: 5, avgFileBytes: 300_000, basis: 'libssl3 and friends' },
      { path: '/lib64/ld-linux-x86-64.so.2', kind: 'file', bytes: 210_000, estimated: true, basis: 'glibc dynamic loader (~210 KB)' },
    );
  }
  return parts;
}

/** busybox (glibc variant): one static-ish binary with hundreds of hard links, plus libc. */
export function busyboxParts(): Part[] {
  return [
    ...['/bin', '/dev', '/etc', '/home', '/lib', '/root', '/tmp', '/usr', '/var'].map((path) => ({ path, kind: 'dir' as const, ...(path === '/tmp' ? { mode: 0o1777 } : {}) })),
    { path: '/bin/busybox', kind: 'file', weight: 1.1, basis: 'busybox binary (the ~400 applets are hard links to it)' },
    { path: '/bin/sh', kind: 'symlink', target: 'busybox' },
    { path: '/lib', kind: 'bulk', weight: 3, avgFileBytes: 300_000, basis: 'glibc libraries of the glibc variant' },
    { path: '/etc/passwd', kind: 'file', bytes: 340, estimated: true, basis: 'busybox rootfs passwd' },
    { path: '/etc/group', kind: 'file', bytes: 283, estimated: true, basis: 'busybox rootfs group' },
  ];
}
