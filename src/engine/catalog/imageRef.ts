/**
 * Normalises an image reference for catalog lookups the way Docker names images
 * (distribution/reference ParseNormalizedNamed): familiar names live under docker.io/library,
 * a missing tag means `latest`, and `@sha256:` pins a digest. Lenient by design: the catalog
 * only needs a key, so anything unparsable yields null instead of an error.
 */

export interface CatalogRef {
  /** `docker.io/library/golang`, `gcr.io/distroless/static-debian12` */
  repository: string;
  /** `golang`, `gcr.io/distroless/static-debian12` (what people write) */
  name: string;
  /** `1.21`; `latest` when the reference has no tag and no digest. */
  tag: string;
  /** True when the reference had no tag (so `latest` was assumed, even if a digest pins it). */
  defaultTag: boolean;
  /** `sha256:...` when pinned. */
  digest?: string;
  /** `name:tag`, the key catalog entries are indexed by. */
  key: string;
  /** The fully qualified form `repository:tag[@digest]`. */
  normalized: string;
}

/** Registries that serve Docker Hub's library images under the same paths. */
const hubMirrors = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'mirror.gcr.io', 'registry.hub.docker.com']);

export function normalizeImageRef(input: string): CatalogRef | null {
  const text = input.trim().replace(/^["']|["']$/g, '');
  if (text === '' || /\s|\$/.test(text)) return null;
  if (text === 'scratch') return { repository: 'scratch', name: 'scratch', tag: 'latest', defaultTag: true, key: 'scratch', normalized: 'scratch' };

  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const beforeDigest = at >= 0 ? text.slice(0, at) : text;
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const name = (hasTag ? beforeDigest.slice(0, colon) : beforeDigest).toLowerCase();
  const tag = hasTag ? beforeDigest.slice(colon + 1) : 'latest';
  if (name === '' || tag === '' || !/^[a-z0-9][a-z0-9._\-/:[\]]*$/.test(name)) return null;

  const parts = name.split('/');
  const first = parts[0] ?? '';
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? parts.slice(1).join('/') : name;
  if (hubMirrors.has(domain)) domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;

  const repository = `${domain}/${path}`;
  const familiar = domain === 'docker.io' ? (path.startsWith('library/') ? path.slice(8) : path) : repository;
  const key = `${familiar}:${tag}`;
  return {
    repository,
    name: familiar,
    tag,
    defaultTag: !hasTag,
    ...(digest !== undefined ? { digest } : {}),
    key,
    normalized: `${repository}:${tag}${digest !== undefined ? `@${digest}` : ''}`,
  };
}
