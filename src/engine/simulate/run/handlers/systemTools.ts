/**
 * dpkg and friends, apt-key/add-apt-repository, the RPM family (dnf/yum/microdnf/tdnf: sizes
 * estimated, no index in the catalog), tonistiigi/xx cross-compilation wrappers, and system
 * tools whose effect is a small file or nothing we track (update-ca-certificates, locale-gen,
 * ldconfig, setcap, gpg, systemctl, ssh-keygen).
 */
import { clearDir, getEntry, locate } from '../../../fs';
import { installedApt } from '../packageDb';
import { hooks } from '../hooks';
import { addTime, noteEstimate, parseArgs, print, printErr, putFile } from './api';
import { installPackageFiles } from './pkgFiles';
import type { Handler } from './types';

export const dpkgCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['root', 'admindir', 'instdir', 'f', 'showformat']);
  if (p.flags.has('print-architecture')) {
    print(inv, 'amd64\n');
    return 0;
  }
  if (p.flags.has('i') || p.flags.has('install')) {
    for (const deb of p.operands) {
      const e = getEntry(inv.sh.shared.tree, deb.startsWith('/') ? deb : `${inv.sh.cwd}/${deb}`);
      if (e === undefined) {
        printErr(inv, `dpkg: error: cannot access archive '${deb}': No such file or directory\n`);
        return 2;
      }
      const name = (deb.split('/').pop() ?? deb).replace(/_.*$/, '').replace(/\.deb$/, '');
      installPackageFiles(inv, { name, version: '', bytes: e.size * 3, fileCount: 100, source: `${deb} (installed size estimated at 3x the .deb)`, manager: 'apt' });
      noteEstimate(inv, `dpkg -i ${deb}: installed size estimated at 3x the .deb`);
    }
    return 0;
  }
  if (p.flags.has('l') || p.flags.has('list') || p.flags.has('s') || p.flags.has('status')) {
    const installed = installedApt(inv.sh) ?? new Set();
    for (const n of p.operands.length > 0 ? p.operands : [...installed]) if (installed.has(n)) print(inv, `ii  ${n}\n`);
    return p.operands.every((n) => installed.has(n)) ? 0 : 1;
  }
  return 0;
};

export const dpkgQueryCmd: Handler = (inv) => {
  const installed = installedApt(inv.sh) ?? new Set();
  const names = inv.args.filter((a) => !a.startsWith('-') && !a.includes('$'));
  for (const n of names) if (installed.has(n)) print(inv, `${n}\n`);
  return names.every((n) => installed.has(n)) ? 0 : 1;
};

export const aptKeyCmd: Handler = (inv) => {
  if (inv.args.includes('add')) putFile(inv, '/etc/apt/trusted.gpg', { size: 1_200, seed: 'apt-key add' }, { category: 'packages' });
  printErr(inv, 'Warning: apt-key is deprecated. Manage keyring files in trusted.gpg.d instead (see apt-key(8)).\n');
  return 0;
};

export const addAptRepositoryCmd: Handler = (inv) => {
  const repo = inv.args.find((a) => !a.startsWith('-')) ?? 'repository';
  const name = repo.replace(/^ppa:/, '').replace(/[^A-Za-z0-9]+/g, '-');
  putFile(inv, `/etc/apt/sources.list.d/${name}.list`, { content: `deb ${repo}\n` }, { category: 'packages' });
  return hooks.runArgv(inv.sh, ['apt-get', 'update'], inv.io, new Map(), inv.line);
};

/** dnf, yum, microdnf, tdnf: install sizes are estimates (~5 MB a package); clean empties the cache. */
export const rpmCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['setopt', 'enablerepo', 'disablerepo', 'installroot', 'releasever', 'nodocs']);
  const [sub, ...names] = p.operands;
  if (sub === 'install' || sub === 'reinstall') {
    for (const n of names) installPackageFiles(inv, { name: n.replace(/[-.]\d.*$/, ''), version: '', bytes: 5_000_000, fileCount: 150, source: 'estimate: RPM package ~5 MB', manager: 'apt' });
    if (names.length > 0) noteEstimate(inv, `${inv.name} install: RPM package sizes are estimates (~5 MB each, no dependency data)`);
    addTime(inv, 3000 + names.length * 1500, `${inv.name} install: 3 s + 1.5 s/package (estimate)`);
    print(inv, `Complete!\n`);
    return 0;
  }
  if (sub === 'clean') {
    for (const dir of ['/var/cache/dnf', '/var/cache/yum', '/var/cache/tdnf']) {
      if (locate(inv.sh.shared.tree, dir).status !== 'found') continue;
      const r = clearDir(inv.sh.shared.tree, dir);
      if (r.ok) inv.sh.shared.tree = r.tree;
    }
  }
  return 0;
};

/** tonistiigi/xx: `xx-apk add`, `xx-apt-get install`, `xx-go build`, `xx-cargo build` run the tool for the target platform. */
export const xxCmd: Handler = (inv) => {
  const tool = inv.name.slice(3);
  if (inv.args[0] === '--wrap' || inv.args[0] === '--setup-target-triple') return 0;
  if (tool === 'info') {
    print(inv, inv.args.includes('arch') ? 'amd64\n' : inv.args.includes('triple') ? 'x86_64-linux-gnu\n' : 'linux/amd64\n');
    return 0;
  }
  if (tool === 'verify' || tool === 'clang' || tool === 'clang++' || tool === 'cc' || tool === 'c++' || tool === 'ld') return tool === 'verify' ? 0 : hooks.runArgv(inv.sh, [tool === 'clang++' ? 'clang++' : 'clang', ...inv.args], inv.io, new Map(), inv.line);
  return hooks.runArgv(inv.sh, [tool, ...inv.args], inv.io, new Map(), inv.line);
};

export const updateCaCertificatesCmd: Handler = (inv) => {
  putFile(inv, '/etc/ssl/certs/ca-certificates.crt', { size: 219_652, seed: 'ca bundle regenerated' }, { category: 'packages', packageName: 'ca-certificates' });
  print(inv, 'Updating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\n');
  return 0;
};

/** locale-gen / localedef: /usr/lib/locale/locale-archive grows ~3 MB per UTF-8 locale (estimate). */
export const localeGenCmd: Handler = (inv) => {
  const e = getEntry(inv.sh.shared.tree, '/usr/lib/locale/locale-archive');
  putFile(inv, '/usr/lib/locale/locale-archive', { size: (e?.size ?? 0) + 3_000_000, seed: `locale-archive ${inv.args.join(' ')}` }, { category: 'packages', packageName: 'locales' });
  noteEstimate(inv, `${inv.name}: the locale archive grows ~3 MB per locale (estimate)`);
  return 0;
};

export const gpgCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['o', 'output', 'keyserver', 'recv-keys', 'homedir', 'export', 'import', 'verify', 'keyserver-options']);
  const out = p.values.get('o')?.[0] ?? p.values.get('output')?.[0];
  if (out !== undefined && out !== '-') putFile(inv, out, { size: 2_400, seed: `gpg ${inv.args.join(' ')}` });
  else if (p.flags.has('dearmor') || p.flags.has('export')) inv.io.stdout.writeOpaque(2_400, 'gpg key');
  return 0;
};
