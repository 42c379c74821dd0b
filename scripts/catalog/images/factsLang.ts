/**
 * Language images: Go, Node.js, Python, Rust. Base images must come earlier
 * in the generator's list (their sizes anchor these images' first layers).
 */
import { apkExtras, apkLists, withExtras } from './apkLists';
import { PATH_DEFAULT, repoInfo, type Helpers, type ImageFact } from './factTypes';
import { alpineParts, debianParts } from './families';
import { entrypointPart, goParts, nodeParts, pythonParts, rustParts, yarnParts } from './runtimes';
import type { Group } from './skeleton';

const KIB = 1024;
const apk = (list: string) => apkLists[list] ?? (apkLists['3.20'] as NonNullable<(typeof apkLists)['3.20']>);

/** Go toolchain bytes: golang:<v>-alpine on disk minus its alpine base and ca-certificates. */
function goToolchain(h: Pick<Helpers, 'imageSize'>, alpineId: string, alpineBase: string, caKiB: number): number {
  return h.imageSize(alpineId) - h.imageSize(alpineBase) - caKiB * KIB;
}

const goEnv = (v: string): string[] => ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `GOLANG_VERSION=${v}`, 'GOTOOLCHAIN=local', 'GOPATH=/go'];

function goDebian(set: string, goVersion: string, gopathMode = 0o1777) {
  return (h: Helpers): Group[] => [
    { budget: h.layers[4]?.size ?? 0, parts: goParts(goVersion, gopathMode) },
    { budget: 'rest', parts: debianParts(h.layout(set, false), set, { id: 'debian', version: '12.5' }, h.aptCount(set)) },
  ];
}

function goAlpine(list: string, extra: Record<string, number>, goVersion: string) {
  return (h: Helpers): Group[] => [
    { budget: h.layers[2]?.size ?? 0, parts: goParts(goVersion) },
    { budget: 'rest', parts: alpineParts(apk(list).release, withExtras(apk(list), extra), apk(list).source) },
  ];
}

function nodeDebian(set: string, yarn: string) {
  return (h: Helpers): Group[] => [
    { budget: h.layers[5]?.size ?? 0, parts: nodeParts() },
    { budget: h.layers[6]?.size ?? 0, parts: yarnParts(yarn) },
    { budget: 'rest', parts: [...debianParts(h.layout(set, false), set, { id: 'debian', version: '12.5' }, h.aptCount(set)), { path: '/home/node', kind: 'dir' }, entrypointPart('/usr/local/bin/docker-entrypoint.sh', 388, 'COPY docker-entrypoint.sh')] },
  ];
}

