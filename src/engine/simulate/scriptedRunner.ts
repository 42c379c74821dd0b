/**
 * A deliberately tiny stand-in for the simulated shell, for tests and benchmarks of the build
 * driver that must not depend on simulate/run. It understands `&&`/`;` lists of: true, false,
 * exit N, echo [-n] (with `>`/`>>`), mkdir [-p], rm [-rf], touch, cp, and `fallocate -l SIZE FILE`
 * (K/M/G suffixes, powers of 1024), with `$NAME` taken from the env. Anything else is reported
 * as not simulated.
 */
import { copyFrom, getEntry, mkdir, remove, resolveAgainst, touch, writeFile, type FileTree, type FsResult } from '../fs';
import type { RunContext, RunOutcome } from './run/types';

function unquote(word: string): string {
  return word.replace(/^(['"])(.*)\1$/, '$2');
}

function bytes(text: string): number {
  const m = /^(\d+)([KMG]?)$/i.exec(text);
  if (m === null) return 0;
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').toUpperCase()] ?? 1;
  return Number(m[1]) * unit;
}

interface Run {
  tree: FileTree;
  output: string[];
  notSimulated: { command: string; reason: string }[];
}

function apply(run: Run, r: FsResult): number {
  if (!r.ok) {
    run.output.push(`${r.error.path}: ${r.error.message}`);
    return 1;
  }
  run.tree = r.tree;
  return 0;
}

/** `$NAME` and `${NAME}` from the run's env (unset: empty), outside single quotes only loosely. */
function expandVars(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name: string) => env.get(name) ?? '');
}

function simple(run: Run, raw: string, ctx: RunContext): number {
  const text = expandVars(raw, ctx.env);
  const redirect = /^(.*?)\s*(>>?)\s*(\S+)$/.exec(text);
  const words = (redirect ? redirect[1]! : text).trim().split(/\s+/).filter((w) => w !== '');
  const [cmd = '', ...args] = words;
  const at = (p: string) => resolveAgainst(ctx.cwd, unquote(p));
  const origin = { stage: ctx.stage.name, line: ctx.line, category: 'build-output' };
  switch (cmd) {
    case '':
    case 'true':
      return 0;
    case 'false':
      return 1;
    case 'exit':
      return Number(args[0] ?? 0);
    case 'echo': {
      const newline = args[0] !== '-n';
      const line = (newline ? args : args.slice(1)).join(' ').replace(/["']/g, '');
      if (!redirect) {
        run.output.push(line);
        return 0;
      }
      const path = at(redirect[3]!);
      const old = redirect[2] === '>>' ? getEntry(run.tree, path) : undefined;
      const content = (old?.kind === 'file' ? old.content ?? '' : '') + line + (newline ? '\n' : '');
      return apply(run, writeFile(run.tree, path, { content, mtime: ctx.mtime, origin }));
    }
    case 'mkdir':
      for (const a of args.filter((w) => !w.startsWith('-'))) if (apply(run, mkdir(run.tree, at(a), { parents: args.includes('-p'), mtime: ctx.mtime })) !== 0) return 1;
      return 0;
    case 'rm':
      for (const a of args.filter((w) => !w.startsWith('-'))) {
        if (apply(run, remove(run.tree, at(a), { recursive: args.some((w) => /^-\w*r/.test(w)), force: args.some((w) => /^-\w*f/.test(w)) })) !== 0) return 1;
      }
      return 0;
    case 'touch':
      for (const a of args) if (apply(run, touch(run.tree, at(a), ctx.mtime)) !== 0) return 1;
      return 0;
    case 'cp':
      return apply(run, copyFrom(run.tree, at(args[args.length - 2] ?? ''), run.tree, at(args[args.length - 1] ?? '')));
    case 'fallocate':
      if (args[0] !== '-l' || args.length < 3) return 1;
      return apply(run, writeFile(run.tree, at(args[2]!), { size: bytes(args[1]!), seed: `fallocate:${args[2]}:${args[1]}`, mtime: ctx.mtime, origin }));
    default:
      run.notSimulated.push({ command: text.trim(), reason: 'not in the scripted test runner' });
      return 0;
  }
}

export function scriptedRunner(ctx: RunContext): RunOutcome {
  const run: Run = { tree: ctx.tree, output: [], notSimulated: [] };
  const script = ctx.command.form === 'shell' ? ctx.command.script : ctx.command.argv.join(' ');
  let status = 0;
  for (const part of script.split(/\s*(?:&&|;)\s*/)) {
    status = simple(run, part, ctx);
    if (status !== 0) break;
  }
  return { tree: run.tree, exitCode: status, output: run.output, notSimulated: run.notSimulated, durationMs: 500, durationSource: 'scripted runner: 0.5 s per RUN', diagnostics: [] };
}
