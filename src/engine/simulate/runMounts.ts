/**
 * `RUN --mount` at dispatch (dockerfile2llb/convert_runmount.go): each mount is read again with
 * its values expanded against the stage env; targets resolve against WORKDIR; bind mounts read
 * the context, a stage or an image; cache mounts bring back what earlier builds left under their
 * id (default: the target). For the cache key (SEMANTICS.md §6), read-only binds count by the
 * content checksum of what they select; cache mounts by target (and id/sharing only when they are
 * the defaults); tmpfs, secret and ssh mounts do not count.
 */
import { deserializeMount } from '../cache';
import { parseMount, type Mount, type RunInstruction } from '../instructions';
import { checksumPath, emptyTree, normalizePath, type FileTree } from '../fs';
import { expandWord } from './expandWord';
import { imageSource } from './imageSource';
import type { RunMount } from './run/types';
import { contextReady, type BuildSession } from './session';
import { cwdOf, type StageState } from './stageState';

export interface PreparedMounts {
  mounts: RunMount[];
  /** Mount descriptions for the cache key. */
  keys: string[];
  /** When the mounted sources are ready (ms). */
  waitMs: number[];
}

function sourceFor(session: BuildSession, state: StageState, from: string, line: number): { tree: FileTree; readyMs: number; seed: string } | { error: string } {
  if (from === '') return { tree: session.contextTree(), readyMs: contextReady(session, session.startMs), seed: 'context' };
  const stage = [...session.input.plan.stages].reverse().find((s) => s.name !== '' && s.name === from.toLowerCase());
  if (stage !== undefined) {
    const final = session.finalStates.get(stage.index);
    if (final === undefined) return { error: `cannot mount from stage "${from}" to "${state.stage.displayName}", stage needs to be defined before current command` };
    return { tree: final.tree, readyMs: session.stageEnd.get(stage.index) ?? 0, seed: `stage:${stage.displayName}` };
  }
  const image = imageSource(session, from, line);
  return { tree: image.base.tree, readyMs: image.readyMs, seed: `image:${image.base.reference}` };
}

function cacheTree(session: BuildSession, id: string): FileTree {
  const live = session.cacheMounts.get(id);
  if (live !== undefined) return live;
  const stored = session.input.store.cacheMounts?.[id];
  return stored === undefined ? emptyTree() : deserializeMount(stored);
}

function prepareOne(session: BuildSession, state: StageState, m: Mount, line: number, out: PreparedMounts): string | null {
  const target = m.target === '' ? '' : normalizePath(m.target.startsWith('/') ? m.target : `${cwdOf(state)}/${m.target}`);
  if (m.type === 'tmpfs') {
    out.mounts.push({ type: 'tmpfs', target, readOnly: false });
    return null;
  }
  if (m.type === 'secret' || m.type === 'ssh') {
    const id = m.cacheId || (m.type === 'ssh' ? 'default' : normalizePath(`/${m.source}`).slice(1));
    const secretTarget = target || (m.type === 'secret' ? `/run/secrets/${id}` : '');
    const mount: RunMount = { type: m.type, target: secretTarget, readOnly: true, cacheId: id };
    if (m.env !== null) mount.env = m.env;
    out.mounts.push(mount);
    return null;
  }
  const path = normalizePath(`/${m.source}`);
  if (m.type === 'cache') {
    const id = m.cacheId || target;
    let tree = cacheTree(session, id);
    if (m.from !== '' && !session.cacheMounts.has(id) && session.input.store.cacheMounts?.[id] === undefined) {
      const seed = sourceFor(session, state, m.from, line);
      if ('error' in seed) return seed.error;
      tree = seed.tree;
      out.waitMs.push(seed.readyMs);
    }
    out.mounts.push({ type: 'cache', target, readOnly: m.readOnly, source: { tree, path: m.from !== '' ? path : '/' }, cacheId: id });
    const defaults = (m.cacheId === '' || m.cacheId === target) && (m.cacheSharing === '' || m.cacheSharing === 'shared');
    out.keys.push(`cache:${target}:${m.readOnly ? 'ro' : 'rw'}${defaults ? `:${id}` : ''}`);
    return null;
  }
  const src = sourceFor(session, state, m.from, line);
  if ('error' in src) return src.error;
  out.waitMs.push(src.readyMs);
  out.mounts.push({ type: 'bind', target, readOnly: m.readOnly, source: { tree: src.tree, path } });
  out.keys.push(`bind:${target}:${m.readOnly ? 'ro' : 'rw'}:${path}:${checksumPath(src.tree, path) ?? 'missing'}`);
  return null;
}

/** Read every `--mount` of a RUN; the first problem is BuildKit's dispatch error. */
export function prepareMounts(session: BuildSession, state: StageState, c: RunInstruction, line: number): PreparedMounts | { error: string } {
  const out: PreparedMounts = { mounts: [], keys: [], waitMs: [] };
  for (const parsed of c.mounts) {
    const read = parseMount(parsed.spec, (word) => expandWord(word, state.env, session.escapeToken));
    if (!read.ok) return { error: read.error };
    if (read.mount.target === '' && read.mount.type !== 'secret' && read.mount.type !== 'ssh') return { error: 'invalid mount target ""' };
    const problem = prepareOne(session, state, read.mount, line, out);
    if (problem !== null) return { error: problem };
  }
  return out;
}
