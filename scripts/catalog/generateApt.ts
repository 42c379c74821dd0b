/**
 * Generates src/engine/catalog/data/apt.json from Debian's own index on this machine (Debian 12
 * bookworm after `apt-get update`): Installed-Size, .deb size, Depends/Pre-Depends/Recommends of
 * every package the examples and the corpus install with apt-get, plus everything those reach.
 * Also records the preinstalled package sets of the Debian-based official images and, as a
 * cross-check for tests, apt's own answer (`apt-get -s install` against an empty dpkg status).
 *
 * Run: npx tsx scripts/catalog/generateApt.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeAptClosure, type AptPackageRecord, type AptTable } from '../../src/engine/catalog/aptClosure';
import { DATA_DIR, TODAY, run, sortKeys, writeJson } from './lib/common';
import { allProviders, readDebIndex, virtualProviders, type DebStanza } from './lib/debIndex';
import { installedNames } from './lib/installLines';
import { measureSlimFractions } from './lib/slimFraction';

const SOURCE_KEY = 'deb12';

/** Package lists of docker-library images (their Dockerfiles' apt-get install lines). */
const imageLayers: Record<string, { base: string | null; install: string[]; source: string }> = {
  'bookworm-slim': {
    base: null,
    install: [],
    source: 'debootstrap minbase: every Priority: required package plus apt, adduser, usr-is-merged (as SIZES.md §5 simulates bookworm-slim)',
  },
  'bookworm-curl': {
    base: 'bookworm-slim',
    install: ['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget'],
    source: 'docker-library/buildpack-deps debian/bookworm/curl/Dockerfile (layer history in shared/data/sizes/sizes.json golang:1.21)',
  },
  'bookworm-scm': {
    base: 'bookworm-curl',
    install: ['git', 'mercurial', 'openssh-client', 'subversion', 'procps'],
    source: 'docker-library/buildpack-deps debian/bookworm/scm/Dockerfile',
  },
  'golang-bookworm': {
    base: 'bookworm-scm',
    install: ['g++', 'gcc', 'libc6-dev', 'make', 'pkg-config'],
    source: 'docker-library/golang 1.21/bookworm/Dockerfile (install cgo-related dependencies)',
  },
  'bookworm-buildpack': {
    base: 'bookworm-scm',
    install: [
      'autoconf', 'automake', 'bzip2', 'dpkg-dev', 'file', 'g++', 'gcc', 'imagemagick', 'libbz2-dev', 'libc6-dev',
      'libcurl4-openssl-dev', 'libdb-dev', 'libevent-dev', 'libffi-dev', 'libgdbm-dev', 'libglib2.0-dev', 'libgmp-dev',
      'libjpeg-dev', 'libkrb5-dev', 'liblzma-dev', 'libmagickcore-dev', 'libmagickwand-dev', 'libmaxminddb-dev',
      'libncurses5-dev', 'libncursesw5-dev', 'libpng-dev', 'libpq-dev', 'libreadline-dev', 'libsqlite3-dev', 'libssl-dev',
      'libtool', 'libwebp-dev', 'libxml2-dev', 'libxslt-dev', 'libyaml-dev', 'make', 'patch', 'unzip', 'xz-utils',
      'zlib1g-dev', 'default-libmysqlclient-dev',
    ],
    source: 'docker-library/buildpack-deps debian/bookworm/Dockerfile',
  },
};

/** Packages whose `apt-get -s` answer is stored for the consistency tests. */
const checkNames = ['curl', 'ca-certificates', 'git', 'wget', 'make', 'python3', 'nodejs', 'build-essential'];

function toTable(index: Map<string, DebStanza>, virtual: Map<string, string>): AptTable {
  const packages: Record<string, AptPackageRecord> = {};
  for (const s of index.values()) {
    packages[s.name] = { v: s.version, i: s.installedKiB, s: s.sizeBytes, d: s.depends, r: s.recommends, p: s.priority, source: SOURCE_KEY };
  }
  return { packages, virtual: Object.fromEntries(virtual), providedBy: Object.fromEntries(allProviders(index)) };
}

function aptGetSimulate(name: string, recommends: boolean): string[] {
  const emptyStatus = '/tmp/stagecraft-empty-dpkg-status';
  writeFileSync(emptyStatus, '');
  const out = run('apt-get', ['-s', '-o', `Dir::State::status=${emptyStatus}`, '-o', `APT::Install-Recommends=${recommends}`, 'install', name]);
  return out.split('\n').filter((l) => l.startsWith('Inst ')).map((l) => l.split(' ')[1] ?? '').sort();
}

