/**
 * What only ADD does (dockerfile2llb/convert_copy.go): download `http(s)://` sources (named after
 * the URL's last path segment, `__unnamed__` otherwise; not unpacked unless `--unpack=true`), and
 * unpack local tar archives (unless `--unpack=false`). Sizes come from the catalog's artifacts;
 * anything else is a model estimate, marked as such.
 */
import { estimateArtifact, lookupArtifact } from '../catalog';
import { buildTree, type EntryOrigin, type FileTree } from '../fs';

/** BuildKit's isHTTPSource: http(s) and not a Git URL. */
export function isHttpSource(src: string): boolean {
  return /^https?:\/\//.test(src) && !isGitSource(src);
}

/** The Git forms BuildKit recognises (dfgitutil.ParseGitRef, simplified). */
export function isGitSource(src: string): boolean {
  return /^git@/.test(src) || /^git:\/\//.test(src) || /^ssh:\/\//.test(src) || /^https?:\/\/[^?#]+\.git(?:[#?].*)?$/.test(src);
}

/** The file name an ADD <url> creates. */
export function urlFileName(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const base = path.split('/').filter((p) => p !== '').pop();
  return base === undefined || base === '.' ? '__unnamed__' : base;
}

const ARCHIVES: [RegExp, number][] = [
  [/\.(tar\.gz|tgz)$/, 2.8],
  [/\.(tar\.xz|txz)$/, 4.5],
  [/\.(tar\.bz2|tbz2?)$/, 3.5],
  [/\.(tar\.zst)$/, 3.5],
  [/\.tar$/, 1],
];

/** The archive's unpack ratio when the name says it is a tar archive BuildKit would unpack. */
export function archiveRatio(name: string): number | null {
  for (const [re, ratio] of ARCHIVES) if (re.test(name)) return ratio;
  return null;
}

export interface Unpacked {
  /** A tree holding what the archive unpacks to (one bulk entry under its top directory). */
  tree: FileTree;
  bytes: number;
  estimated: boolean;
  note: string;
}

/**
 * The contents of an archive as one bulk entry: the catalog's figures when it knows the file
 * (by name), else the archive's bytes times a typical ratio for its compression.
 */
export function unpackArchive(name: string, archiveBytes: number, origin: EntryOrigin): Unpacked {
  const known = lookupArtifact(name);
  const ratio = archiveRatio(name) ?? 1;
  const stem = name.replace(/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst|tar)$/, '');
  const extract = known?.artifact.extract;
  const topDir = extract?.topDir || stem || 'archive';
  const bytes = extract?.bytes ?? Math.round(archiveBytes * ratio);
  const fileCount = extract?.fileCount ?? Math.max(1, Math.round(bytes / 20_000));
  const estimated = extract === undefined || (known?.artifact.estimated ?? true);
  const source = extract !== undefined && known !== null ? `catalog: ${known.artifact.filename} unpacked (${known.artifact.source})` : `estimate: ${name} x${ratio} (typical unpacked/packed ratio)`;
  const tree = buildTree([{ path: `/${topDir}`, kind: 'bulk', size: bytes, fileCount, source, seed: `unpack:${name}:${archiveBytes}`, origin }]);
  return { tree, bytes, estimated, note: estimated ? `Estimated: the contents of ${name} are modelled as ${topDir}/ holding ${(bytes / 1e6).toFixed(1)} MB` : '' };
}

export interface Download {
  tree: FileTree;
  fileName: string;
  bytes: number;
  /** Identity for the cache key (the URL and what the catalog says it serves). */
  identity: string;
  warning: string;
  artifact: ReturnType<typeof estimateArtifact>['artifact'];
}

/** The file an ADD <url> fetches, as a one-file tree. */
export function downloadUrl(url: string, origin: EntryOrigin): Download {
  const { artifact, warning } = estimateArtifact(url);
  const fileName = urlFileName(url);
  const tree = buildTree([{ path: `/${fileName}`, kind: 'file', size: artifact.downloadBytes, seed: `url:${url}`, mode: 0o600, origin }]);
  return { tree, fileName, bytes: artifact.downloadBytes, identity: `${url}\u0000${artifact.downloadBytes}\u0000${artifact.source}`, warning, artifact };
}
