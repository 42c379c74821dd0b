/**
 * The simulated RUN: `runCommand(ctx)` interprets the command against the virtual filesystem
 * and returns the new filesystem, exit status, output, what was not simulated, and a duration
 * with its model. Shell form runs `SHELL` (default `/bin/sh -c`, dash on Debian and BusyBox ash
 * on Alpine) on the script BuildKit builds from the line and its heredocs; exec form runs the
 * program directly. Pure and deterministic; never throws.
 */
import { diagnostic, lineRange } from '../../diagnostics';
import { locate } from '../../fs';
import { DEFAULT_PATH } from '../defaultPath';
import { lookupProgram } from './commandLookup';
import { hooks } from './hooks';
import './interpreter';
import { applyMounts, removeMounts } from './mounts';
import { RUN_OVERHEAD_MS } from './models';
import { runScriptText } from './shell/runScriptText';
import { LogSink } from './sinks';
import { BudgetSignal, ExitSignal, type Shared, type Shell } from './state';
import type { RunContext, RunOutcome } from './types';
import { resolveUser } from './users';

/** Commands plus loop iterations one RUN may run before it is cut short. */
export const WORK_BUDGET = 20_000;

const POSIX_SHELLS = new Set(['sh', 'dash', 'ash', 'bash', 'busybox']);

function shellName(ctx: RunContext): string {
  const first = ctx.shell[0] ?? '/bin/sh';
  return first.slice(first.lastIndexOf('/') + 1);
}

/** The SHELL program is certainly not in the image (a BusyBox applet counts as present). */
function shellMissing(ctx: RunContext): boolean {
  const path = ctx.shell[0] ?? '/bin/sh';
  const status = locate(ctx.tree, path).status;
  if (status === 'found' || status === 'in-bulk') return false;
  const busybox = locate(ctx.tree, '/bin/busybox').status === 'found';
  return !(busybox && ['sh', 'ash'].includes(shellName(ctx)));
}

/**
 * runc's error for an exec-form RUN whose program cannot start, or null. A program that is there
 * but not executable fails in any image (`permission denied`). A missing one is only concluded in
 * an image with no shell at all (scratch, distroless): an image with a shell has a skeleton that
 * stands for a whole distribution whose binaries are not all listed.
 */
function execStartError(sh: Shell, ctx: RunContext, argv: readonly string[]): { message: string; exitCode: number } | null {
  const program = argv[0] ?? '';
  const found = lookupProgram(sh, program);
  // 126/127: the shell's codes for "cannot execute" and "not found", which the step reports.
  if (found.kind === 'file') return (found.mode & 0o111) === 0 ? { message: `exec: "${program}": permission denied`, exitCode: 126 } : null;
  // `maybe`: inside a bulk entry's unlisted files (it may be there), or found nowhere.
  if (found.kind === 'maybe' && locate(ctx.tree, found.path).status === 'in-bulk') return null;
  if (!shellMissing(ctx)) return null;
  const message = program.includes('/') ? `exec: "${program}": stat ${program}: no such file or directory` : `exec: "${program}": executable file not found in $PATH`;
  return { message, exitCode: 127 };
}

function newShell(ctx: RunContext): Shell {
  const owner = resolveUser(ctx.tree, ctx.user);
  const shared: Shared = {
    ctx, tree: ctx.tree, log: '', notSimulated: [], diagnostics: [], durationMs: RUN_OVERHEAD_MS,
    durationParts: [], budget: WORK_BUDGET, commandsRun: 0, owner,
  };
  const vars = new Map(ctx.env);
  if (!vars.has('PATH')) vars.set('PATH', DEFAULT_PATH);
  if (!vars.has('HOME')) vars.set('HOME', owner.home);
  vars.set('PWD', ctx.cwd);
  const bash = shellName(ctx) === 'bash';
  const ash = !bash && (ctx.osFamily === 'alpine' || ctx.osFamily === 'busybox');
  return {
    shared, vars, exported: new Set(vars.keys()), functions: new Map(), cwd: ctx.cwd,
    options: { errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, allexport: false },
    positional: [], scriptName: ctx.shell[0] ?? '/bin/sh', lastStatus: 0, substStatus: 0,
    dialect: bash || ash ? 'bash' : 'dash', flavour: bash ? 'bash' : ash ? 'ash' : 'dash', depth: 0,
    source: { text: '', lineBase: 1 }, inCondition: false, loopDepth: 0,
  };
}

/** Shell options given in SHELL after the program (`["/bin/bash", "-o", "pipefail", "-c"]`). */
function applyShellFlags(sh: Shell, flags: readonly string[]): void {
  for (let i = 0; i < flags.length; i += 1) {
    const f = flags[i] ?? '';
    if (f === '-c') break;
    if (f === '-o' || f === '+o') {
      const name = flags[++i] ?? '';
      if (name === 'pipefail' || name === 'errexit' || name === 'nounset' || name === 'xtrace') sh.options[name] = f === '-o';
      continue;
    }
    if (/^-[a-z]+$/.test(f)) {
      if (f.includes('e')) sh.options.errexit = true;
      if (f.includes('u')) sh.options.nounset = true;
      if (f.includes('x')) sh.options.xtrace = true;
    }
  }
}

