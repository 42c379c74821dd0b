/**
 * Every RUN of the shared corpus (216 real Dockerfiles, read through BuildKit's own parse in
 * truth.jsonl) goes through runCommand on a base-image tree from the catalog, stage by stage.
 * It must never throw or hit an internal error, must stay fast, and reports how many commands
 * were simulated and which programs were not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateImage } from '../../catalog';
import { mkdir, writeBulk, writeFile, type FileTree } from '../../fs';
import { hasShared, sharedPath } from '../../testing/sharedDir';
import { runCommand } from './runCommand';
import { imageEnvOf, skeletonTree } from './testing/runHelpers';
import type { RunContext, RunMount } from './types';

interface TruthCommand {
  name: string;
  line: number;
  cmdLine?: string[];
  prependShell?: boolean;
  files?: { name: string; data: string; chomp?: boolean }[];
  mounts?: { type: string; target?: string; id?: string; readOnly?: boolean }[];
  network?: string;
  kvs?: { key: string; value: string | null }[];
  sourcePaths?: string[];
  destPath?: string;
  path?: string;
  user?: string;
  shell?: string[];
}

interface TruthStage {
  name: string | null;
  baseName: string | null;
  commands: TruthCommand[];
}

function expandVars(text: string | null | undefined, env: ReadonlyMap<string, string>): string {
  return (text ?? '').replace(/^"|"$/g, '').replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, k: string) => env.get(k) ?? '');
}

/**
 * The build context is not part of the corpus, so COPY/ADD leave placeholders: a folder (bulk
 * entry) for `.` and directories, an empty file (or `{}` for JSON manifests) for file names.
 */
function placeholderCopy(tree: FileTree, c: TruthCommand, cwd: string, env: ReadonlyMap<string, string>): FileTree {
  const destRaw = expandVars(c.destPath ?? '.', env);
  const dest = destRaw.startsWith('/') ? destRaw : `${cwd}/${destRaw}`;
  const sources = c.sourcePaths ?? [];
  let t = tree;
  const intoDir = destRaw.endsWith('/') || sources.length > 1;
  for (const raw of sources) {
    const src = expandVars(raw, env);
    const base = src.replace(/\/+$/, '').split('/').pop() ?? '';
    const target = intoDir || base === '.' || base === '' ? (base === '.' || base === '' ? dest : `${dest}/${base}`) : dest;
    const fileLike = /\.[A-Za-z0-9]+$/.test(base) && !src.includes('*');
    const parent = mkdir(t, fileLike ? target.replace(/\/[^/]*$/, '') || '/' : target.replace(/\/[^/]*$/, '') || '/', { parents: true });
    if (parent.ok) t = parent.tree;
    const r = fileLike
      ? writeFile(t, target, { content: /\.json$/.test(base) ? '{}' : '' })
      : writeBulk(t, target, { size: 100_000, fileCount: 20, source: 'corpus placeholder' }, { keepChildren: true });
    if (r.ok) t = r.tree;
  }
  return t;
}

