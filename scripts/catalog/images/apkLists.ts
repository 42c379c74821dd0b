/**
 * Installed sizes (KiB) of the apk packages in Alpine-based images, as listed in
 * docker-library/repo-info `repos/<image>/local/<tag>.md` ("installed size" lines; byte values
 * converted to KiB). Read one file at a time with the search tool's read_file.
 */

export interface ApkList {
  release: string;
  packages: Record<string, number>;
  source: string;
}

const b = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

const repoInfo = (path: string, commit: string): string => `maxmood96/repo-info (fork of docker-library/repo-info) ${path} @${commit}`;

export const apkLists: Record<string, ApkList> = {
  '3.24': {
    release: '3.24.1',
    packages: {
      'alpine-baselayout': b(6552), 'alpine-baselayout-data': 18, 'alpine-keys': 12, 'alpine-release': b(343), 'apk-tools': 112,
      busybox: 794, 'busybox-binsh': 0, 'ca-certificates-bundle': 175, libapk: 270, libcrypto3: 5091, libssl3: 819, musl: 654,
      'musl-utils': 54, scanelf: 65, ssl_client: 14, zlib: 105,
    },
    source: repoInfo('repos/alpine/local/3.24.md', '5b1a976'),
  },
  '3.23': {
    release: '3.23.2',
    packages: {
      'alpine-baselayout': b(6552), 'alpine-baselayout-data': 18, 'alpine-keys': 12, 'alpine-release': b(343), 'apk-tools': 112,
      busybox: 794, 'busybox-binsh': 0, 'ca-certificates-bundle': 216, libapk: 270, libcrypto3: 5083, libssl3: 819, musl: 650,
      'musl-utils': 54, scanelf: 65, ssl_client: 14, zlib: 101,
    },
    source: repoInfo('repos/alpine/local/3.23.md', '0367a4f'),
  },
  '3.22': {
    release: '3.22.5',
    packages: {
      'alpine-baselayout': b(6441), 'alpine-baselayout-data': 18, 'alpine-keys': 13, 'alpine-release': b(343), 'apk-tools': 68,
      busybox: 798, 'busybox-binsh': 0, 'ca-certificates-bundle': 175, libapk2: 179, libcrypto3: 5099, libssl3: 823, musl: 646,
      'musl-utils': 54, scanelf: 65, ssl_client: 14, zlib: 101,
    },
    source: repoInfo('repos/alpine/local/3.22.5.md', '4448245'),
  },
  '3.21': {
    release: '3.21.5',
    packages: {
      'alpine-baselayout': b(6532), 'alpine-baselayout-data': 18, 'alpine-keys': 13, 'alpine-release': b(346), 'apk-tools': 247,
      busybox: 798, 'busybox-binsh': 0, 'ca-certificates-bundle': 214, libcrypto3: 4607, libssl3: 779, musl: 646,
      'musl-utils': 102, scanelf: 65, ssl_client: 14, zlib: 101,
    },
    source: repoInfo('repos/alpine/local/3.21.md', '2b0a90d'),
  },
  '3.20': {
    release: '3.20.6',
    packages: {
      'alpine-baselayout': 308, 'alpine-baselayout-data': 76, 'alpine-keys': 156, 'apk-tools': 296, busybox: 908,
      'busybox-binsh': 8, 'ca-certificates-bundle': 240, libcrypto3: 4660, libssl3: 800, musl: 652, 'musl-utils': 128,
      scanelf: 80, ssl_client: 28, zlib: 108,
    },
    source: repoInfo('repos/alpine/local/3.20.md', '9a6041c'),
  },
  '3.10': {
    release: '3.10.9',
    packages: {
      'alpine-baselayout': b(405504), 'alpine-keys': b(98304), 'apk-tools': b(266240), busybox: b(942080),
      'ca-certificates-cacert': b(245760), 'libc-utils': b(4096), 'libcrypto1.1': b(2756608), 'libssl1.1': b(536576),
      'libtls-standalone': b(110592), musl: b(598016), 'musl-utils': b(147456), scanelf: b(98304), ssl_client: b(28672), zlib: b(110592),
    },
    source: repoInfo('repos/alpine/local/3.10.9.md', 'cb4b4ff'),
  },
};

/** Extra packages of Alpine-based language images, from their own repo-info lists. */
export const apkExtras: Record<string, { packages: Record<string, number>; source: string }> = {
  'node:22-alpine': { packages: { libgcc: 152, 'libstdc++': 2652 }, source: repoInfo('repos/node/local/22-alpine.md', '067dbe7') },
  'node:24-alpine': { packages: { libgcc: 169, 'libstdc++': 2738 }, source: repoInfo('repos/node/local/24-alpine.md', '94de598') },
  'golang:1.26-alpine': { packages: { 'ca-certificates': 207 }, source: repoInfo('repos/golang/local/1-alpine3.23.md', '59f65e9') },
  'golang:1.22-alpine': { packages: { 'ca-certificates': 712 }, source: 'shared/data/sizes/sizes.json apk.ca-certificates (golang/1.22-alpine)' },
  'php:8.2-fpm-alpine': {
    packages: { 'ca-certificates': 688, curl: 248, tar: 428, openssl: 732, xz: 184 },
    source: 'shared/data/sizes/sizes.json apk (php/local/8.2-fpm-alpine.md, python/local/3.12-alpine.md)',
  },
};

export function withExtras(base: ApkList, extra: Record<string, number>): Record<string, number> {
  return { ...base.packages, ...extra };
}
