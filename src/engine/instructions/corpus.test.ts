/**
 * Conformance with BuildKit's own `instructions.Parse` on the real-world corpus (truth.jsonl):
 * accept/reject, the error text and lines, meta args, stages, every command's details, and the
 * build checks raised while parsing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/index';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { parseInstructions, parseMount } from './index';
import type { Command, Mount, Stage } from './index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface TruthStage {
  commands: Record<string, Json>[];
  [key: string]: Json;
}

interface Truth {
  file: string;
  instructionsOk: boolean;
  instructionsError?: string;
  instructionsErrorLines?: [number, number][];
  metaArgs: { key: string; value: string | null }[];
  stages: TruthStage[];
  lint: { rule: string; description: string; url: string; message: string; startLine: number; endLine: number }[];
}

const truths: Truth[] = hasShared
  ? readFileSync(sharedPath('corpus', 'truth.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Truth)
  : [];

/** Drop what Go's `omitempty` drops ('' / false / 0 / null / []), so both sides compare alike. */
function prune(value: Json): Json {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === '' || p === false || p === 0 || p === null || (Array.isArray(p) && p.length === 0)) continue;
    out[k] = p;
  }
  return out;
}

function mountJson(m: Mount): Json {
  return {
    type: m.type, from: m.from, source: m.source, target: m.target, readOnly: m.readOnly,
    id: m.cacheId, sharing: m.cacheSharing, required: m.required, env: m.env, mode: m.mode,
    uid: m.uid, gid: m.gid, size: m.sizeLimit,
  };
}

/** Our command in the truth's field names. */
function commandJson(c: Command): Json {
  const head = { name: c.kind, rawName: c.keyword, line: c.startLine, endLine: c.endLine, code: c.code };
  switch (c.kind) {
    case 'copy':
    case 'add': {
      const common = {
        ...head, from: c.kind === 'copy' ? c.from : '', sourcePaths: c.sourcePaths, destPath: c.destPath,
        chown: c.chown, chmod: c.chmod, link: c.link, exclude: c.exclude,
        sourceContents: c.sourceContents.map((s) => ({ name: s.path, data: s.data, expand: s.expand })),
      };
      if (c.kind === 'copy') return { ...common, parents: c.parents };
      return { ...common, keepGitDir: c.keepGitDir, checksum: c.checksum, unpack: c.unpack };
    }
    case 'run':
      return {
        ...head, mounts: c.mounts.map((m) => (m.mount ? mountJson(m.mount) : { error: m.error })),
        network: c.network, security: c.security, cmdLine: c.cmdLine, prependShell: c.prependShell,
        files: c.files.map((f) => ({ name: f.name, data: f.data, chomp: f.chomp })),
      };
    case 'cmd':
    case 'entrypoint':
      return { ...head, cmdLine: c.cmdLine, prependShell: c.prependShell };
    case 'arg':
      return { ...head, kvs: c.args.map((a) => ({ key: a.key, value: a.value })) };
    case 'env':
    case 'label':
      return { ...head, kvs: c.pairs.map((p) => ({ key: p.key, value: p.value, noDelim: p.noDelim })) };
    case 'expose':
      return { ...head, ports: c.ports };
    case 'healthcheck': {
      const h = c.health;
      return {
        ...head,
        health: {
          Test: h.test, Interval: h.intervalNs, Timeout: h.timeoutNs, StartPeriod: h.startPeriodNs,
          StartInterval: h.startIntervalNs, Retries: h.retries,
        },
      };
    }
    case 'workdir':
      return { ...head, path: c.path };
    case 'user':
      return { ...head, user: c.user };
    case 'volume':
      return { ...head, volumes: c.volumes };
    case 'stopsignal':
      return { ...head, signal: c.signal };
    case 'shell':
      return { ...head, shell: c.shell };
    case 'maintainer':
      return { ...head, maintainer: c.maintainer };
    case 'onbuild':
      return { ...head, expression: c.expression };
  }
}

function stageJson(s: Stage): Json {
  return {
    name: s.name, baseName: s.from.image, index: s.index, platform: s.from.platform, origCmd: s.from.keyword,
    line: s.from.startLine, endLine: s.from.endLine, sourceCode: s.from.code, docComment: s.from.docComment,
    commands: s.commands.map(commandJson),
  };
}

/** The truth without the fields we check separately (parse-time mounts, Go-map-ordered flags). */
function truthStageJson(s: TruthStage): Json {
  return {
    ...s,
    commands: s.commands.map(({ mountsAtParse: _m, flagsUsed: _f, ...rest }) => rest),
  };
}

describe.skipIf(!hasShared)('instructions corpus conformance (truth.jsonl from BuildKit)', () => {
  it('has the corpus', () => expect(truths.length).toBeGreaterThan(200));

  it.each(truths.map((t) => [t.file, t] as const))('%s', (file, truth) => {
    const parse = parseDockerfile(readFileSync(sharedPath('corpus', file)));
    const result = parseInstructions(parse);
    expect(result.ok).toBe(truth.instructionsOk);
    if (!truth.instructionsOk) {
      expect(result.error?.message).toBe(truth.instructionsError);
      const range = result.error?.range;
      expect(range && [[range.startLine, range.endLine]]).toEqual(truth.instructionsErrorLines);
    }
    // BuildKit stops at its first error; only what it read before (and at) that line compares.
    const stopLine = result.error?.range.startLine ?? Infinity;
    const lint = result.lint
      .filter((f) => !f.experimental && f.startLine <= stopLine)
      .map(({ rule, description, url, message, startLine, endLine }) => ({ rule, description, url, message, startLine, endLine }));
    expect(lint).toEqual(truth.lint);
    if (!truth.instructionsOk) return;

    const metaArgs = result.metaArgs.flatMap((a) => a.args.map((p) => ({ key: p.key, value: p.value })));
    expect(metaArgs).toEqual(truth.metaArgs);
    expect(prune(result.stages.map(stageJson))).toEqual(prune(truth.stages.map(truthStageJson)));

    const commands = result.stages.flatMap((s) => s.commands);
    const truthCommands = truth.stages.flatMap((s) => s.commands);
    commands.forEach((c, i) => {
      const t = truthCommands[i]!;
      if (c.kind !== 'run') return;
      expect([...c.flagsUsed].sort()).toEqual([...((t.flagsUsed as string[] | undefined) ?? [])].sort());
      // What BuildKit holds right after instructions.Parse: the placeholder reading of each mount.
      const early = c.mounts.map((m) => {
        const r = parseMount(m.spec, null);
        return r.ok ? mountJson(r.mount) : { error: r.error };
      });
      expect(prune(early)).toEqual(prune(t.mountsAtParse ?? []));
      expect(c.mounts.map((m) => m.from)).toEqual(((t.mountsAtParse ?? []) as { from: string }[]).map((m) => m.from));
    });
  });
});
