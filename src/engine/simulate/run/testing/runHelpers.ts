/**
 * Test helpers for the simulated RUN (not exported from index.ts): build a RunContext from a
 * catalog image's skeleton or a small tree, and run scripts against it.
 */
import { lookupImage } from '../../../catalog';
import type { SkeletonEntry } from '../../../catalog';
import { buildTree, emptyTree, getEntry, mkdir, writeFile } from '../../../fs';
import type { Entry, FileTree, TreeItem } from '../../../fs';
import { runCommand } from '../runCommand';
import type { RunContext, RunOutcome } from '../types';

function skeletonItem(e: SkeletonEntry): TreeItem {
  switch (e.kind) {
    case 'dir':
      return { path: e.path, kind: 'dir', ...(e.mode !== undefined ? { mode: e.mode } : {}) };
    case 'symlink':
      return { path: e.path, kind: 'symlink', target: e.target };
    case 'file':
      return { path: e.path, kind: 'file', size: e.size, seed: e.path, ...(e.content !== undefined ? { content: e.content } : {}), ...(e.mode !== undefined ? { mode: e.mode } : {}) };
    case 'bulk':
      return { path: e.path, kind: 'bulk', size: e.size, fileCount: e.fileCount, source: e.basis ?? 'skeleton' };
  }
}

/** A tree from a catalog skeleton. */
export function skeletonTree(skeleton: readonly SkeletonEntry[]): FileTree {
  return buildTree(skeleton.map(skeletonItem));
}

/** The filesystem of a catalogued image, from its skeleton. */
export function imageTree(id: string): FileTree {
  const found = lookupImage(id);
  if (found === null) throw new Error(`image ${id} not in the catalog`);
  return skeletonTree(found.image.skeleton);
}

/** `KEY=VALUE` strings as a map. */
export function imageEnvOf(list: readonly string[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const kv of list) {
    const eq = kv.indexOf('=');
    env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return env;
}

/** The environment (`KEY=VALUE`) of a catalogued image. */
export function imageEnv(id: string): Map<string, string> {
  const found = lookupImage(id);
  const env = new Map<string, string>();
  for (const kv of found?.image.config.Env ?? []) {
    const eq = kv.indexOf('=');
    env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return env;
}

export function osFamilyOf(id: string): string {
  return lookupImage(id)?.image.os.family ?? 'debian';
}

/** A RunContext for a catalogued image; `over` replaces any field. */
export function contextFor(id: string, script: string, over: Partial<RunContext> = {}): RunContext {
  return {
    tree: imageTree(id),
    env: imageEnv(id),
    cwd: '/',
    user: '',
    shell: ['/bin/sh', '-c'],
    command: { form: 'shell', script },
    heredocs: [],
    mounts: [],
    network: 'default',
    osFamily: osFamilyOf(id),
    baseImage: id,
    line: 1,
    stage: { index: 0, name: 'test' },
    mtime: 1,
    ...over,
  };
}

/** Run a script on a catalogued image. */
export function runOn(id: string, script: string, over: Partial<RunContext> = {}): RunOutcome {
  return runCommand(contextFor(id, script, over));
}

/** Run a script on the tree a previous outcome left (a later RUN of the same stage). */
export function runAfter(prev: RunOutcome, ctx: RunContext, script: string): RunOutcome {
  return runCommand({ ...ctx, tree: prev.tree, command: { form: 'shell', script } });
}

/** A tiny tree for interpreter tests: a Debian-like root with /bin/sh. */
export function smallTree(extra: TreeItem[] = []): FileTree {
  return buildTree([
    { path: '/bin/sh', kind: 'file', size: 125560, mode: 0o755, seed: 'dash' },
    { path: '/etc/debian_version', kind: 'file', content: '12.6\n' },
    { path: '/tmp', kind: 'dir', mode: 0o1777 },
    { path: '/root', kind: 'dir', mode: 0o700 },
    { path: '/usr/bin', kind: 'bulk', size: 1000, fileCount: 10, source: 'test' },
    ...extra,
  ]);
}

export function smallContext(script: string, over: Partial<RunContext> = {}): RunContext {
  return {
    tree: smallTree(), env: new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]), cwd: '/', user: '',
    shell: ['/bin/sh', '-c'], command: { form: 'shell', script }, heredocs: [], mounts: [], network: 'default', osFamily: 'debian',
    line: 1, stage: { index: 0, name: 'test' }, mtime: 1, ...over,
  };
}

/** Run a script on the small tree. */
export function sh(script: string, over: Partial<RunContext> = {}): RunOutcome {
  return runCommand(smallContext(script, over));
}

export function entry(outcome: RunOutcome, path: string): Entry | undefined {
  return getEntry(outcome.tree, path);
}

export function text(outcome: RunOutcome, path: string): string | undefined {
  const e = getEntry(outcome.tree, path);
  return e?.kind === 'file' ? e.content : undefined;
}

export { emptyTree };

/** Files of a build context (path -> text or size) written under `dir`, as COPY would. */
export function withFiles(tree: FileTree, dir: string, files: Record<string, { content?: string; size?: number; mode?: number }>): FileTree {
  const items: TreeItem[] = [];
  for (const [p, f] of Object.entries(files)) {
    const path = `${dir === '/' ? '' : dir}/${p}`;
    items.push(f.content !== undefined ? { path, kind: 'file', content: f.content, ...(f.mode !== undefined ? { mode: f.mode } : {}) } : { path, kind: 'file', size: f.size ?? 0, seed: p, ...(f.mode !== undefined ? { mode: f.mode } : {}) });
  }
  let t = tree;
  for (const item of items) {
    const parent = item.path.slice(0, item.path.lastIndexOf('/')) || '/';
    const m = mkdir(t, parent, { parents: true });
    if (m.ok) t = m.tree;
    const w = item.kind === 'file' ? writeFile(t, item.path, item) : { ok: false as const };
    if (w.ok) t = w.tree;
  }
  return t;
}
