/**
 * COPY and ADD (dockerfile2llb/convert_copy.go `dispatchCopy`; SEMANTICS.md §2.2): expand the
 * words, resolve the destination against WORKDIR (a trailing `/` kept), select the sources in the
 * context, a stage's result (from its root, ignoring its WORKDIR) or an image, and build the
 * cache key from their content checksums. A plain source that is missing fails here, at
 * cache-key time, with BuildKit's `"/path": not found` message.
 */
import type { StepInputs } from '../cache';
import type { AddInstruction, CopyInstruction } from '../instructions';
import { mkdir, normalizePath, parentPath, sha256Hex, writeBulk, type FileTree } from '../fs';
import { diagnostic, lineRange } from '../diagnostics';
import { isGitSource, isHttpSource } from './addSources';
import { parseChmod } from './chmodSpec';
import { applyCopy, type CopySource } from './copyApply';
import { listSourceFiles, matchTreeSource, notFoundMessage, sourceChecksum } from './copySources';
import type { SourceFile } from '../cache';
import type { StepEffect, StepRequest } from './executeStep';
import { displayText, expandAll, expandHeredoc } from './expandWord';
import { imageSource } from './imageSource';
import { contextReady, type BuildSession } from './session';
import { cwdOf, type StageState } from './stageState';

export type CopyDispatch = { kind: 'step'; request: StepRequest } | { kind: 'error'; error: string };

/** dockerfile2llb `pathRelativeToWorkingDir`: absolute stays, `.`/'' is the workdir, a trailing `/` is kept. */
export function resolveDest(cwd: string, dest: string): string {
  const p = dest === '' || dest === '.' ? './' : dest;
  const clean = normalizePath(p.startsWith('/') ? p : `${cwd}/${p}`);
  const slash = p.endsWith('/') || p.endsWith('/.') || p === '.';
  return slash && clean !== '/' ? `${clean}/` : clean;
}

interface SourceRoot {
  tree: FileTree;
  /** The source is an image the catalog does not know: its files are a model, not a listing. */
  estimated: boolean;
  /** Ref seed for error messages and what the step waits for. */
  seed: string;
  readyMs: number;
  fromContext: boolean;
}

function sourceRoot(session: BuildSession, state: StageState, from: string, line: number): SourceRoot | { error: string } {
  if (from === '') return { tree: session.contextTree(), estimated: false, seed: 'context', readyMs: contextReady(session, session.startMs), fromContext: true };
  const stages = session.input.plan.stages;
  let index = /^[+-]?\d+$/.test(from) ? Number(from) : -1;
  if (index < 0) for (const s of stages) if (s.name !== '' && s.name === from.toLowerCase()) index = s.index;
  if (index >= 0) {
    const source = session.finalStates.get(index);
    if (source === undefined) return { error: `cannot copy from stage "${from}", it needs to be defined before current stage "${state.stage.displayName}"` };
    return { tree: source.tree, estimated: false, seed: `stage:${source.stage.displayName}`, readyMs: session.stageEnd.get(index) ?? 0, fromContext: false };
  }
  const image = imageSource(session, from, line);
  const estimated = image.base.lookup.matchedBy === 'model' || image.base.lookup.matchedBy === 'family';
  return { tree: image.base.tree, estimated, seed: `image:${image.base.reference}`, readyMs: image.readyMs, fromContext: false };
}

const PLACEHOLDER_BYTES = 10_000_000;

/** `path` in `tree` as a bulk entry of a modelled size (parents created). */
function withPlaceholder(tree: FileTree, path: string): FileTree {
  const parent = mkdir(tree, parentPath(path), { parents: true });
  const base = parent.ok ? parent.tree : tree;
  const origin = { category: 'dependencies', estimated: true };
  const r = writeBulk(base, path, { size: PLACEHOLDER_BYTES, fileCount: 100, source: 'estimate: an unknown image\'s files (10 MB model)', seed: `placeholder:${path}`, origin });
  return r.ok ? r.tree : tree;
}

function withNotes(notes: readonly string[], line: number, endLine: number, effect: StepEffect): StepEffect {
  if (!effect.ok || notes.length === 0) return effect;
  return { ...effect, diagnostics: [...(effect.diagnostics ?? []), ...notes.map((n) => diagnostic('SC5006', n, lineRange(line, endLine)))] };
}

