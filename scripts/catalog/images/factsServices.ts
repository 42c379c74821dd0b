/**
 * PHP, Composer, Java and service images (nginx, neo4j, zookeeper, redis, postgres).
 */
import { apkExtras, apkLists, withExtras } from './apkLists';
import { repoInfo, type Helpers, type ImageFact } from './factTypes';
import { alpineParts, debianParts } from './families';
import { entrypointPart, javaParts, nginxParts, phpParts } from './runtimes';
import type { Group, Part } from './skeleton';

const KIB = 1024;
const apk = (list: string) => apkLists[list] ?? (apkLists['3.20'] as NonNullable<(typeof apkLists)['3.20']>);
const debianOs = (v: string) => ({ family: 'debian' as const, version: v, packageManager: 'apt' as const });
const ubuntuOs = (v: string) => ({ family: 'ubuntu' as const, version: v, packageManager: 'apt' as const });
const alpineOs = (v: string) => ({ family: 'alpine' as const, version: v, packageManager: 'apk' as const });

function slimProxy(h: Helpers, what: string, id: 'debian' | 'ubuntu', version: string): Part[] {
  return debianParts(h.layout('bookworm-slim', true), `bookworm-slim (proxy for ${what})`, { id, version }, h.aptCount('bookworm-slim'));
}

const phpExtra = apkExtras['php:8.2-fpm-alpine']?.packages ?? {};

