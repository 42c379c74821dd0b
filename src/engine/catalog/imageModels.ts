/**
 * Size models for images the catalog has not measured and that have no catalogued sibling tag.
 * Each rule names a catalogued base and the bytes the image adds on top; the numbers are rough
 * model figures (not measurements) and every result says so. Contents beyond the base's
 * skeleton are unknown: they appear as one bulk entry, /usr/local/unknown-content.
 */
import type { CatalogRef } from './imageRef';
import type { CatalogImage, CatalogLayer, OsFamily, SkeletonEntry } from './types';

interface Rule {
  test: (ref: CatalogRef) => boolean;
  /** Catalog id of the base, or null for an empty (scratch-like) base. */
  base: (ref: CatalogRef) => string | null;
  extraBytes: (ref: CatalogRef) => number;
  why: string;
  family?: OsFamily;
}

const MB = 1_000_000;
const isAlpine = (r: CatalogRef): boolean => /alpine/.test(r.tag) || /alpine/.test(r.name);

const rules: Rule[] = [
  {
    test: (r) => /^gcr\.io\/distroless\/(static|base|cc)/.test(r.repository),
    base: (r) => `gcr.io/distroless/${/static/.test(r.repository) ? 'static' : 'base'}-debian12${r.tag.startsWith('nonroot') ? ':nonroot' : ''}`,
    extraBytes: (r) => (/\/cc/.test(r.repository) ? 3 * MB : 0),
    why: 'distroless image of another Debian release or flavour: sized like the debian12 one (cc adds libgcc and libstdc++, ~3 MB)',
  },
  {
    test: (r) => r.repository.startsWith('cgr.dev/chainguard/'),
    base: (r) => (/static/.test(r.repository) ? 'gcr.io/distroless/static-debian12' : 'gcr.io/distroless/base-debian12'),
    extraBytes: (r) => (/-dev$/.test(r.tag) ? 30 * MB : 0),
    why: 'Chainguard images are distroless-style: sized like gcr.io/distroless (the -dev variants add a shell and apk, ~30 MB)',
  },
  {
    test: (r) => r.repository === 'docker.io/tonistiigi/xx',
    base: () => null,
    extraBytes: () => 100_000,
    why: 'tonistiigi/xx is a scratch image holding a few cross-compilation shell scripts (~0.1 MB)',
  },
  {
    test: (r) => /-bin$/.test(r.repository),
    base: () => null,
    extraBytes: () => 60 * MB,
    why: 'a *-bin image is a scratch image holding prebuilt static binaries (~60 MB)',
  },
  {
    test: (r) => /^mcr\.microsoft\.com\/windows\//.test(r.repository) || /windows/.test(r.name),
    base: () => null,
    extraBytes: (r) => (/nanoserver/.test(r.repository) ? 300 * MB : 4_000 * MB),
    why: 'Windows base image: nanoserver is ~0.3 GB, servercore ~4 GB (Linux builds cannot use them)',
    family: 'windows',
  },
  {
    test: (r) => /^mcr\.microsoft\.com\/dotnet\//.test(r.repository),
    base: (r) => (isAlpine(r) ? 'alpine:latest' : 'debian:bookworm-slim'),
    extraBytes: (r) => {
      const kind = /\/sdk/.test(r.repository) ? 'sdk' : /\/aspnet/.test(r.repository) ? 'aspnet' : /runtime-deps/.test(r.repository) ? 'deps' : 'runtime';
      const table: Record<string, [number, number]> = { sdk: [650, 780], aspnet: [100, 145], runtime: [80, 115], deps: [5, 45] };
      const [alpine, debian] = table[kind] ?? [100, 150];
      return (isAlpine(r) ? alpine : debian) * MB;
    },
    why: '.NET image: its base plus the .NET payload (model: SDK ~0.7 GB, ASP.NET runtime ~0.1 GB)',
  },
  {
    test: isAlpine,
    base: () => 'alpine:latest',
    extraBytes: () => 50 * MB,
    why: 'an Alpine-based image: alpine plus ~50 MB of added software (model)',
  },
  {
    test: (r) => /slim/.test(r.tag),
    base: () => 'debian:bookworm-slim',
    extraBytes: () => 100 * MB,
    why: 'a slim Debian-based image: debian:bookworm-slim plus ~100 MB (model)',
  },
];

const fallback: Rule = {
  test: () => true,
  base: () => 'debian:bookworm-slim',
  extraBytes: () => 150 * MB,
  why: 'an image the catalog cannot know (private or unrecognised): modelled as debian:bookworm-slim plus ~150 MB',
};

const emptyConfig = { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', ExposedPorts: [], Volumes: [], StopSignal: '', Shell: null, Labels: {} };

const UNKNOWN_PATH = '/usr/local/unknown-content';

/** The base skeleton plus one bulk for the unknown bytes, parents first, sorted by path. */
function withUnknownContent(base: readonly SkeletonEntry[], bytes: number, basis: string): SkeletonEntry[] {
  if (bytes <= 0) return [...base];
  const paths = new Set(base.map((e) => e.path));
  const added: SkeletonEntry[] = ['/usr', '/usr/local'].filter((p) => !paths.has(p)).map((path) => ({ path, kind: 'dir' as const }));
  added.push({ path: UNKNOWN_PATH, kind: 'bulk', size: bytes, fileCount: Math.max(1, Math.round(bytes / 50_000)), estimated: true, basis });
  return [...base, ...added].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function estimateUnknownImage(ref: CatalogRef, byKey: ReadonlyMap<string, { image: CatalogImage }>): { image: CatalogImage; warning: string } {
  const rule = rules.find((r) => r.test(ref)) ?? fallback;
  const baseId = rule.base(ref);
  const base = baseId === null ? undefined : byKey.get(baseId.includes(':') ? baseId : `${baseId}:latest`)?.image;
  const extra = rule.extraBytes(ref);
  const compressedExtra = Math.round(extra / 2.7);
  const layer: CatalogLayer = { createdBy: `unknown content of ${ref.key} (model estimate)`, size: extra, compressedSize: compressedExtra, estimated: true };
  const warning = `Estimated: ${ref.key} is not in the catalog; ${rule.why}.`;
  const image: CatalogImage = {
    id: ref.key,
    aliases: [],
    repository: ref.repository,
    version: 'unknown',
    size: (base?.size ?? 0) + extra,
    compressedSize: (base?.compressedSize ?? 0) + compressedExtra,
    compressedEstimated: true,
    layers: [...(base?.layers ?? []), ...(extra > 0 ? [layer] : [])],
    config: base?.config ?? emptyConfig,
    os: base?.os ?? { family: rule.family ?? 'unknown', version: '', packageManager: null },
    preinstalled: base?.preinstalled ?? null,
    skeleton: withUnknownContent(base?.skeleton ?? [], extra, rule.why),
    estimated: true,
    estimateBasis: rule.why,
    source: `model estimate${base !== undefined ? ` on top of catalog entry ${base.id} (${base.source})` : ''}`,
    notes: 'Contents beyond the base image are unknown; paths not listed in the skeleton are not known to exist.',
  };
  return { image, warning };
}
