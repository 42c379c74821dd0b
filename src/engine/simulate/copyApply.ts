/**
 * The effect of a COPY/ADD once its sources are selected: every match, downloaded file, unpacked
 * archive and heredoc file is put in place with `--chown`/`--chmod`, `--parents` structure and
 * `--exclude` filtering. Copied entries keep their origin: context files are "your code" already
 * (and stay the same nodes, so their checksums are not recomputed); files from another stage or
 * image keep where they came from (build output, dependencies, ...).
 */
import { diagnostic, lineRange, type Diagnostic } from '../diagnostics';
import { baseName, buildTree, childPath, locate, normalizePath, totals, type EntryKind, type EntryOrigin, type FileTree, type FsResult } from '../fs';
import { archiveRatio, downloadUrl, unpackArchive } from './addSources';
import { placeCopy, withoutExcluded, type PlaceOptions } from './copyPlace';
import { copyTime, downloadTime, type Timed } from './durations';
import type { StepEffect } from './executeStep';
import { resolveUser } from './resolveUser';
import type { BuildSession } from './session';
import type { StageState } from './stageState';

export type CopySource =
  | { kind: 'url'; source: string }
  | { kind: 'git'; source: string }
  | { kind: 'tree'; source: string; matches: string[]; /** `--parents` pivot ('' without --parents). */ pivot: string };

export interface CopyJob {
  root: FileTree;
  fromContext: boolean;
  sources: CopySource[];
  heredocs: { name: string; content: string }[];
  dest: string;
  chown: string;
  chmod: number | ((mode: number, kind: EntryKind) => number) | undefined;
  exclude: string[];
  isAdd: boolean;
  unpack: boolean | null;
  line: number;
  endLine: number;
  instruction: string;
  createdBy: string;
}

function fsMessage(r: FsResult & { ok: false }): string {
  if (r.error.code === 'ENOTDIR' || r.error.code === 'EEXIST') return `failed to copy files: cannot copy to non-directory: ${r.error.path}`;
  return `failed to copy files: ${r.error.path}: ${r.error.message}`;
}

function combine(copyBytes: number, downloadBytes: number): Timed {
  const copy = copyTime(copyBytes);
  if (downloadBytes === 0) return copy;
  const download = downloadTime(downloadBytes);
  return { ms: copy.ms + download.ms, source: `${download.source}; ${copy.source}` };
}

export function applyCopy(session: BuildSession, state: StageState, job: CopyJob): StepEffect {
  const notes: Diagnostic[] = [];
  const note = (code: 'SC5006' | 'SC5008', text: string) => notes.push(diagnostic(code, text, lineRange(job.line, job.endLine)));
  const owner = job.chown === '' ? undefined : resolveUser(state.tree, job.chown);
  if (owner?.note) note('SC5008', owner.note);
  const where = { stage: state.stage.displayName, line: job.line, instruction: job.instruction };
  const code: EntryOrigin = { category: 'code', ...where };
  const options: PlaceOptions = {
    ...(owner ? { chown: { uid: owner.uid, gid: owner.gid } } : {}),
    ...(job.chmod !== undefined ? { chmod: job.chmod } : {}),
    dirOwner: { uid: owner?.uid ?? 0, gid: owner?.gid ?? 0 },
  };
  const destDir = job.dest.endsWith('/') ? job.dest : `${job.dest}/`;
  let tree = state.tree;
  let copyBytes = 0;
  let downloadBytes = 0;
  const put = (src: FileTree, path: string, dest: string, o: PlaceOptions = options): string | null => {
    const r = placeCopy(tree, src, path, dest, o);
    if (!r.ok) return fsMessage(r);
    tree = r.tree;
    return null;
  };
  for (const source of job.sources) {
    if (source.kind === 'url') {
      const d = downloadUrl(source.source, { category: 'dependencies', ...where });
      if (d.warning) note('SC5006', d.warning);
      downloadBytes += d.bytes;
      const unpacked = job.unpack === true && archiveRatio(d.fileName) !== null ? unpackArchive(d.fileName, d.bytes, { category: 'dependencies', ...where }) : null;
      const error = unpacked ? put(unpacked.tree, '/', destDir) : put(d.tree, `/${d.fileName}`, job.dest);
      if (error) return { ok: false, code: 'SC5004', error };
      continue;
    }
    if (source.kind === 'git') {
      note('SC5006', `Estimated: Git source ${source.source} is modelled as a 5 MB checkout`);
      const repo = buildTree([{ path: '/repo', kind: 'bulk', size: 5_000_000, fileCount: 250, source: 'estimate: a typical small repository', seed: `git:${source.source}`, origin: { category: 'dependencies', ...where } }]);
      const error = put(repo, '/repo', job.dest);
      if (error) return { ok: false, code: 'SC5004', error };
      copyBytes += 5_000_000;
      continue;
    }
    for (const match of source.matches) {
      const at = locate(job.root, match);
      if (at.status === 'in-bulk') {
        note('SC5006', `${match} lies inside ${at.bulk.path}, whose files are not listed one by one; it is not copied`);
        continue;
      }
      const src = withoutExcluded(job.root, match, job.exclude);
      const size = totals(src, match)?.size ?? 0;
      copyBytes += size;
      const isFile = at.status === 'found' && at.entry.kind === 'file';
      if (job.isAdd && job.unpack !== false && isFile && archiveRatio(baseName(match)) !== null) {
        const unpacked = unpackArchive(baseName(match), size, job.fromContext ? code : { category: 'dependencies', ...where });
        if (unpacked.note) note('SC5006', unpacked.note);
        const error = put(unpacked.tree, '/', destDir);
        if (error) return { ok: false, code: 'SC5004', error };
        continue;
      }
      let dest = job.dest;
      if (source.pivot !== '') {
        const rel = normalizePath(match).slice(source.pivot === '/' ? 1 : source.pivot.length + 1);
        dest = childPath(normalizePath(job.dest), rel);
      }
      const error = put(src, match, dest);
      if (error) return { ok: false, code: 'SC5004', error };
    }
  }
  for (const h of job.heredocs) {
    const file = buildTree([{ path: `/${h.name}`, kind: 'file', content: h.content, mode: 0o644, mtime: session.stepSeq, origin: code }]);
    const error = put(file, `/${h.name}`, job.dest, { ...options, origin: code });
    if (error) return { ok: false, code: 'SC5004', error };
    copyBytes += totals(file, `/${h.name}`)?.size ?? 0;
  }
  return { ok: true, tree, timed: combine(copyBytes, downloadBytes), createdBy: job.createdBy, diagnostics: notes };
}