function nodeSlim(yarn: string) {
  return (h: Helpers): Group[] => [
    { budget: h.layers[0]?.size ?? 0, parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim', { id: 'debian', version: '12.11' }, h.aptCount('bookworm-slim')) },
    { budget: h.layers[3]?.size ?? 0, parts: yarnParts(yarn) },
    { budget: 'rest', parts: [...nodeParts(), { path: '/home/node', kind: 'dir' }, entrypointPart('/usr/local/bin/docker-entrypoint.sh', 388, 'COPY docker-entrypoint.sh')] },
  ];
}

function nodeAlpine(list: string, extra: Record<string, number>, yarn: string) {
  return (h: Helpers): Group[] => [
    { budget: h.layers[0]?.size ?? 0, parts: alpineParts(apk(list).release, apk(list).packages, apk(list).source) },
    { budget: h.layers[2]?.size ?? 0, parts: yarnParts(yarn) },
    {
      budget: 'rest',
      parts: [
        ...nodeParts(),
        ...Object.entries(extra).map(([pkg, kib]) => ({ path: pkg === 'libgcc' ? '/usr/lib/libgcc_s.so.1' : '/usr/lib/libstdc++.so.6.0.33', kind: 'file' as const, bytes: kib * KIB, basis: `apk ${pkg} ${kib} KiB` })),
        { path: '/home/node', kind: 'dir' },
        entrypointPart('/usr/local/bin/docker-entrypoint.sh', 388, 'COPY docker-entrypoint.sh'),
      ],
    },
  ];
}

const nodeConfig = (node: string, yarn: string) => ({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'], Env: [PATH_DEFAULT, `NODE_VERSION=${node}`, `YARN_VERSION=${yarn}`] });
const debianOs = (v: string) => ({ family: 'debian' as const, version: v, packageManager: 'apt' as const });
const alpineOs = (v: string) => ({ family: 'alpine' as const, version: v, packageManager: 'apk' as const });

export const langFacts: ImageFact[] = [
  {
    id: 'golang:1.22-alpine', aliases: ['golang:1.22-alpine3.20', 'golang:1.22.9-alpine', 'golang:1.22.9-alpine3.20'], sizes: 'golang:1.22-alpine',
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.20'), 1: 712 * KIB }),
    os: alpineOs('3.20'), preinstalled: { apk: withExtras(apk('3.20'), apkExtras['golang:1.22-alpine']?.packages ?? {}), source: `${apk('3.20').source}; ca-certificates from sizes.json apk` },
    groups: goAlpine('3.20', apkExtras['golang:1.22-alpine']?.packages ?? {}, '1.22.9'),
  },
  {
    id: 'golang:1.26-alpine', aliases: ['golang:alpine', 'golang:1-alpine', 'golang:1.26-alpine3.23', 'golang:alpine3.23', 'golang:1.26.4-alpine', 'golang:1.26.4-alpine3.23', 'golang:1-alpine3.23'],
    size: { bytes: 241_200_000, version: '1.26.4-alpine3.23 (2026-06-22)', source: repoInfo('repos/golang/local/1-alpine3.23.md', '59f65e9') },
    layerTemplate: 'golang:1.22-alpine', layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.23'), 1: 207 * KIB }),
    config: { Env: goEnv('1.26.4'), Cmd: ['/bin/sh'], WorkingDir: '/go' },
    os: alpineOs('3.23'), preinstalled: { apk: withExtras(apk('3.23'), apkExtras['golang:1.26-alpine']?.packages ?? {}), source: apkExtras['golang:1.26-alpine']?.source ?? '' },
    groups: goAlpine('3.23', apkExtras['golang:1.26-alpine']?.packages ?? {}, '1.26.4'),
  },
  {
    id: 'golang:1.21', aliases: ['golang:1.21-bookworm', 'golang:1.21.10', 'golang:1.21.10-bookworm', 'golang:1.21.12', 'golang:1.21.12-bookworm'], sizes: 'golang:1.21',
    layerAnchors: (h) => ({ 4: Math.round((goToolchain(h, 'golang:1.22-alpine', 'alpine:3.20', 712) * 67_011_077) / 69_352_095) }),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'golang-bookworm', source: 'apt.json baseSets["golang-bookworm"]' },
    groups: goDebian('golang-bookworm', '1.21'),
  },
  {
    id: 'golang:1.7.3', aliases: ['golang:1.7'], sizes: 'golang:1.7.3',
    layerAnchors: (h) => ({ 4: Math.round((goToolchain(h, 'golang:1.22-alpine', 'alpine:3.20', 712) * 81_632_722) / 69_352_095) }),
    os: debianOs('8 (jessie)'), preinstalled: { apt: 'golang-bookworm', source: 'apt.json baseSets["golang-bookworm"] used as a proxy for jessie' },
    groups: goDebian('golang-bookworm', '1.7.3', 0o777),
  },
  {
    id: 'golang:1.26-bookworm', aliases: ['golang:bookworm', 'golang:1-bookworm', 'golang:1.26.1-bookworm'],
    size: { bytes: 832_970_000, version: '1.26.1-bookworm (2026-03-06)', source: repoInfo('repos/golang/local/1-bookworm.md', '36c3b97') },
    layerTemplate: 'golang:1.21', layerAnchors: (h) => ({ 4: goToolchain(h, 'golang:1.26-alpine', 'alpine:3.23', 207) }),
    config: { Env: goEnv('1.26.1'), Cmd: ['bash'], WorkingDir: '/go' },
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'golang-bookworm', source: 'apt.json baseSets["golang-bookworm"]' },
    groups: goDebian('golang-bookworm', '1.26'),
  },
  {
    id: 'golang:1.26', aliases: ['golang:latest', 'golang:1', 'golang:trixie', 'golang:1-trixie', 'golang:1.26-trixie', 'golang:1.26.3', 'golang:1.26.3-trixie'],
    size: { bytes: 873_510_000, version: '1.26.3-trixie (2026-05-08)', source: repoInfo('repos/golang/local/1-trixie.md', '067567e') },
    layerTemplate: 'golang:1.21', layerAnchors: (h) => ({ 4: goToolchain(h, 'golang:1.26-alpine', 'alpine:3.23', 207) }),
    config: { Env: goEnv('1.26.3'), Cmd: ['bash'], WorkingDir: '/go' },
    os: debianOs('13 (trixie)'), preinstalled: { apt: 'golang-bookworm', source: 'apt.json baseSets["golang-bookworm"] used as a proxy for trixie' },
    groups: goDebian('golang-bookworm', '1.26'),
    notes: 'The unsuffixed golang tags use the trixie variant since Debian 13 was released; golang:1.26-bookworm is the bookworm build.',
  },
  {
    id: 'node:20', aliases: ['node:20-bookworm', 'node:iron', 'node:20.11.0', 'node:20.18.1'], sizes: 'node:20',
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-buildpack', source: 'apt.json baseSets["bookworm-buildpack"]' },
    groups: nodeDebian('bookworm-buildpack', '1.22.22'),
  },
  {
    id: 'node:18', aliases: ['node:18-bookworm', 'node:hydrogen', 'node:18.20.0'],
    size: { bytes: 1_090_000_000, version: '18.20.0 bookworm (2024-03-27), "~1.09 Gb"', source: repoInfo('repos/node/local/18.md', '7e5c065') },
    layerTemplate: 'node:20', config: nodeConfig('18.20.0', '1.22.19'),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-buildpack', source: 'apt.json baseSets["bookworm-buildpack"]' },
    groups: nodeDebian('bookworm-buildpack', '1.22.19'),
  },
  {
    id: 'node:20-slim', aliases: ['node:20-bookworm-slim', 'node:20.19.3-slim'], sizes: 'node:20-slim',
    layerAnchors: (h) => ({ 0: h.imageSize('debian:bookworm-slim') }),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"] (the node build deps are purged again)' },
    groups: nodeSlim('1.22.22'),
  },
  {
    id: 'node:22-slim', aliases: ['node:22-bookworm-slim', 'node:22.8.0-slim'],
    size: { bytes: 217_510_000, version: '22.8.0 bookworm-slim (2024-09-03)', source: repoInfo('repos/node/local/22-slim.md', '067dbe7') },
    layerTemplate: 'node:20-slim', layerAnchors: (h) => ({ 0: h.imageSize('debian:bookworm-slim') }), config: nodeConfig('22.8.0', '1.22.22'),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"]' },
    groups: nodeSlim('1.22.22'),
  },
  {
    id: 'node:24-slim', aliases: ['node:24-bookworm-slim', 'node:24.0.0-slim', 'node:lts-slim'],
    size: { bytes: 229_480_000, version: '24.0.0 bookworm-slim (2025-05-06)', source: repoInfo('repos/node/local/24-slim.md', '141ea20') },
    layerTemplate: 'node:20-slim', layerAnchors: (h) => ({ 0: h.imageSize('debian:bookworm-slim') }), config: nodeConfig('24.0.0', '1.22.22'),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"]' },
    groups: nodeSlim('1.22.22'),
    notes: 'node:lts-* follows the Active LTS line, which is 24 from October 2025.',
  },
  {
    id: 'node:20-alpine', aliases: ['node:20-alpine3.23', 'node:20.20.1-alpine', 'node:iron-alpine'], sizes: 'node:20-alpine',
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.23') }),
    os: alpineOs('3.23'), preinstalled: { apk: withExtras(apk('3.23'), apkExtras['node:24-alpine']?.packages ?? {}), source: `${apk('3.23').source}; libgcc/libstdc++ from node:24-alpine (same alpine release)` },
    groups: nodeAlpine('3.23', apkExtras['node:24-alpine']?.packages ?? {}, '1.22.22'),
  },
  {
    id: 'node:18-alpine', aliases: ['node:18-alpine3.20', 'node:18.20.4-alpine', 'node:hydrogen-alpine'], sizes: 'node:18-alpine',
    layerTemplate: 'node:20-alpine', layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.20') }),
    os: alpineOs('3.20'), preinstalled: { apk: withExtras(apk('3.20'), apkExtras['node:22-alpine']?.packages ?? {}), source: `${apk('3.20').source}; libgcc/libstdc++ from node:22-alpine (same alpine release)` },
    groups: nodeAlpine('3.20', apkExtras['node:22-alpine']?.packages ?? {}, '1.22.19'),
  },
  {
    id: 'node:22-alpine', aliases: ['node:22-alpine3.20', 'node:22.8.0-alpine', 'node:jod-alpine'],
    size: { bytes: 152_860_000, version: '22.8.0 alpine3.20 (2024-09-03)', source: repoInfo('repos/node/local/22-alpine.md', '067dbe7') },
    layerTemplate: 'node:20-alpine', layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.20') }), config: nodeConfig('22.8.0', '1.22.22'),
    os: alpineOs('3.20'), preinstalled: { apk: withExtras(apk('3.20'), apkExtras['node:22-alpine']?.packages ?? {}), source: apkExtras['node:22-alpine']?.source ?? '' },
    groups: nodeAlpine('3.20', apkExtras['node:22-alpine']?.packages ?? {}, '1.22.22'),
  },
  {
    id: 'node:24-alpine', aliases: ['node:24-alpine3.23', 'node:24.14.0-alpine', 'node:lts-alpine', 'node:krypton-alpine'],
    size: { bytes: 159_100_000, version: '24.14.0 alpine3.23 (2026-02-24)', source: repoInfo('repos/node/local/24-alpine.md', '94de598') },
    layerTemplate: 'node:20-alpine', layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.23') }), config: nodeConfig('24.14.0', '1.22.22'),
    os: alpineOs('3.23'), preinstalled: { apk: withExtras(apk('3.23'), apkExtras['node:24-alpine']?.packages ?? {}), source: apkExtras['node:24-alpine']?.source ?? '' },
    groups: nodeAlpine('3.23', apkExtras['node:24-alpine']?.packages ?? {}, '1.22.22'),
    notes: 'node:lts-alpine follows the Active LTS line, which is 24 from October 2025.',
  },
  {
    id: 'python:3.12', aliases: ['python:3.12-bookworm', 'python:3.12.11', 'python:3.12.11-bookworm'], sizes: 'python:3.12',
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-buildpack', source: 'apt.json baseSets["bookworm-buildpack"]' },
    groups: (h) => [
      { budget: h.layers[5]?.size ?? 0, parts: pythonParts('3.12') },
      { budget: 'rest', parts: debianParts(h.layout('bookworm-buildpack', false), 'bookworm-buildpack', { id: 'debian', version: '12.11' }, h.aptCount('bookworm-buildpack')) },
    ],
  },
  {
    id: 'python:3.12-slim', aliases: ['python:3.12-slim-bookworm', 'python:3.12.7-slim', 'python:3.12.7-slim-bookworm'], sizes: 'python:3.12-slim',
    layerAnchors: (h) => ({ 0: h.imageSize('debian:bookworm-slim'), 1: h.aptBytes('bookworm-slim', ['ca-certificates', 'netbase', 'tzdata'], true) }),
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"] plus ca-certificates, netbase, tzdata' },
    groups: (h) => [
      { budget: h.layers[0]?.size ?? 0, parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim', { id: 'debian', version: '12.7' }, h.aptCount('bookworm-slim')) },
      { budget: h.layers[1]?.size ?? 0, parts: [
        { path: '/usr/share/ca-certificates', kind: 'bulk', weight: 0.55, avgFileBytes: 2_000, basis: 'ca-certificates (share of the apt layer, estimate)' },
        { path: '/etc/ssl/certs', kind: 'bulk', weight: 0.4, avgFileBytes: 1_000, basis: 'hashed certificate links and bundle (estimate)' },
        { path: '/etc/services', kind: 'file', weight: 0.05, basis: 'netbase (estimate)' },
      ] },
      { budget: 'rest', parts: pythonParts('3.12') },
    ],
  },
  {
    id: 'python:3.12-alpine', aliases: ['python:3.12-alpine3.19', 'python:3.12.3-alpine'], sizes: 'python:3.12-alpine',
    layers: [
      { createdBy: 'ADD alpine-minirootfs-3.19 x86_64 / (alpine:3.19 rootfs)', compressedBytes: 3_413_271 },
      { createdBy: 'apk add --no-cache ca-certificates tzdata', compressedBytes: 1_300_000 },
      { createdBy: 'build CPython 3.12 -> /usr/local (build deps removed)', compressedBytes: 14_000_000 },
      { createdBy: 'symlinks idle/pip/pydoc/python/python-config', compressedBytes: 249 },
    ],
    compressed: { bytes: 18_713_520, version: 'estimate', source: 'estimate', estimated: true, basis: 'alpine:3.19 rootfs (sizes.json) + apk layer and CPython layer sized like python:3.12-slim\'s (sizes.json); SIZES.md: ~18-20 MB typical' },
    layerAnchors: (h) => ({ 0: h.imageSize('alpine:3.19'), 1: (688 + 3072) * KIB }),
    os: alpineOs('3.19'), preinstalled: { apk: withExtras(apk('3.20'), { 'ca-certificates': 688, tzdata: 3072 }), source: `${apk('3.20').source} (proxy for 3.19); ca-certificates and tzdata from sizes.json apk` },
    groups: (h) => [
      { budget: (h.layers[0]?.size ?? 0) + (h.layers[1]?.size ?? 0), parts: alpineParts('3.19.1', withExtras(apk('3.20'), { 'ca-certificates': 688, tzdata: 3072 }), apk('3.20').source) },
      { budget: 'rest', parts: pythonParts('3.12') },
    ],
  },
  {
    id: 'rust:1', aliases: ['rust:1-bullseye', 'rust:1.66.1', 'rust:1.66.1-bullseye', 'rust:1.66'], sizes: 'rust:1',
    os: debianOs('11 (bullseye)'), preinstalled: { apt: 'bookworm-buildpack', source: 'apt.json baseSets["bookworm-buildpack"] used as a proxy for bullseye' },
    groups: (h) => [
      { budget: h.layers[5]?.size ?? 0, parts: rustParts() },
      { budget: 'rest', parts: debianParts(h.layout('bookworm-buildpack', false), 'bookworm-buildpack', { id: 'debian', version: '11.6' }, h.aptCount('bookworm-buildpack')) },
    ],
  },
  {
    id: 'rust:1-bookworm', aliases: ['rust:bookworm', 'rust:1.75', 'rust:1.75.0', 'rust:1.75-bookworm', 'rust:1.75.0-bookworm'],
    size: { bytes: 1_450_000_000, version: '1.75.0 bookworm (2023-12-28), "~1.45 Gb"', source: repoInfo('repos/rust/local/1.md', '014fc30') },
    layerTemplate: 'rust:1',
    config: { Env: ['PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'RUST_VERSION=1.75.0'], Cmd: ['bash'] },
    os: debianOs('12 (bookworm)'), preinstalled: { apt: 'bookworm-buildpack', source: 'apt.json baseSets["bookworm-buildpack"]' },
    groups: (h) => [
      { budget: h.layers[5]?.size ?? 0, parts: rustParts() },
      { budget: 'rest', parts: debianParts(h.layout('bookworm-buildpack', false), 'bookworm-buildpack', { id: 'debian', version: '12.4' }, h.aptCount('bookworm-buildpack')) },
    ],
  },
];