describe.skipIf(!hasShared)('corpus RUN coverage', () => {
  it('simulates the RUN commands of every corpus Dockerfile without throwing', () => {
    const started = performance.now();
    const lines = readFileSync(sharedPath('corpus', 'truth.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    let runs = 0;
    let commands = 0;
    let failedRuns = 0;
    const notSimulated = new Map<string, number>();
    const notSimulatedReasons = new Map<string, number>();
    const internal: string[] = [];
    for (const line of lines) {
      const truth = JSON.parse(line) as { stages?: TruthStage[] };
      const stageTrees = new Map<string, { tree: FileTree; env: Map<string, string>; family: string; image: string }>();
      for (const stage of truth.stages ?? []) {
        const prev = stageTrees.get((stage.baseName ?? '').toLowerCase());
        const lookup = estimateImage((stage.baseName ?? 'scratch').replace(/^"|"$/g, '').replace(/\$\{?[A-Za-z_]+\}?/g, 'latest'));
        let tree = prev?.tree ?? skeletonTree(lookup.image.skeleton);
        const env = new Map(prev?.env ?? imageEnvOf(lookup.image.config.Env));
        const family = prev?.family ?? lookup.image.os.family;
        const image = prev?.image ?? (lookup.matchedBy === 'id' || lookup.matchedBy === 'alias' ? lookup.image.id : (stage.baseName ?? 'unknown'));
        let cwd = '/';
        let user = '';
        let shell = ['/bin/sh', '-c'];
        for (const c of stage.commands) {
          if (c.name === 'env' || c.name === 'arg') for (const kv of c.kvs ?? []) env.set(kv.key, expandVars(kv.value, env));
          if (c.name === 'workdir' && c.path !== undefined) cwd = expandVars(c.path, env).startsWith('/') ? expandVars(c.path, env) : `${cwd}/${c.path}`;
          if (c.name === 'user' && c.user !== undefined) user = c.user;
          if (c.name === 'shell' && c.shell !== undefined) shell = c.shell;
          if (c.name === 'copy' || c.name === 'add') tree = placeholderCopy(tree, c, cwd, env);
          if (c.name !== 'run') continue;
          runs += 1;
          const mounts: RunMount[] = (c.mounts ?? []).map((m) => ({ type: m.type as RunMount['type'], target: (m.target ?? '').startsWith('/') ? (m.target ?? '/') : `${cwd}/${m.target ?? ''}`, readOnly: m.readOnly ?? false, ...(m.id !== undefined ? { cacheId: m.id } : {}) }));
          const ctx: RunContext = {
            tree, env, cwd, user, shell,
            command: c.prependShell === false ? { form: 'exec', argv: c.cmdLine ?? [] } : { form: 'shell', script: (c.cmdLine ?? []).join(' ') },
            heredocs: (c.files ?? []).map((f) => ({ name: f.name, content: f.data, chomp: f.chomp ?? false })),
            mounts, network: c.network === 'none' ? 'none' : 'default', osFamily: family, baseImage: image, line: c.line,
            stage: { index: 0, name: stage.name ?? '' }, mtime: 1,
          };
          const out = runCommand(ctx);
          commands += out.commandCount ?? 0;
          if (out.exitCode !== 0 && process.env.CORPUS_DEBUG !== undefined) console.log(`FAIL ${out.exitCode} ${(c.cmdLine ?? []).join(' ').slice(0, 100)} :: ${out.output.slice(-2).join(' | ').slice(0, 200)}`);
          if (out.exitCode !== 0) failedRuns += 1;
          for (const n of out.notSimulated) {
            if (n.reason.startsWith('internal simulator error')) internal.push(`${n.command}: ${n.reason}`);
            const program = n.command.trim().split(/\s+/).find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? n.command;
            notSimulated.set(program, (notSimulated.get(program) ?? 0) + 1);
            notSimulatedReasons.set(n.reason, (notSimulatedReasons.get(n.reason) ?? 0) + 1);
            if (process.env.CORPUS_DEBUG !== undefined) console.log(`NOTSIM ${n.command.slice(0, 90)} :: ${n.reason}`);
          }
          tree = out.tree;
        }
        stageTrees.set((stage.name ?? '').toLowerCase(), { tree, env, family, image });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const missed = [...notSimulated.values()].reduce((a, b) => a + b, 0);
    const contextOnly = [...notSimulatedReasons].filter(([r]) => /is not known|not in the filesystem/.test(r)).reduce((a, [, n]) => a + n, 0);
    const top = [...notSimulated].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`corpus: ${runs} RUN instructions, ${commands} commands run, ${missed} not simulated (${((100 * missed) / Math.max(1, commands)).toFixed(1)}%; ${contextOnly} of them only because the build context's files are not in the corpus), ${failedRuns} RUNs exit non-zero, in ${seconds.toFixed(1)} s`);
    console.log(`top not simulated: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(internal).toEqual([]);
    expect(runs).toBeGreaterThan(1000);
    expect(seconds).toBeLessThan(60);
  });
});
