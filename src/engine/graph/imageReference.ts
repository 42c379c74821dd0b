/**
 * Docker image references, as BuildKit reads a FROM image with distribution/reference's
 * ParseNormalizedNamed (normalize.go, regexp.go): familiar names get `docker.io/library/`, a name
 * without tag or digest gets `:latest`, and malformed names fail with the library's wording.
 */

const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const namePattern = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const referenceRegexp = new RegExp(`^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const identifierRegexp = /^[a-f0-9]{64}$/;

/** A parsed, normalised image reference. */
export interface ImageReference {
  /** `docker.io`, `ghcr.io`, `localhost:5000`, ... */
  domain: string;
  /** `library/golang`, `org/app` */
  path: string;
  tag?: string;
  digest?: string;
  /** The fully qualified form: `docker.io/library/golang:1.21` (tag defaults to latest). */
  normalized: string;
  /** The short form people write: `golang:1.21`. */
  familiar: string;
}

export type ParsedReference = { ok: true; reference: ImageReference } | { ok: false; error: string };

function splitDockerDomain(name: string): { domain: string; remote: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: 'docker.io', remote: `library/${name}` };
  const maybeDomain = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain === 'index.docker.io') [domain, remote] = ['docker.io', rest];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, rest];
  else [domain, remote] = ['docker.io', name];
  if (domain === 'docker.io' && !remote.includes('/')) remote = `library/${remote}`;
  return { domain, remote };
}

/** Parses a reference the way BuildKit's resolveBaseImage does; errors are values. */
export function parseImageReference(text: string): ParsedReference {
  if (identifierRegexp.test(text)) {
    return { ok: false, error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, remote: remainder } = splitDockerDomain(text);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { ok: false, error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const full = `${domain}/${remainder}`;
  const match = referenceRegexp.exec(full);
  if (!match) {
    if (full === '' || remainder === '') return { ok: false, error: 'repository name must have at least one component' };
    return { ok: false, error: 'invalid reference format' };
  }
  const name = match[1] ?? '';
  if (name.length > 255) return { ok: false, error: 'repository name must not be more than 255 characters' };
  const path = name.slice(domain.length + 1);
  const tag = match[2];
  const digest = match[3];
  const suffix = `${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
  const normalized = `${name}${tag === undefined && digest === undefined ? ':latest' : suffix}`;
  let familiarName = name;
  if (domain === 'docker.io') {
    familiarName = path.startsWith('library/') && !path.slice(8).includes('/') ? path.slice(8) : path;
  }
  return {
    ok: true,
    reference: { domain, path, tag, digest, normalized, familiar: `${familiarName}${suffix}` },
  };
}
