/**
 * apk packages for other.json: the base packages of the Alpine images (repo-info package lists),
 * the packages SIZES.md sourced with the dependencies it lists, and SIZES.md's estimates for the
 * ones no source gave. Sizes are installed sizes in KiB, package only.
 */
import { apkLists } from '../images/apkLists';

export interface ApkFact {
  kib: number;
  version?: string;
  alpine: string;
  /** Packages apk pulls in with it (beyond the base image), when the source lists them. */
  deps: string[];
  source: string;
  estimated?: boolean;
  basis?: string;
}

const S = 'shared/data/sizes/sizes.json apk';

/** Figures from SIZES.md §4 / sizes.json apk, with the dependency sizes it quotes. */
const sourced: Record<string, Omit<ApkFact, 'source'> & { where: string }> = {
  'ca-certificates': { kib: 712, version: '20240705-r0', alpine: '3.20', deps: [], where: 'ca-certificates (golang/1.22-alpine, composer/2)' },
  curl: { kib: 252, version: '8.10.1-r0', alpine: '3.20', deps: ['libcurl', 'nghttp2-libs', 'brotli-libs', 'c-ares', 'libidn2', 'libpsl', 'libunistring', 'zstd-libs'], where: 'curl (composer/local/2.md)' },
  libcurl: { kib: 644, alpine: '3.20', deps: [], where: 'curl.plus' },
  'nghttp2-libs': { kib: 152, alpine: '3.20', deps: [], where: 'curl.plus' },
  'brotli-libs': { kib: 932, alpine: '3.20', deps: [], where: 'curl.plus' },
  'c-ares': { kib: 168, alpine: '3.20', deps: [], where: 'curl.plus' },
  libidn2: { kib: 208, alpine: '3.20', deps: ['libunistring'], where: 'curl.plus' },
  libpsl: { kib: 88, alpine: '3.20', deps: [], where: 'curl.plus' },
  libunistring: { kib: 1692, alpine: '3.20', deps: [], where: 'curl.plus' },
  'zstd-libs': { kib: 716, alpine: '3.20', deps: [], where: 'curl.plus' },
  tar: { kib: 428, version: '1.35-r2', alpine: '3.20', deps: [], where: 'tar' },
  git: { kib: 6468, version: '2.45.2-r0', alpine: '3.20', deps: ['git-init-template', 'libcurl', 'pcre2', 'zlib'], where: 'git (composer/local/2.md)' },
  'git-init-template': { kib: 96, alpine: '3.20', deps: [], where: 'git.plus' },
  pcre2: { kib: 708, alpine: '3.20', deps: [], where: 'git.plus' },
  bash: { kib: 1364, version: '5.2.26-r0', alpine: '3.20', deps: ['readline', 'libncursesw', 'ncurses-terminfo-base'], where: 'bash (composer/local/2.md)' },
  readline: { kib: 300, alpine: '3.20', deps: ['libncursesw'], where: 'bash.plus' },
  libncursesw: { kib: 344, alpine: '3.20', deps: ['ncurses-terminfo-base'], where: 'bash.plus' },
  'ncurses-terminfo-base': { kib: 212, alpine: '3.20', deps: [], where: 'bash.plus' },
  make: { kib: 244, version: '4.4.1-r2', alpine: '3.20', deps: [], where: 'make' },
  gcc: { kib: 140288, version: '14.2.0-r6', alpine: '3.22', deps: ['binutils', 'isl26', 'mpfr4', 'gmp', 'mpc1', 'libgomp', 'libatomic', 'libstdc++', 'libgcc', 'jansson', 'zstd-libs'], where: 'gcc (rust/local/alpine.md)' },
  binutils: { kib: 10240, alpine: '3.22', deps: [], where: 'gcc.plus' },
  isl26: { kib: 2130, alpine: '3.22', deps: [], where: 'gcc.plus' },
  mpfr4: { kib: 665, alpine: '3.22', deps: ['gmp'], where: 'gcc.plus' },
  gmp: { kib: 417, alpine: '3.22', deps: [], where: 'gcc.plus' },
  mpc1: { kib: 113, alpine: '3.22', deps: [], where: 'gcc.plus' },
  libgomp: { kib: 322, alpine: '3.22', deps: [], where: 'gcc.plus' },
  libatomic: { kib: 25, alpine: '3.22', deps: [], where: 'gcc.plus' },
  'libstdc++': { kib: 2706, alpine: '3.22', deps: ['libgcc'], where: 'gcc.plus' },
  libgcc: { kib: 169, alpine: '3.22', deps: [], where: 'gcc.plus' },
  jansson: { kib: 81, alpine: '3.22', deps: [], where: 'gcc.plus' },
  openssl: { kib: 784, version: '3.3.2-r0', alpine: '3.20', deps: [], where: 'openssl (libcrypto3/libssl3 are in the base image)' },
  tzdata: { kib: 3072, version: '2024a-r0', alpine: '3.19', deps: [], where: 'tzdata (python/3.12-alpine)' },
  python3: { kib: 24576, version: '3.12.6-r0', alpine: '3.20', deps: ['python3-pycache-pyc0', 'sqlite-libs', 'libffi', 'gdbm', 'mpdecimal', 'xz-libs', 'libbz2', 'readline'], where: 'python3 (composer/local/2.md)' },
  'python3-pycache-pyc0': { kib: 11264, alpine: '3.20', deps: [], where: 'python3.plus' },
  'sqlite-libs': { kib: 1428, alpine: '3.20', deps: [], where: 'python3.plus' },
  libffi: { kib: 52, alpine: '3.20', deps: [], where: 'python3.plus' },
  gdbm: { kib: 84, alpine: '3.20', deps: [], where: 'python3.plus' },
  mpdecimal: { kib: 204, alpine: '3.20', deps: [], where: 'python3.plus' },
  'xz-libs': { kib: 236, alpine: '3.20', deps: [], where: 'python3.plus' },
  libbz2: { kib: 88, alpine: '3.20', deps: [], where: 'python3.plus' },
  xz: { kib: 184, alpine: '3.20', deps: ['xz-libs'], where: 'xz' },
};