function execute(sh: Shell, ctx: RunContext): number {
  const io = { stdin: { text: '' }, stdout: new LogSink(sh.shared), stderr: new LogSink(sh.shared) };
  if (ctx.command.form === 'exec') {
    const argv = ctx.command.argv;
    if (argv.length === 0) return 0;
    return hooks.runArgv(sh, argv, io, new Map(), 1);
  }
  const script = runScriptText(ctx.command.script, ctx.heredocs.map((h) => ({ name: h.name, content: h.content, chomp: h.chomp ?? false })));
  if (script.kind === 'shebang' && !POSIX_SHELLS.has(script.interpreter.split(/\s+/)[0]?.split('/').pop() ?? '')) {
    const interp = script.interpreter.split(/\s+/).find((w, i) => i > 0 || !w.endsWith('/env')) ?? script.interpreter;
    if (!POSIX_SHELLS.has(interp.split('/').pop() ?? '')) {
      sh.shared.notSimulated.push({ command: `#!${script.interpreter}`, reason: 'a heredoc script for another interpreter' });
      return 0;
    }
  }
  if (script.kind === 'shebang' && /bash/.test(script.interpreter)) {
    sh.dialect = 'bash';
    sh.flavour = 'bash';
  }
  applyShellFlags(sh, ctx.shell.slice(1));
  return hooks.runText(sh, script.text, io, { fork: false });
}

function finish(sh: Shell, ctx: RunContext, exitCode: number, caches: Record<string, RunOutcome['tree']>): RunOutcome {
  const { shared } = sh;
  const diagnostics = [...shared.diagnostics];
  const seen = new Set<string>();
  for (const n of shared.notSimulated) {
    if (seen.has(n.command)) continue;
    seen.add(n.command);
    diagnostics.push(diagnostic('SC5201', `Not simulated: \`${n.command}\` (${n.reason}); it changes nothing in the simulated image`, lineRange(ctx.line)));
  }
  const output = shared.log === '' ? [] : shared.log.replace(/\n$/, '').split('\n');
  const durationSource = ['container start 0.25 s', ...shared.durationParts].join(' + ');
  const outcome: RunOutcome = {
    tree: shared.tree, exitCode, output, notSimulated: shared.notSimulated, durationMs: shared.durationMs, durationSource, diagnostics, commandCount: shared.commandsRun,
  };
  if (Object.keys(caches).length > 0) outcome.cacheMounts = caches;
  return outcome;
}

/**
 * Simulate one RUN.
 *
 * @example
 * runCommand({ ...ctx, command: { form: 'shell', script: 'apk add --no-cache curl' } }).exitCode // 0
 */
export function runCommand(ctx: RunContext): RunOutcome {
  const sh = newShell(ctx);
  const name = shellName(ctx);
  if (ctx.command.form === 'shell' && !POSIX_SHELLS.has(name)) {
    sh.shared.notSimulated.push({ command: ctx.command.script.slice(0, 200), reason: `SHELL ${ctx.shell.join(' ')} is not a POSIX shell the simulator interprets` });
    return finish(sh, ctx, 0, {});
  }
  if (ctx.command.form === 'shell' && shellMissing(ctx)) {
    sh.shared.log = `runc run failed: unable to start container process: error during container init: exec: "${ctx.shell[0] ?? '/bin/sh'}": stat ${ctx.shell[0] ?? '/bin/sh'}: no such file or directory\n`;
    return finish(sh, ctx, 127, {});
  }
  const notFound = ctx.command.form === 'exec' ? execStartError(sh, ctx, ctx.command.argv) : null;
  if (notFound !== null) {
    sh.shared.log = `runc run failed: unable to start container process: error during container init: ${notFound.message}\n`;
    return finish(sh, ctx, notFound.exitCode, {});
  }
  const mounted = applyMounts(ctx.tree, ctx.mounts);
  sh.shared.tree = mounted.tree;
  let exitCode: number;
  try {
    exitCode = execute(sh, ctx);
  } catch (e) {
    if (e instanceof ExitSignal) exitCode = e.status;
    else if (e instanceof BudgetSignal) {
      sh.shared.diagnostics.push(diagnostic('SC5203', `The simulated RUN stopped after ${WORK_BUDGET} commands and loop iterations (a loop that would not end?)`, lineRange(ctx.line)));
      exitCode = 0;
    } else {
      sh.shared.notSimulated.push({ command: ctx.command.form === 'shell' ? ctx.command.script.slice(0, 200) : ctx.command.argv.join(' '), reason: `internal simulator error: ${String(e)}` });
      exitCode = 0;
    }
  }
  const restored = removeMounts(sh.shared.tree, mounted);
  sh.shared.tree = restored.tree;
  return finish(sh, ctx, exitCode, restored.caches);
}