export function dispatchCopy(session: BuildSession, state: StageState, c: CopyInstruction | AddInstruction, line: number, endLine: number): CopyDispatch {
  const esc = session.escapeToken;
  const isAdd = c.kind === 'add';
  const words = expandAll([...c.sourcePaths, c.destPath, c.chown, c.chmod], state.env, esc);
  if (!words.ok) return { kind: 'error', error: words.error };
  const values = words.values;
  const [destWord = '', chown = '', chmod = ''] = values.slice(c.sourcePaths.length);
  const sources = values.slice(0, c.sourcePaths.length);
  const mode = chmod === '' ? undefined : parseChmod(chmod);
  if (mode !== undefined && !mode.ok) return { kind: 'error', error: mode.error };
  const dest = resolveDest(cwdOf(state), destWord);
  const from = c.kind === 'copy' ? c.from : '';
  const root = sourceRoot(session, state, from, line);
  if ('error' in root) return { kind: 'error', error: root.error };

  const picked: CopySource[] = [];
  const keyed: { path: string; checksum: string }[] = [];
  const files: SourceFile[] = [];
  const notes: string[] = [];
  let missing: string | null = null;
  for (const src of sources) {
    if (isAdd && (isHttpSource(src) || isGitSource(src))) {
      picked.push(isHttpSource(src) ? { kind: 'url', source: src } : { kind: 'git', source: src });
      keyed.push({ path: src, checksum: sha256Hex(`remote\u0000${src}`) });
      continue;
    }
    const parents = c.kind === 'copy' && c.parents;
    const pivotAt = parents ? src.indexOf('/./') : -1;
    const pivot = parents ? (pivotAt >= 0 ? normalizePath(`/${src.slice(0, pivotAt)}`) : '/') : '';
    let match = matchTreeSource(root.tree, src);
    if (root.estimated && !match.hasWildcards && match.matches.length === 0) {
      // An image the catalog cannot list: model the path instead of failing on our own ignorance.
      root.tree = withPlaceholder(root.tree, match.base);
      notes.push(`Estimated: ${from} is not in the catalog, so ${match.base} is modelled as ${PLACEHOLDER_BYTES / 1e6} MB of files`);
      match = matchTreeSource(root.tree, src);
    }
    if (!match.hasWildcards && match.matches.length === 0) missing ??= match.base;
    else if (match.hasWildcards && !match.baseExists) missing ??= match.base;
    picked.push({ kind: 'tree', source: src, matches: match.matches, pivot });
    listSourceFiles(root.tree, match.matches, files);
    keyed.push({ path: normalizePath(`/${src}`), checksum: sourceChecksum(root.tree, match) });
  }
  const heredocs: { name: string; content: string }[] = [];
  for (const h of c.sourceContents) {
    const body = h.expand ? expandHeredoc(h.data, state.env) : { ok: true as const, value: h.data };
    if (!body.ok) return { kind: 'error', error: body.error };
    heredocs.push({ name: h.path, content: body.value });
    keyed.push({ path: `<<${h.path}`, checksum: sha256Hex(body.value) });
  }
  const unpack = c.kind === 'add' ? c.unpack : null;
  const flags = [
    ...(c.kind === 'copy' && c.parents ? ['--parents'] : []),
    ...c.exclude.map((e) => `--exclude=${e}`),
    ...(isAdd ? [`--unpack=${unpack === null ? 'auto' : String(unpack)}`] : []),
    ...(c.kind === 'add' && c.checksum !== '' ? [`--checksum=${c.checksum}`] : []),
  ];
  const link = c.link && chmod === '';
  const inputs: StepInputs | { error: string; code: 'SC5002' } =
    missing !== null
      ? { error: notFoundMessage(`${root.seed}:${missing}`, missing), code: 'SC5002' }
      : { op: 'copy', parent: link ? '' : state.parentKey, instruction: isAdd ? 'ADD' : 'COPY', dest, chown, chmod, flags, sources: keyed };
  const history = [isAdd ? 'ADD' : 'COPY', ...(c.kind === 'copy' && c.parents ? ['--parents'] : []), ...(chown ? [`--chown=${chown}`] : []), ...(chmod ? [`--chmod=${chmod}`] : []), ...sources, ...heredocs.map((h) => `<<${h.name}`), destWord];
  const request: StepRequest = {
    kind: isAdd ? 'add' : 'copy',
    line,
    endLine,
    instruction: c.original,
    text: displayText(c.code, state.env, esc),
    inputs,
    ignoreCache: state.stage.noCache,
    waitMs: [root.readyMs],
    sourceFiles: files,
    apply: () => withNotes(notes, line, endLine, applyCopy(session, state, {
        root: root.tree, fromContext: root.fromContext, sources: picked, heredocs, dest, chown, chmod: mode?.ok ? mode.mode : undefined,
        exclude: c.exclude, isAdd, unpack, line, endLine, instruction: c.original, createdBy: `${history.join(' ')} # buildkit`,
      })),
  };
  return { kind: 'step', request };
}
