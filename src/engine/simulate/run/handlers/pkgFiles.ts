/**
 * Where an installed OS package's bytes go. Package indexes give sizes, not file lists, so each
 * package becomes one bulk entry named after it, in the folder that holds most of such a
 * package's files (libraries under /usr/lib, headers under /usr/include, the known big ones
 * where they really live), plus its main programs as listed files in /usr/bin so that later
 * commands find them. The program's bytes are taken out of the bulk, so the total is the
 * package's installed size.
 */
import { locate, remove } from '../../../fs';
import { putBulk, putFile } from './api';
import type { Invocation } from './types';

export interface PackageFiles {
  name: string;
  version: string;
  bytes: number;
  fileCount: number;
  source: string;
  manager: 'apk' | 'apt';
}

const BINARIES: [RegExp, string[]][] = [
  [/^curl$/, ['/usr/bin/curl']],
  [/^git$/, ['/usr/bin/git']],
  [/^bash$/, ['/bin/bash']],
  [/^make$/, ['/usr/bin/make']],
  [/^gcc(-\d+)?$/, ['/usr/bin/gcc', '/usr/bin/cc']],
  [/^g\+\+(-\d+)?$/, ['/usr/bin/g++', '/usr/bin/c++']],
  [/^nodejs(-current)?$/, ['/usr/bin/node']],
  [/^npm$/, ['/usr/bin/npm', '/usr/bin/npx']],
  [/^python3(\.\d+)?(-minimal)?$/, ['/usr/bin/python3']],
  [/^python-is-python3$/, ['/usr/bin/python']],
  [/^(py3-pip|python3-pip)$/, ['/usr/bin/pip3', '/usr/bin/pip']],
  [/^(go|golang-go|golang-1\.\d+-go)$/, ['/usr/bin/go']],
  [/^(openjdk\d+|openjdk-\d+-j(re|dk)(-headless)?|default-j(re|dk)(-headless)?)/, ['/usr/bin/java']],
  [/^maven$/, ['/usr/bin/mvn']],
  [/^gradle$/, ['/usr/bin/gradle']],
  [/^cargo$/, ['/usr/bin/cargo']],
  [/^(rust|rustc)$/, ['/usr/bin/rustc']],
  [/^composer$/, ['/usr/bin/composer']],
  [/^php\d*(\.\d)?(-cli)?$/, ['/usr/bin/php']],
  [/^(zip|unzip|jq|wget|sudo|openssl|rsync|cmake|file|tini|yarn|patch|gzip|bzip2|ruby|tar)$/, []],
  [/^gnupg$/, ['/usr/bin/gpg']],
  [/^openssh-client$/, ['/usr/bin/ssh']],
  [/^(pkgconf|pkg-config)$/, ['/usr/bin/pkg-config']],
  [/^(xz|xz-utils)$/, ['/usr/bin/xz']],
];

/** Programs a package puts on PATH (the known ones). */
export function packageBinaries(name: string): string[] {
  for (const [re, bins] of BINARIES) if (re.test(name)) return bins.length > 0 ? bins : [`/usr/bin/${name}`];
  return [];
}

const KNOWN_DIRS: [RegExp, string][] = [
  [/^tzdata$/, '/usr/share/zoneinfo'],
  [/^ca-certificates$/, '/usr/share/ca-certificates'],
  [/^git$/, '/usr/libexec/git-core'],
  [/^(gcc|cpp)(-\d+)?$/, '/usr/libexec/gcc'],
  [/^perl(-modules.*)?$/, '/usr/share/perl'],
  [/^locales$/, '/usr/share/i18n'],
  [/^openjdk/, '/usr/lib/jvm'],
  [/^python3\.\d+$/, '/usr/lib/python3'],
];

/** The folder a package's bulk entry sits in. */
export function packageDir(p: PackageFiles): string {
  for (const [re, dir] of KNOWN_DIRS) if (re.test(p.name)) return `${dir}/${p.name}`;
  if (/-dev$|-headers$/.test(p.name)) return `/usr/include/${p.name}`;
  if (/-doc$/.test(p.name)) return `/usr/share/doc/${p.name}`;
  if (/^fonts-|-data$|-common$|^locales/.test(p.name)) return `/usr/share/${p.name}`;
  if (p.manager === 'apt' && /^lib/.test(p.name)) return `/usr/lib/x86_64-linux-gnu/${p.name}`;
  return `/usr/lib/${p.name}`;
}

/** Write a package's files: its programs and one bulk entry for the rest. */
export function installPackageFiles(inv: Invocation, p: PackageFiles): void {
  const origin = { category: 'packages', packageName: p.name };
  const bins = packageBinaries(p.name);
  const binBytes = bins.length === 0 ? 0 : Math.min(Math.round(p.bytes * 0.4), 4_000_000);
  bins.forEach((bin, i) => {
    const size = i === 0 ? binBytes : 0;
    putFile(inv, bin, { size, seed: `${p.manager}:${p.name}@${p.version}:${bin}`, mode: 0o755 }, origin);
  });
  putBulk(inv, packageDir(p), {
    size: Math.max(0, p.bytes - binBytes),
    fileCount: Math.max(1, p.fileCount - bins.length),
    source: `${p.manager} package ${p.name} ${p.version} (${p.source})`,
    seed: `${p.manager}:${p.name}@${p.version}`,
  }, origin);
}

/** Remove what installPackageFiles wrote (`apk del`, `apt-get purge`). */
export function removePackageFiles(inv: Invocation, p: Pick<PackageFiles, 'name' | 'manager'>): void {
  const paths = [packageDir({ ...p, version: '', bytes: 0, fileCount: 0, source: '' }), ...packageBinaries(p.name)];
  for (const path of paths) {
    if (locate(inv.sh.shared.tree, path, { follow: false }).status !== 'found') continue;
    const r = remove(inv.sh.shared.tree, path, { recursive: true, force: true });
    if (r.ok) inv.sh.shared.tree = r.tree;
  }
}
