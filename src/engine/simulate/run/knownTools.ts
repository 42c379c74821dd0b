/**
 * Which package provides a command, for the distributions whose package database we track, and
 * the applets BusyBox provides on Alpine. A command the image clearly lacks (no file on PATH,
 * no providing package installed, not a BusyBox applet) fails like the real shell: `not found`,
 * exit 127. Commands not listed here are never declared missing: we cannot know.
 */

/** Providers per package manager: exact names, or a pattern for versioned families. */
export interface Providers {
  apk?: readonly (string | RegExp)[];
  apt?: readonly (string | RegExp)[];
}

const GCC: Providers = { apk: ['gcc', 'build-base'], apt: ['gcc', 'build-essential', /^gcc-\d+$/] };

export const TOOL_PROVIDERS: Record<string, Providers> = {
  curl: { apk: ['curl'], apt: ['curl'] },
  git: { apk: ['git'], apt: ['git'] },
  bash: { apk: ['bash'], apt: ['bash'] },
  make: { apk: ['make', 'build-base'], apt: ['make', 'build-essential'] },
  gcc: GCC,
  cc: GCC,
  'g++': { apk: ['g++', 'build-base'], apt: ['g++', 'build-essential', /^g\+\+-\d+$/] },
  node: { apk: ['nodejs', 'nodejs-current'], apt: ['nodejs'] },
  nodejs: { apk: ['nodejs', 'nodejs-current'], apt: ['nodejs'] },
  npm: { apk: ['npm'], apt: ['npm', 'nodejs'] },
  npx: { apk: ['npm'], apt: ['npm', 'nodejs'] },
  python3: { apk: ['python3'], apt: ['python3', /^python3\.\d+$/, 'python3-minimal'] },
  python: { apk: ['python3'], apt: ['python-is-python3'] },
  pip: { apk: ['py3-pip'], apt: ['python3-pip'] },
  pip3: { apk: ['py3-pip'], apt: ['python3-pip'] },
  go: { apk: ['go'], apt: ['golang-go', 'golang', /^golang-1\.\d+-go$/] },
  java: { apk: [/^openjdk\d+/], apt: [/^default-j(re|dk)/, /^openjdk-\d+-j(re|dk)/] },
  mvn: { apk: ['maven'], apt: ['maven'] },
  gradle: { apk: ['gradle'], apt: ['gradle'] },
  cargo: { apk: ['cargo'], apt: ['cargo'] },
  rustc: { apk: ['rust'], apt: ['rustc'] },
  composer: { apk: ['composer'], apt: ['composer'] },
  php: { apk: [/^php\d*$/], apt: [/^php(\d\.\d)?(-cli)?$/] },
  zip: { apk: ['zip'], apt: ['zip'] },
  unzip: { apk: ['unzip'], apt: ['unzip'] },
  jq: { apk: ['jq'], apt: ['jq'] },
  wget: { apk: ['wget'], apt: ['wget'] },
  gpg: { apk: ['gnupg', 'gpg'], apt: ['gnupg', 'gpg'] },
  ssh: { apk: ['openssh-client', 'openssh'], apt: ['openssh-client'] },
  sudo: { apk: ['sudo'], apt: ['sudo'] },
  openssl: { apk: ['openssl'], apt: ['openssl'] },
  rsync: { apk: ['rsync'], apt: ['rsync'] },
  cmake: { apk: ['cmake'], apt: ['cmake'] },
  file: { apk: ['file'], apt: ['file'] },
  'pkg-config': { apk: ['pkgconf', 'pkgconfig'], apt: ['pkg-config', 'pkgconf'] },
  tini: { apk: ['tini'], apt: ['tini'] },
  yarn: { apk: ['yarn'] },
  xz: { apk: ['xz'], apt: ['xz-utils'] },
  ruby: { apk: ['ruby'], apt: ['ruby', /^ruby\d/] },
  gem: { apk: ['ruby'], apt: ['ruby', /^ruby\d/] },
};

/** Toolchain folders (unlisted bulk entries) that can hold a known tool: /usr/local/go/bin holds `go`, not `curl`. */
export const TOOLCHAIN_HINTS: Record<string, RegExp> = {
  go: /go/,
  cargo: /cargo|rust/,
  rustc: /cargo|rust/,
  java: /java|jdk|jre/,
  mvn: /maven|mvn/,
  gradle: /gradle/,
  node: /node/,
  nodejs: /node/,
  npm: /node|npm/,
  npx: /node|npm/,
  yarn: /yarn|node/,
  python: /python|venv|conda/,
  python3: /python|venv|conda/,
  pip: /python|venv|conda|pip/,
  pip3: /python|venv|conda|pip/,
  php: /php/,
  composer: /composer|php/,
  ruby: /ruby/,
  gem: /ruby|gem/,
};

/** BusyBox applets in Alpine's busybox package (the ones Dockerfiles use). */
export const BUSYBOX_APPLETS = new Set(
  (
    'addgroup adduser arch ash awk base64 basename bunzip2 bzcat bzip2 cat chgrp chmod chown chroot cksum clear cmp comm cp cpio ' +
    'crond cut date dd delgroup deluser df diff dirname dmesg dos2unix du echo ed egrep env expand expr false fgrep find fold ' +
    'free fsync fuser getopt grep groups gunzip gzip halt hd head hexdump hostid hostname id install ip ipcalc kill killall ' +
    'less link ln logger login ls lsof lzcat lzma lzop md5sum mkdir mkfifo mknod mktemp more mount mv nc netstat nice nl ' +
    'nohup nproc nslookup od passwd paste patch pgrep pidof ping ping6 pkill pmap printenv printf ps pwd readlink realpath ' +
    'reset rev rm rmdir sed seq setsid sh sha1sum sha256sum sha3sum sha512sum shred sleep sort split stat strings stty su ' +
    'sum sync sysctl tac tail tar tee test time timeout top touch tr traceroute true truncate tty umount uname unexpand ' +
    'uniq unix2dos unlink unlzma unxz unzip uptime usleep uudecode uuencode vi watch wc wget which whoami xargs xxd xz xzcat yes zcat'
  ).split(' '),
);

export function matchesProvider(providers: readonly (string | RegExp)[] | undefined, installed: ReadonlySet<string>): boolean {
  if (providers === undefined) return false;
  for (const p of providers) {
    if (typeof p === 'string') {
      if (installed.has(p)) return true;
    } else {
      for (const name of installed) if (p.test(name)) return true;
    }
  }
  return false;
}