function main(): void {
  const index = readDebIndex();
  if (index.size === 0) throw new Error('apt-cache dumpavail returned nothing: run apt-get update first');
  const virtual = virtualProviders(index);
  const full = toTable(index, virtual);
  const known = (n: string): boolean => index.has(n) || virtual.has(n);

  const candidates = installedNames('apt');
  const requested = candidates.filter(known);
  const notFound = candidates.filter((n) => !known(n));

  const required = [...index.values()].filter((s) => s.priority === 'required').map((s) => s.name).sort();
  const baseSets: Record<string, string[]> = {};
  for (const [name, layer] of Object.entries(imageLayers)) {
    const below = new Set(layer.base === null ? [] : baseSets[layer.base] ?? []);
    const seed = layer.base === null ? [...required, 'apt', 'adduser', 'usr-is-merged'] : layer.install;
    const added = computeAptClosure(full, seed, below, { recommends: false }).install;
    baseSets[name] = [...below, ...added].sort();
  }

  const seeds = [...requested, ...Object.values(imageLayers).flatMap((l) => l.install), ...(baseSets['bookworm-slim'] ?? [])];
  const universe = new Set(computeAptClosure(full, seeds, new Set(), { recommends: true }).install);
  for (const set of Object.values(baseSets)) for (const n of set) universe.add(n);

  const checks: Record<string, { recommends: boolean; install: string[] }[]> = {};
  for (const name of checkNames) {
    checks[name] = [false, true].map((recommends) => ({ recommends, install: aptGetSimulate(name, recommends) }));
    // apt's own picks must be in the table, or a closure from scratch could not reproduce them.
    for (const check of checks[name] ?? []) for (const n of check.install) universe.add(n);
  }

  const slim = measureSlimFractions();
  const packages: Record<string, AptPackageRecord> = {};
  for (const name of [...universe].sort()) {
    const record = full.packages[name];
    if (record === undefined) continue;
    const fraction = slim.fractions.get(name);
    packages[name] = fraction === undefined ? record : { ...record, x: Math.round(fraction * 1000) / 1000 };
  }
  const measured = [...slim.fractions.entries()].filter(([n]) => universe.has(n)).map(([, f]) => f).sort((a, b) => a - b);
  const median = measured[Math.floor(measured.length / 2)] ?? 0;
  const usedVirtual = Object.fromEntries([...virtual.entries()].filter(([, p]) => universe.has(p)).sort());
  const usedProviders = Object.fromEntries(
    Object.entries(full.providedBy ?? {})
      .map(([name, list]) => [name, list.filter((p) => universe.has(p)).sort()] as const)
      .filter(([, list]) => list.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

  writeJson(join(DATA_DIR, 'apt.json'), {
    _meta: {
      sources: {
        [SOURCE_KEY]: `Debian 12 bookworm Packages index (main, bookworm-updates, bookworm-security; amd64) via apt-cache dumpavail, ${TODAY}`,
      },
      generatedBy: 'scripts/catalog/generateApt.ts',
      keys: 'v = Version, i = Installed-Size (KiB, package only), s = .deb Size (bytes), d = Pre-Depends+Depends OR-groups (a|b), r = Recommends OR-groups, p = Priority, x = slim-excluded fraction of installed bytes',
      closureRule: 'apt-style: an OR group is satisfied by any present alternative or a present package that Provides it (`providedBy`), else its first installable alternative is chosen; virtual names map to `virtual`; versions and conflicts ignored',
      slimModel: {
        rule: 'On slim images dpkg path-excludes drop /usr/share/{doc (except copyright),groff,info,linda,lintian/overrides,locale,man} (debuerreotype scripts/.slimify-excludes and .slimify-includes). Installed bytes on a slim image = Installed-Size x (1 - x).',
        measured: `x measured for ${measured.length} packages installed on this machine from /var/lib/dpkg/info/*.list (file sizes by lstat), ${TODAY}`,
        defaultFraction: Math.round(median * 1000) / 1000,
        defaultBasis: 'median x of the measured packages, used for packages not installed on this machine',
      },
      requestedFrom: 'apt-get/apt install lines in shared/corpus/files/*.Dockerfile and shared/examples/*/Dockerfile',
    },
    requested,
    notFound,
    packages,
    virtual: usedVirtual,
    providedBy: usedProviders,
    baseSets: Object.fromEntries(Object.entries(baseSets).map(([k, v]) => [k, { source: imageLayers[k]?.source ?? '', packages: v }])),
    checks: sortKeys(checks),
  }, true);
  console.log(`apt.json: ${Object.keys(packages).length} packages, ${requested.length} requested, ${notFound.length} not found`);
  for (const [k, v] of Object.entries(baseSets)) console.log(`  base ${k}: ${v.length} packages`);
}

main();
