/**
 * Files the examples download (curl/wget/ADD <url>): their download size and, for archives, what
 * they unpack to. Unknown URLs get a model estimate by file type.
 */
import artifactsData from './data/artifacts.json';

export interface ArtifactInfo {
  url: string;
  mirrors: string[];
  filename: string;
  kind: string;
  downloadBytes: number;
  extract?: { topDir: string; bytes: number; fileCount: number };
  effect?: string;
  source: string;
  estimated: boolean;
  estimateBasis?: string;
}

const artifacts = (artifactsData as unknown as { artifacts: ArtifactInfo[] }).artifacts;

function canonicalUrl(url: string): string {
  return url.trim().replace(/^["']|["']$/g, '').replace(/^http:\/\//, 'https://').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

function basename(url: string): string {
  return canonicalUrl(url).split('/').pop() ?? '';
}

export interface ArtifactLookup {
  artifact: ArtifactInfo;
  matchedBy: 'url' | 'mirror' | 'filename';
}

/** The catalogued download for `url` (also matched through known mirrors, then by file name). */
export function lookupArtifact(url: string): ArtifactLookup | null {
  const wanted = canonicalUrl(url);
  for (const a of artifacts) if (canonicalUrl(a.url) === wanted) return { artifact: a, matchedBy: 'url' };
  for (const a of artifacts) if (a.mirrors.some((m) => canonicalUrl(m) === wanted)) return { artifact: a, matchedBy: 'mirror' };
  const name = basename(url);
  for (const a of artifacts) if (name !== '' && a.filename === name) return { artifact: a, matchedBy: 'filename' };
  return null;
}

/** Archive types and their typical unpacked/packed ratio (model). */
const archiveRatios: [RegExp, string, number][] = [
  [/\.(tar\.gz|tgz)$/, 'tar.gz', 2.8],
  [/\.(tar\.xz|txz)$/, 'tar.xz', 4.5],
  [/\.(tar\.bz2|tbz2)$/, 'tar.bz2', 3.5],
  [/\.tar$/, 'tar', 1],
  [/\.zip$/, 'zip', 2.5],
];

/** Never null: a catalogued artifact, or a model (10 MB, unpacked by a typical ratio) saying so. */
export function estimateArtifact(url: string): ArtifactLookup & { warning: string } {
  const found = lookupArtifact(url);
  if (found !== null) return { ...found, warning: found.artifact.estimated ? `Estimated: ${found.artifact.estimateBasis ?? ''}` : '' };
  const filename = basename(url) || 'download';
  const archive = archiveRatios.find(([re]) => re.test(filename));
  const downloadBytes = 10_000_000;
  const warning = `Estimated: ${filename} is not in the catalog; assumed ${downloadBytes / 1e6} MB${archive !== undefined ? `, unpacking to ${archive[2]}x that (typical for ${archive[1]})` : ''}.`;
  const topDir = archive !== undefined ? filename.replace(archive[0], '') : '';
  return {
    artifact: {
      url, mirrors: [], filename, kind: archive?.[1] ?? 'file', downloadBytes,
      ...(archive !== undefined ? { extract: { topDir, bytes: Math.round(downloadBytes * archive[2]), fileCount: 200 } } : {}),
      source: 'model estimate', estimated: true, estimateBasis: warning,
    },
    matchedBy: 'url',
    warning,
  };
}