/** SIZES.md §4: "not found in any source", with its estimates (midpoints). */
const estimates: Record<string, { kib: number; deps: string[]; basis: string }> = {
  'musl-dev': { kib: 4608, deps: [], basis: 'SIZES.md estimate ~4-5 MiB' },
  'build-base': { kib: 4, deps: ['gcc', 'g++', 'musl-dev', 'make', 'binutils', 'fortify-headers', 'patch', 'file'], basis: 'SIZES.md: meta package ~4 KiB that pulls ~200-250 MiB (gcc alone 137 MiB)' },
  'g++': { kib: 51200, deps: ['gcc', 'libstdc++-dev'], basis: 'estimate: C++ front end (cc1plus) ~45-55 MiB, so that build-base lands in SIZES.md\'s 200-250 MiB' },
  'libstdc++-dev': { kib: 12288, deps: [], basis: 'estimate: C++ headers and static lib' },
  'fortify-headers': { kib: 100, deps: [], basis: 'estimate' },
  patch: { kib: 200, deps: [], basis: 'estimate' },
  file: { kib: 8192, deps: [], basis: 'estimate: libmagic database ~8 MiB' },
  'py3-pip': { kib: 10240, deps: ['python3'], basis: 'SIZES.md estimate ~8-12 MiB' },
  nodejs: { kib: 51200, deps: ['libstdc++', 'c-ares', 'nghttp2-libs', 'brotli-libs'], basis: 'SIZES.md estimate ~40-60 MiB for Node 18/20' },
  npm: { kib: 12800, deps: ['nodejs'], basis: 'SIZES.md estimate ~10-15 MiB' },
  'libc6-compat': { kib: 64, deps: [], basis: 'SIZES.md estimate <100 KiB' },
};

export function apkFacts(): Record<string, ApkFact> {
  const out: Record<string, ApkFact> = {};
  for (const list of Object.values(apkLists)) {
    for (const [name, kib] of Object.entries(list.packages)) out[name] ??= { kib, alpine: list.release, deps: [], source: list.source };
  }
  for (const [name, f] of Object.entries(sourced)) {
    const { where, ...rest } = f;
    out[name] = { ...rest, source: `${S}: ${where}` };
  }
  for (const [name, e] of Object.entries(estimates)) {
    out[name] = { kib: e.kib, alpine: '3.19-3.22', deps: e.deps, source: 'shared/data/sizes/SIZES.md §4 (ESTIMATES)', estimated: true, basis: e.basis };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