export const serviceFacts: ImageFact[] = [
  {
    id: 'php:8.2-fpm-alpine', aliases: ['php:8.2-fpm-alpine3.19', 'php:8.2.13-fpm-alpine'], sizes: 'php:8.2-fpm-alpine',
    // The php source layer holds php.tar.xz, which gzip cannot shrink: its size on disk is the blob size.
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.19'), 4: 12_169_293 }),
    os: alpineOs('3.19'), preinstalled: { apk: withExtras(apk('3.20'), phpExtra), source: `${apk('3.20').source} (proxy for 3.19); ${apkExtras['php:8.2-fpm-alpine']?.source ?? ''}` },
    groups: (h): Group[] => [
      { budget: h.layers[4]?.size ?? 0, parts: [{ path: '/usr/src/php.tar.xz', kind: 'file', weight: 1, basis: 'php source tarball kept for docker-php-ext-install (layer size)' }] },
      { budget: h.layers[6]?.size ?? 0, parts: phpParts('8.2') },
      { budget: 'rest', parts: [...alpineParts('3.19.0', withExtras(apk('3.20'), phpExtra), apk('3.20').source), entrypointPart('/usr/local/bin/docker-php-entrypoint', 1_000, 'COPY docker-php-ext-* docker-php-entrypoint')] },
    ],
  },
  {
    id: 'composer:2', aliases: ['composer', 'composer:latest', 'composer:2.8', 'composer:2.8.0'], sizes: 'composer:2',
    layers: [
      { createdBy: 'php:8.3-cli-alpine3.20 (alpine rootfs, php build)', compressedBytes: 30_000_000 },
      { createdBy: 'apk add --no-cache 7zip bash coreutils git make mercurial openssh-client patch subversion tini unzip zip', compressedBytes: 38_000_000 },
      { createdBy: 'pecl zip extension, php-cli.ini', compressedBytes: 1_000_000 },
      { createdBy: 'install composer -> /usr/bin/composer', compressedBytes: 3_000_000 },
      { createdBy: 'COPY docker-entrypoint.sh /docker-entrypoint.sh', compressedBytes: 600 },
      { createdBy: 'WORKDIR /app', compressedBytes: 32 },
    ],
    compressed: { bytes: 72_000_632, version: 'estimate', source: 'estimate', estimated: true, basis: 'on-disk size / 2.65 (glibc-free alpine image with git and php; sizes.json ratios 2.2-2.9)' },
    layerAnchors: (h) => ({ 0: h.imageSize('php:8.2-fpm-alpine'), 3: 3_100_000 }),
    config: { WorkingDir: '/app' },
    os: alpineOs('3.20'), preinstalled: { apk: withExtras(apk('3.20'), { git: 6468, bash: 1364, make: 244, curl: 252, tar: 428 }), source: 'shared/data/sizes/sizes.json apk (composer/local/2.md)' },
    groups: (h): Group[] => [
      { budget: h.layers[3]?.size ?? 0, parts: [{ path: '/usr/bin/composer', kind: 'file', weight: 1, basis: 'composer.phar (~3 MB, estimate)' }] },
      { budget: h.layers[1]?.size ?? 0, parts: [
        { path: '/usr/libexec/git-core', kind: 'bulk', weight: 0.35, avgFileBytes: 200_000, basis: 'git (apk layer share, estimate)' },
        { path: '/usr/lib', kind: 'bulk', weight: 0.45, avgFileBytes: 150_000, basis: 'libraries of git, mercurial, subversion, openssh (estimate)' },
        { path: '/usr/bin', kind: 'bulk', weight: 0.2, avgFileBytes: 100_000, basis: 'bash, coreutils, 7zip, zip, make (estimate)' },
      ] },
      { budget: 'rest', parts: [...alpineParts('3.20.3', withExtras(apk('3.20'), phpExtra), apk('3.20').source), ...phpParts('8.3'), { path: '/app', kind: 'dir' }, entrypointPart('/docker-entrypoint.sh', 1_200, 'COPY docker-entrypoint.sh')] },
    ],
    notes: 'Layer structure follows docker-library composer (FROM php:8-alpine, apk tools, composer.phar); its shares are estimates.',
  },
  {
    id: 'eclipse-temurin:21-jre', aliases: ['eclipse-temurin:21-jre-noble', 'eclipse-temurin:21.0.7_6-jre'], sizes: 'eclipse-temurin:21-jre',
    layerAnchors: (h) => ({ 0: h.imageSize('ubuntu:24.04') }),
    os: ubuntuOs('24.04 (noble)'),
    groups: (h): Group[] => [
      { budget: h.layers[2]?.size ?? 0, parts: javaParts('/opt/java/openjdk', 'Temurin 21 JRE with CDS archive') },
      { budget: 'rest', parts: [...slimProxy(h, 'ubuntu noble', 'ubuntu', '24.04'), entrypointPart('/__cacert_entrypoint.sh', 5_000, 'COPY entrypoint.sh')] },
    ],
  },
  {
    id: 'maven:3-eclipse-temurin-21', aliases: ['maven:3.9-eclipse-temurin-21', 'maven:3.9.15-eclipse-temurin-21'], sizes: 'maven:3-eclipse-temurin-21',
    os: ubuntuOs('24.04 (noble)'),
    groups: (h): Group[] => [
      { budget: h.layers[2]?.size ?? 0, parts: javaParts('/opt/java/openjdk', 'Temurin 21 JDK (src.zip removed)') },
      { budget: h.layers[6]?.size ?? 0, parts: [{ path: '/usr/share/maven', kind: 'bulk', weight: 1, avgFileBytes: 80_000, basis: 'Maven distribution (layer size)' }, { path: '/usr/bin/mvn', kind: 'symlink', target: '/usr/share/maven/bin/mvn' }] },
      { budget: 'rest', parts: [...slimProxy(h, 'ubuntu', 'ubuntu', '24.04'), { path: '/root/.m2', kind: 'dir' }, entrypointPart('/usr/local/bin/mvn-entrypoint.sh', 1_800, 'COPY mvn-entrypoint.sh')] },
    ],
  },
  {
    id: 'nginx:latest', aliases: ['nginx:mainline', 'nginx:1.23.3', 'nginx:1.23', 'nginx:bullseye'], sizes: 'nginx:latest',
    layerAnchors: (h) => ({ 0: h.imageSize('debian:bullseye-slim') }),
    os: debianOs('11 (bullseye)'), preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"] used as a proxy for bullseye' },
    groups: (h): Group[] => [
      { budget: h.layers[0]?.size ?? 0, parts: slimProxy(h, 'bullseye', 'debian', '11.6') },
      { budget: 'rest', parts: [...nginxParts(), entrypointPart('/docker-entrypoint.sh', 1_600, 'COPY docker-entrypoint.sh')] },
    ],
  },
  {
    id: 'nginx:alpine', aliases: ['nginx:mainline-alpine', 'nginx:alpine-slim', 'nginx:1.23.3-alpine'], sizes: 'nginx:alpine',
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.19') }),
    os: alpineOs('3.17'), preinstalled: { apk: withExtras(apk('3.20'), { tzdata: 3436 }), source: `${apk('3.20').source} (proxy); tzdata from sizes.json apk (nginx/local/alpine.md)` },
    groups: (h): Group[] => [
      { budget: h.layers[0]?.size ?? 0, parts: alpineParts('3.17.1', apk('3.20').packages, apk('3.20').source) },
      { budget: 'rest', parts: [...nginxParts(), entrypointPart('/docker-entrypoint.sh', 1_600, 'COPY docker-entrypoint.sh')] },
    ],
  },
  {
    id: 'neo4j:latest', aliases: ['neo4j', 'neo4j:4.0.5', 'neo4j:community'], sizes: 'neo4j:latest',
    os: debianOs('11 (bullseye)'),
    groups: (h): Group[] => [
      { budget: h.layers[1]?.size ?? 0, parts: javaParts('/opt/java/openjdk', 'OpenJDK runtime') },
      { budget: h.layers[4]?.size ?? 0, parts: [{ path: '/var/lib/neo4j', kind: 'bulk', weight: 1, avgFileBytes: 300_000, basis: 'neo4j distribution (lib/*.jar, bin, conf)' }, { path: '/sbin/tini', kind: 'file', bytes: 24_000, estimated: true, basis: 'tini' }] },
      { budget: 'rest', parts: [...slimProxy(h, 'bullseye', 'debian', '11.11'), { path: '/data', kind: 'dir' }, { path: '/logs', kind: 'dir' }, { path: '/startup', kind: 'bulk', weight: 0.01, avgFileBytes: 5_000, basis: 'COPY local-package/* /startup/ (entrypoint scripts)' }] },
    ],
    notes: 'On-disk size is from the 4.0.5 build (2020) while the layers are from 2025.11.2: the two are not the same image.',
  },
  {
    id: 'neo4j:5', aliases: ['neo4j:5-community', 'neo4j:5.26', 'neo4j:5.26.21', 'neo4j:5-trixie', 'neo4j:5.26.21-community-trixie'],
    size: { bytes: 555_010_000, version: '5.26.21-community-trixie (2026-02-17)', source: repoInfo('repos/neo4j/local/5.md', '002869b') },
    compressed: { bytes: 196_812_057, version: 'estimate', source: 'estimate', estimated: true, basis: 'on-disk size / 2.82 (median glibc on-disk/compressed ratio in sizes.json; neo4j:latest mixes a 2020 on-disk size with 2026 layers, so its ratio is not used)' },
    layerTemplate: 'neo4j:latest', layerAnchors: (h) => ({ 0: h.imageSize('debian:trixie-slim') }),
    config: {
      Entrypoint: ['tini', '-g', '--', '/startup/docker-entrypoint.sh'], Cmd: ['neo4j'], WorkingDir: '/var/lib/neo4j',
      Env: ['PATH=/var/lib/neo4j/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/opt/java/openjdk', 'NEO4J_SHA256=e7479438004924167ceb707f9620ee39db7d06870e9ce00d52573350f3518dc4', 'NEO4J_TARBALL=neo4j-community-5.26.21-unix.tar.gz', 'NEO4J_EDITION=community', 'NEO4J_HOME=/var/lib/neo4j', 'LANG=C.UTF-8'],
      ExposedPorts: ['7473/tcp', '7474/tcp', '7687/tcp'], Volumes: ['/data', '/logs'],
    },
    os: debianOs('13 (trixie)'),
    groups: (h): Group[] => [
      { budget: h.layers[1]?.size ?? 0, parts: javaParts('/opt/java/openjdk', 'Temurin 17 runtime copied in') },
      { budget: h.layers[4]?.size ?? 0, parts: [{ path: '/var/lib/neo4j', kind: 'bulk', weight: 1, avgFileBytes: 300_000, basis: 'neo4j 5.26 community distribution' }] },
      { budget: 'rest', parts: [...slimProxy(h, 'trixie', 'debian', '13.3'), { path: '/data', kind: 'dir' }, { path: '/logs', kind: 'dir' }, { path: '/startup', kind: 'bulk', weight: 0.01, avgFileBytes: 5_000, basis: 'entrypoint scripts' }] },
    ],
    notes: 'ExposedPorts and Volumes follow the neo4j image family (sizes.json neo4j:latest); Env, Entrypoint and Cmd are from this tag\'s repo-info file.',
  },
  {
    id: 'zookeeper:3.6.1', aliases: ['zookeeper:3.6'], sizes: 'zookeeper:3.6.1',
    layerAnchors: () => ({ 6: 35_300_000 }),
    os: debianOs('10 (buster)'),
    groups: (h): Group[] => [
      { budget: h.layers[3]?.size ?? 0, parts: javaParts('/usr/local/openjdk-11', 'OpenJDK 11.0.7 JRE') },
      { budget: h.layers[6]?.size ?? 0, parts: [{ path: '/apache-zookeeper-3.6.1-bin', kind: 'bulk', weight: 1, avgFileBytes: 60_000, basis: 'apache-zookeeper-3.6.1-bin.tar.gz unpacked: 35.3 MB per the examples README `docker history` (SIZES.md §8: unverified)' }] },
      { budget: 'rest', parts: [...slimProxy(h, 'buster', 'debian', '10.4'), ...['/conf', '/data', '/datalog', '/logs'].map((path) => ({ path, kind: 'dir' as const })), entrypointPart('/docker-entrypoint.sh', 1_200, 'COPY docker-entrypoint.sh')] },
    ],
  },
  {
    id: 'redis:alpine', aliases: ['redis:7.2.1-alpine', 'redis:7-alpine'], sizes: 'redis:alpine',
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.19'), 2: 3_400 * KIB }),
    os: alpineOs('3.18'), preinstalled: { apk: withExtras(apk('3.20'), { tzdata: 3068 }), source: `${apk('3.20').source} (proxy); tzdata from sizes.json apk (redis/local/alpine.md)` },
    groups: (h): Group[] => [
      { budget: h.layers[0]?.size ?? 0, parts: alpineParts('3.18.3', apk('3.20').packages, apk('3.20').source) },
      { budget: h.layers[2]?.size ?? 0, parts: [{ path: '/usr/share/zoneinfo', kind: 'bulk', bytes: 3068 * KIB, files: 600, basis: 'apk tzdata 3068 KiB (sizes.json)' }, { path: '/usr/bin/setpriv', kind: 'file', weight: 1, basis: 'setpriv' }] },
      { budget: 'rest', parts: [
        { path: '/usr/local/bin/redis-server', kind: 'file', weight: 1, basis: 'redis-server (redis-cli, -benchmark, -check-* are links or small copies), estimate' },
        { path: '/usr/local/bin/redis-cli', kind: 'file', weight: 0.1, basis: 'redis-cli, estimate' },
        { path: '/data', kind: 'dir' },
        entrypointPart('/usr/local/bin/docker-entrypoint.sh', 4_000, 'COPY docker-entrypoint.sh'),
      ] },
    ],
    notes: 'On-disk size is 7.2.1 (2023) while the layers are 8.4.0 with modules (2026): not the same build.',
  },
  {
    id: 'postgres:16', aliases: ['postgres:16-trixie', 'postgres:16.13'], sizes: 'postgres:16',
    layerAnchors: (h) => ({ 0: h.imageSize('debian:trixie-slim') }),
    os: debianOs('13 (trixie)'),
    groups: (h): Group[] => [
      { budget: h.layers[8]?.size ?? 0, parts: [{ path: '/usr/lib/postgresql/16', kind: 'bulk', weight: 0.8, avgFileBytes: 60_000, basis: 'postgresql-16 binaries and libs' }, { path: '/usr/share/postgresql/16', kind: 'bulk', weight: 0.2, avgFileBytes: 20_000, basis: 'extension SQL, timezone sets' }] },
      { budget: h.layers[4]?.size ?? 0, parts: [{ path: '/usr/lib/locale/locale-archive', kind: 'file', weight: 1, basis: 'locale-gen en_US.UTF-8 (layer size)' }] },
      { budget: 'rest', parts: [...slimProxy(h, 'trixie', 'debian', '13.4'), { path: '/var/lib/postgresql/data', kind: 'dir', mode: 0o1777 }, { path: '/docker-entrypoint-initdb.d', kind: 'dir' }, entrypointPart('/usr/local/bin/docker-entrypoint.sh', 12_000, 'COPY docker-entrypoint.sh')] },
    ],
  },
];
