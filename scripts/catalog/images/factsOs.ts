/**
 * OS base images: Alpine releases, Debian and Ubuntu, busybox, scratch and distroless.
 * Figures not in shared/data/sizes come from repo-info files read one at a time (cited).
 */
import { apkLists } from './apkLists';
import { PATH_DEFAULT, repoInfo, type ImageFact } from './factTypes';
import { alpineParts, busyboxParts, debianParts, distrolessParts } from './families';

function alpine(id: string, aliases: string[], list: keyof typeof apkLists, extra: Partial<ImageFact>, proxy?: string): ImageFact {
  const apk = apkLists[list];
  if (apk === undefined) throw new Error(`no apk list ${list}`);
  // The image's own release: its size entry's version, else its full-version alias (`alpine:3.19.9`);
  // the package list may be another release's (used as a proxy), but /etc/alpine-release is not.
  const fromAlias = aliases.map((a) => /^alpine:(\d+\.\d+\.\d+)$/.exec(a)?.[1]).find((v) => v !== undefined);
  const release = extra.size?.version.split(' ')[0] ?? fromAlias ?? apk.release;
  return {
    id,
    aliases,
    os: { family: 'alpine', version: release, packageManager: 'apk' },
    preinstalled: { apk: apk.packages, source: proxy === undefined ? apk.source : `${apk.source} (package list of alpine ${apk.release}, used for ${proxy})` },
    config: { Cmd: ['/bin/sh'], Env: [PATH_DEFAULT] },
    groups: () => [{ budget: 'rest', parts: alpineParts(release, apk.packages, apk.source) }],
    ...extra,
  };
}

const alpineLayer = (release: string, compressed: number) => [{ createdBy: `ADD alpine-minirootfs-${release}-x86_64.tar.gz / # buildkit`, compressedBytes: compressed }];

