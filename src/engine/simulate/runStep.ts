/**
 * RUN (dockerfile2llb/convert.go `dispatchRun`): build the command BuildKit would execute
 * (SHELL prefix for shell form; heredoc rules of SEMANTICS.md §1.5), the cache key (full argv,
 * build env without proxies, cwd, user, network, security, mounts, parent), hand the command to
 * the simulated shell, and turn a non-zero exit into BuildKit's error:
 * `process "/bin/sh -c <cmd>" did not complete successfully: exit code: N`.
 */
import type { Diagnostic } from '../diagnostics';
import type { RunInstruction } from '../instructions';
import { chompHeredocContent, goQuote } from '../parse';
import { parseHeredoc } from '../parse/heredoc';
import { envFromSlice, envToSlice, runHistoryArgs, type Env } from '../shell';
import { withShell } from './configInstructions';
import { runTime } from './durations';
import type { StepRequest } from './executeStep';
import { displayText } from './expandWord';
import type { RunContext, RunOutcome } from './run/types';
import { prepareMounts } from './runMounts';
import type { BuildSession } from './session';
import { cwdOf, type StageState } from './stageState';

export type RunDispatch = { kind: 'step'; request: StepRequest } | { kind: 'error'; error: string };

/** BuildKit's `summarizeHeredoc`: the first line, with `...` when there are more. */
function summarize(doc: string): string {
  const lines = doc.trim().replace(/\r\n/g, '\n').split('\n');
  return lines.length > 1 ? `${lines[0]}...` : (lines[0] ?? '');
}

interface CommandShape {
  args: string[];
  suffix: string;
}

/** The command after heredoc handling (before the SHELL prefix). */
function commandShape(c: RunInstruction): CommandShape {
  if (c.files.length === 0) return { args: [...c.cmdLine], suffix: '' };
  const first = c.files[0]!;
  const whole = c.cmdLine.length === 1 && c.prependShell ? parseHeredoc(c.cmdLine[0]!) : null;
  if (whole !== null && !('error' in whole)) {
    const data = first.chomp ? chompHeredocContent(first.data) : first.data;
    // A shebang body is written to /dev/pipes/<name> and executed; otherwise the body is the script.
    return { args: [data.startsWith('#!') ? `/dev/pipes/${first.name}` : data], suffix: ` (${summarize(first.data)})` };
  }
  return { args: [c.cmdLine[0] + c.files.map((f) => `\n${f.data}${f.name}`).join('')], suffix: '' };
}

/** The env the shell sees: build env, then the proxy variables not set otherwise. */
function runEnv(env: Env, proxies: readonly string[]): Map<string, string> {
  const out = new Map(env.map((e) => [e.key, e.value]));
  for (const e of envFromSlice(proxies)) if (!out.has(e.key)) out.set(e.key, e.value);
  return out;
}

function exitMessage(argv: readonly string[], code: number): string {
  return `process ${goQuote(argv.join(' '))} did not complete successfully: exit code: ${code}`;
}

export function dispatchRun(session: BuildSession, state: StageState, c: RunInstruction, line: number, endLine: number): RunDispatch {
  const mounts = prepareMounts(session, state, c, line);
  if ('error' in mounts) return { kind: 'error', error: mounts.error };
  const shape = commandShape(c);
  const argv = withShell(state.config, { cmdLine: shape.args, prependShell: c.prependShell, files: [] });
  const env = state.env;
  const cwd = cwdOf(state);
  const user = state.config.User;
  const shell = c.prependShell ? argv.slice(0, -1) : [];
  const history = [...runHistoryArgs(state.stageArgs, env), ...argv].join(' ');
  const before = state.tree;
  const stage = state.stage;
  const request: StepRequest = {
    kind: 'run',
    line,
    endLine,
    instruction: c.original,
    text: displayText(c.code, env, session.escapeToken) + shape.suffix,
    inputs: {
      op: 'run', parent: state.parentKey, argv, env: envToSlice(env), cwd, user, network: c.network, security: c.security,
      mounts: mounts.keys, platform: 'linux/amd64',
    },
    ignoreCache: stage.noCache,
    waitMs: mounts.waitMs,
    apply: (cached) => {
      // A cache hit replays the output made with the proxies of the run that filled the cache.
      const proxies = cached?.proxyEnv ?? envToSlice(session.proxyEnv);
      const ctx: RunContext = {
        tree: before,
        env: runEnv(env, proxies),
        cwd,
        user,
        shell: c.prependShell ? shell : [],
        // The shell applies BuildKit's heredoc rules itself: it gets the line as written and the bodies.
        command: c.prependShell ? { form: 'shell', script: c.files.length > 0 ? c.cmdLine.join(' ') : (argv[argv.length - 1] ?? '') } : { form: 'exec', argv },
        heredocs: c.files.map((f) => ({ name: f.name, content: f.data, chomp: f.chomp })),
        mounts: mounts.mounts,
        network: c.network,
        osFamily: state.osFamily,
        ...(state.catalogImage !== '' ? { baseImage: state.catalogImage } : {}),
        line,
        stage: { index: stage.index, name: stage.displayName },
        instruction: c.original,
        mtime: session.stepSeq,
      };
      let outcome: RunOutcome;
      try {
        outcome = session.input.runCommand(ctx);
      } catch (error) {
        return { ok: false, code: 'SC5007', error: `internal simulator error: ${error instanceof Error ? error.message : String(error)}` };
      }
      const timed = runTime(outcome.durationMs, outcome.durationSource);
      if (outcome.exitCode !== 0) return { ok: false, code: 'SC5003', error: exitMessage(argv, outcome.exitCode), output: outcome.output, timed };
      for (const [id, tree] of Object.entries(outcome.cacheMounts ?? {})) session.cacheMounts.set(id, tree);
      // The shell reports each command it did not model as its own diagnostic (SC5201).
      const diagnostics: Diagnostic[] = [...outcome.diagnostics];
      return {
        ok: true, tree: outcome.tree, timed, createdBy: `RUN ${history} # buildkit`, output: outcome.output,
        notSimulated: outcome.notSimulated.map((n) => n.command), diagnostics, proxyEnv: proxies,
      };
    },
  };
  return { kind: 'step', request };
}