export const osFacts: ImageFact[] = [
  alpine('alpine:latest', ['alpine:3', 'alpine:3.20.3'], '3.20', { sizes: 'alpine:latest' }, 'alpine 3.20.3'),
  alpine('alpine:3.19', ['alpine:3.19.9'], '3.20', { sizes: 'alpine:3.19' }, 'alpine 3.19'),
  alpine('alpine:3.12', ['alpine:3.12.5'], '3.10', { sizes: 'alpine:3.12' }, 'alpine 3.12'),
  alpine('alpine:3.10', ['alpine:3.10.9'], '3.10', {
    size: { bytes: 5_580_000, version: '3.10.9 (2021-04-14)', source: repoInfo('repos/alpine/local/3.10.9.md', 'cb4b4ff') },
    layers: alpineLayer('3.10.9', 2_800_000),
    compressed: { bytes: 2_800_000, version: '3.10', source: 'estimate: alpine 3.12 layer 2,796,860 B (sizes.json)', estimated: true, basis: 'same-era minirootfs' },
  }),
  alpine('alpine:3.20', ['alpine:3.20.6'], '3.20', {
    size: { bytes: 7_800_000, version: '3.20.6 (2025-02-14)', source: repoInfo('repos/alpine/local/3.20.md', '9a6041c') },
    layers: alpineLayer('3.20.6', 3_600_000),
  }),
  alpine('alpine:3.21', ['alpine:3.21.5'], '3.21', {
    size: { bytes: 7_830_000, version: '3.21.5 (2025-10-08)', source: repoInfo('repos/alpine/local/3.21.md', '2b0a90d') },
    layers: alpineLayer('3.21.5', 3_640_000),
  }),
  alpine('alpine:3.22', ['alpine:3.22.5'], '3.22', {
    size: { bytes: 8_290_000, version: '3.22.5 (2026-06-22)', source: repoInfo('repos/alpine/local/3.22.5.md', '4448245') },
    layers: alpineLayer('3.22.5', 3_800_000),
  }),
  alpine('alpine:3.23', ['alpine:3.23.2', 'alpine:3.23.4'], '3.23', {
    size: { bytes: 8_440_000, version: '3.23.2 (2025-12-18)', source: repoInfo('repos/alpine/local/3.23.md', '0367a4f') },
    compressed: { bytes: 3_864_189, version: '3.23.4 (2026-04-15)', source: repoInfo('repos/alpine/remote/3.23.md', '031211e') },
    layers: alpineLayer('3.23.4', 3_864_189),
  }),
  alpine('alpine:3.24', ['alpine:3.24.1'], '3.24', {
    size: { bytes: 8_420_000, version: '3.24.1 (2026-06-16)', source: repoInfo('repos/alpine/local/3.24.md', '5b1a976') },
    compressed: { bytes: 3_849_738, version: 'alpine:3 = 3.24.2 (2026-09)', source: 'shared/data/sizes/sizes.json images["alpine:latest"].compressedBytes (docker-library repo-info alpine/remote/3.md)' },
    layers: alpineLayer('3.24.2', 3_849_738),
  }),
  {
    id: 'debian:bookworm-slim', aliases: ['debian:12-slim', 'debian:bookworm-20240813-slim'], sizes: 'debian:bookworm-slim',
    os: { family: 'debian', version: '12 (bookworm)', packageManager: 'apt' },
    preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"]' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim', { id: 'debian', version: '12.6' }, h.aptCount('bookworm-slim')) }],
  },
  {
    id: 'debian:bullseye-slim', aliases: ['debian:11-slim'], sizes: 'debian:bullseye-slim',
    os: { family: 'debian', version: '11 (bullseye)', packageManager: 'apt' },
    preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"] used as a proxy (bullseye index not on this machine)' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim (proxy for bullseye)', { id: 'debian', version: '11.11' }, h.aptCount('bookworm-slim')) }],
  },
  {
    id: 'debian:trixie-slim', aliases: ['debian:13-slim', 'debian:stable-slim'],
    size: { bytes: 78_630_000, version: 'trixie-slim (2026-06-23)', source: repoInfo('repos/debian/local/13-slim.md', '215bfb2') },
    compressed: { bytes: 29_773_685, version: 'trixie-slim rootfs (2026-01, base layer of python:3.12-slim)', source: 'shared/data/sizes/sizes.json images["python:3.12-slim"].layers[0]' },
    layers: [{ createdBy: 'debian.sh --arch amd64 out/ trixie (rootfs)', compressedBytes: 29_773_685 }],
    config: { Cmd: ['bash'] },
    os: { family: 'debian', version: '13 (trixie)', packageManager: 'apt' },
    preinstalled: { apt: 'bookworm-slim', source: 'apt.json baseSets["bookworm-slim"] used as a proxy (trixie index not on this machine)' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim (proxy for trixie)', { id: 'debian', version: '13.5' }, h.aptCount('bookworm-slim')) }],
    notes: 'debian:stable-slim points at trixie since Debian 13 was released (August 2025).',
  },
  {
    id: 'ubuntu:22.04', aliases: ['ubuntu:jammy'], sizes: 'ubuntu:22.04',
    os: { family: 'ubuntu', version: '22.04 (jammy)', packageManager: 'apt' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim (proxy for ubuntu)', { id: 'ubuntu', version: '22.04' }, 92) }],
  },
  {
    id: 'ubuntu:24.04', aliases: ['ubuntu:noble', 'ubuntu:latest'],
    size: { bytes: 78_140_000, version: '24.04 noble (2026-05-20)', source: repoInfo('repos/ubuntu/local/24.04.md', '067e202') },
    compressed: { bytes: 29_726_011, version: 'noble rootfs (2026-01, base layer of eclipse-temurin:21-jre)', source: 'shared/data/sizes/sizes.json images["eclipse-temurin:21-jre"].layers[0]' },
    layers: [{ createdBy: 'ADD file:... in / (ubuntu noble rootfs)', compressedBytes: 29_726_011 }],
    config: { Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } },
    os: { family: 'ubuntu', version: '24.04 (noble)', packageManager: 'apt' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim (proxy for ubuntu)', { id: 'ubuntu', version: '24.04' }, 92) }],
  },
  {
    id: 'ubuntu:20.04', aliases: ['ubuntu:focal'],
    size: { bytes: 72_900_000, version: '20.04 focal (2021-03-04)', source: repoInfo('repos/ubuntu/local/20.04.md', '13b46af') },
    layers: [{ createdBy: 'ADD file:... in / (ubuntu focal rootfs)', compressedBytes: 28_570_000 }],
    compressed: { bytes: 28_570_000, version: 'focal', source: 'estimate', estimated: true, basis: 'on-disk size / 2.55 (ratio of the other ubuntu rootfs layers in sizes.json)' },
    config: { Cmd: ['/bin/bash'] },
    os: { family: 'ubuntu', version: '20.04 (focal)', packageManager: 'apt' },
    groups: (h) => [{ budget: 'rest', parts: debianParts(h.layout('bookworm-slim', true), 'bookworm-slim (proxy for ubuntu)', { id: 'ubuntu', version: '20.04' }, 92) }],
  },
  {
    id: 'busybox:latest', aliases: ['busybox:1.36.1', 'busybox:glibc'], sizes: 'busybox:latest',
    os: { family: 'busybox', version: '1.36.1 (glibc)', packageManager: null },
    groups: () => [{ budget: 'rest', parts: busyboxParts() }],
  },
  {
    id: 'scratch', aliases: [], repository: 'scratch', sizes: 'scratch',
    config: { Env: [] },
    os: { family: 'scratch', version: '', packageManager: null },
    groups: () => [],
    notes: 'FROM scratch adds no layer; an image built from it has no PATH unless the Dockerfile sets one.',
  },
  {
    id: 'gcr.io/distroless/static-debian12', aliases: ['gcr.io/distroless/static-debian12:latest', 'gcr.io/distroless/static:latest'], repository: 'gcr.io/distroless/static-debian12',
    sizes: 'gcr.io/distroless/static-debian12', config: { User: '0', WorkingDir: '/' },
    os: { family: 'distroless', version: 'debian12', packageManager: null },
    groups: () => [{ budget: 'rest', parts: distrolessParts('static') }],
  },
  {
    id: 'gcr.io/distroless/static-debian12:nonroot', aliases: ['gcr.io/distroless/static:nonroot'], repository: 'gcr.io/distroless/static-debian12',
    sizes: 'gcr.io/distroless/static-debian12', config: { User: '65532', WorkingDir: '/home/nonroot' },
    os: { family: 'distroless', version: 'debian12', packageManager: null },
    groups: () => [{ budget: 'rest', parts: distrolessParts('static') }],
  },
  {
    id: 'gcr.io/distroless/base-debian12', aliases: ['gcr.io/distroless/base-debian12:latest', 'gcr.io/distroless/base:latest'], repository: 'gcr.io/distroless/base-debian12',
    sizes: 'gcr.io/distroless/base-debian12', config: { User: '0', WorkingDir: '/' },
    os: { family: 'distroless', version: 'debian12', packageManager: null },
    groups: () => [{ budget: 'rest', parts: distrolessParts('base') }],
  },
  {
    id: 'gcr.io/distroless/base-debian12:nonroot', aliases: ['gcr.io/distroless/base:nonroot'], repository: 'gcr.io/distroless/base-debian12',
    sizes: 'gcr.io/distroless/base-debian12', config: { User: '65532', WorkingDir: '/home/nonroot' },
    os: { family: 'distroless', version: 'debian12', packageManager: null },
    groups: () => [{ budget: 'rest', parts: distrolessParts('base') }],
  },
  {
    id: 'gcr.io/distroless/nodejs20-debian12', aliases: ['gcr.io/distroless/nodejs20-debian12:latest'], repository: 'gcr.io/distroless/nodejs20-debian12',
    sizes: 'gcr.io/distroless/nodejs20-debian12', config: { User: '0', WorkingDir: '/' },
    os: { family: 'distroless', version: 'debian12', packageManager: null },
    groups: (h) => [
      { budget: h.imageSize('gcr.io/distroless/base-debian12'), parts: distrolessParts('base') },
      {
        budget: 'rest',
        parts: [
          { path: '/nodejs/include', kind: 'bulk', bytes: 55_400_000, files: 2_365, basis: 'GoogleContainerTools/distroless#1548: /nodejs/include is 55.4M' },
          { path: '/nodejs/bin/node', kind: 'file', weight: 1, basis: 'node binary and the rest of the nodejs tree' },
        ],
      },
    ],
  },
];
