/**
 * Executes the shell AST the way dash does: and-or lists, pipelines (every member of a
 * multi-command pipeline runs in a child process; the status is the last member's, or with
 * `set -o pipefail` the last failing one's), `!`, subshells and brace groups, if/for/while/until
 * (iterations bounded by the RUN's work budget), case, function definitions, and `set -e` with
 * POSIX's exceptions (conditions, all but the last command of `&&`/`||`, negated pipelines).
 */
import type { AndOr, CaseCommand, Command, ForCommand, IfCommand, List, LoopCommand, Pipeline } from './shell/ast';
import { expandPattern, expandString, expandWords } from './shell/expandWord';
import { matchPattern } from './shell/pattern';
import { parseShell } from './shell/parseShell';
import { expandContext, setSubshellRunner } from './expansion';
import { hooks, type ScriptOptions } from './hooks';
import { shellPrefix } from './messages';
import { flushFiles, openRedirects } from './redirects';
import { executeArgv, runSimple } from './simpleCommand';
import { BufferSink } from './sinks';
import { BudgetSignal, ExitSignal, forkShell, lineAt, LoopSignal, type Io, type Shell } from './state';

/** Spend one unit of the RUN's work budget; a runaway loop stops the whole RUN. */
export function spend(sh: Shell): void {
  sh.shared.budget -= 1;
  if (sh.shared.budget < 0) throw new BudgetSignal();
}

export function runList(sh: Shell, list: List, io: Io): number {
  let status = sh.lastStatus;
  for (const item of list.items) {
    status = runAndOr(sh, item.andOr, io);
    // A background job runs to completion here (deterministically); `$?` after `&` is 0.
    if (item.background) status = 0;
    sh.lastStatus = status;
  }
  return status;
}

function runAndOr(sh: Shell, ao: AndOr, io: Io): number {
  const n = ao.rest.length;
  let status = runPipeline(sh, ao.first, io, n > 0);
  for (let i = 0; i < n; i += 1) {
    const next = ao.rest[i];
    if (next === undefined) break;
    if ((next.op === '&&' && status === 0) || (next.op === '||' && status !== 0)) status = runPipeline(sh, next.pipeline, io, i < n - 1);
  }
  return status;
}

function runPipeline(sh: Shell, p: Pipeline, io: Io, notLast: boolean): number {
  spend(sh);
  const wasCondition = sh.inCondition;
  if (notLast || p.negated) sh.inCondition = true;
  let status: number;
  try {
    if (p.commands.length === 1) {
      status = runCommandNode(sh, p.commands[0] as Command, io);
    } else {
      const statuses: number[] = [];
      let input = io.stdin;
      p.commands.forEach((cmd, i) => {
        const last = i === p.commands.length - 1;
        const out = last ? io.stdout : new BufferSink();
        const child = forkShell(sh);
        child.inCondition = sh.inCondition;
        statuses.push(inChild(child, () => runCommandNode(child, cmd, { stdin: input, stdout: out, stderr: io.stderr })));
        if (out instanceof BufferSink) input = out.data();
      });
      status = statuses[statuses.length - 1] ?? 0;
      if (sh.options.pipefail) status = [...statuses].reverse().find((s) => s !== 0) ?? 0;
    }
  } finally {
    sh.inCondition = wasCondition;
  }
  if (p.negated) status = status === 0 ? 1 : 0;
  sh.lastStatus = status;
  if (status !== 0 && sh.options.errexit && !sh.inCondition && !notLast && !p.negated) throw new ExitSignal(status);
  return status;
}

/** Run `fn` as a child process: its `exit` ends only the child. */
export function inChild(child: Shell, fn: () => number): number {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof LoopSignal) return 0;
    throw e;
  }
}

function withCondition(sh: Shell, fn: () => number): number {
  const was = sh.inCondition;
  sh.inCondition = true;
  try {
    return fn();
  } finally {
    sh.inCondition = was;
  }
}

function runCompoundBody(sh: Shell, cmd: Exclude<Command, { kind: 'simple' | 'function' }>, io: Io): number {
  switch (cmd.kind) {
    case 'group':
      return runList(sh, cmd.body, io);
    case 'subshell': {
      const child = forkShell(sh);
      child.inCondition = sh.inCondition;
      return inChild(child, () => runList(child, cmd.body, io));
    }
    case 'if':
      return runIf(sh, cmd, io);
    case 'for':
      return runFor(sh, cmd, io);
    case 'while':
    case 'until':
      return runLoop(sh, cmd, io);
    case 'case':
      return runCase(sh, cmd, io);
  }
}

export function runCommandNode(sh: Shell, cmd: Command, io: Io): number {
  if (cmd.kind === 'simple') return runSimple(sh, cmd, io);
  if (cmd.kind === 'function') {
    sh.functions.set(cmd.name, cmd.body);
    return 0;
  }
  const opened = openRedirects(sh, cmd.redirects, io);
  if (!opened.ok) {
    io.stderr.write(`${shellPrefix(sh, lineAt(sh, cmd.start))}${opened.message}\n`);
    return 2;
  }
  try {
    return runCompoundBody(sh, cmd, opened.io);
  } finally {
    flushFiles(sh, opened.files);
  }
}

function runIf(sh: Shell, cmd: IfCommand, io: Io): number {
  for (const clause of cmd.clauses) {
    const cond = withCondition(sh, () => runList(sh, clause.condition, io));
    if (cond === 0) return runList(sh, clause.body, io);
  }
  return cmd.elseBody === null ? 0 : runList(sh, cmd.elseBody, io);
}

/** Run a loop body; returns 'break' or 'continue' when a LoopSignal ends this iteration. */
function loopBody(sh: Shell, body: List, io: Io): { status: number; stop: boolean } {
  sh.loopDepth += 1;
  try {
    return { status: runList(sh, body, io), stop: false };
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) {
      e.levels -= 1;
      throw e;
    }
    return { status: 0, stop: e.kind === 'break' };
  } finally {
    sh.loopDepth -= 1;
  }
}

function runFor(sh: Shell, cmd: ForCommand, io: Io): number {
  let items: string[];
  if (cmd.items === null) items = [...sh.positional];
  else {
    const r = expandWords(cmd.items, expandContext(sh, io));
    if (!r.ok) {
      io.stderr.write(`${shellPrefix(sh, lineAt(sh, cmd.start))}${r.error}\n`);
      throw new ExitSignal(2);
    }
    items = r.fields;
  }
  let status = 0;
  for (const item of items) {
    spend(sh);
    sh.vars.set(cmd.variable, item);
    const r = loopBody(sh, cmd.body, io);
    status = r.status;
    if (r.stop) break;
  }
  return status;
}

function runLoop(sh: Shell, cmd: LoopCommand, io: Io): number {
  let status = 0;
  for (;;) {
    spend(sh);
    const cond = withCondition(sh, () => runList(sh, cmd.condition, io));
    if ((cmd.kind === 'while') !== (cond === 0)) break;
    const r = loopBody(sh, cmd.body, io);
    status = r.status;
    if (r.stop) break;
  }
  return status;
}

function runCase(sh: Shell, cmd: CaseCommand, io: Io): number {
  const ctx = expandContext(sh, io);
  const subject = expandString(cmd.subject, ctx);
  if (!subject.ok) {
    io.stderr.write(`${shellPrefix(sh, lineAt(sh, cmd.start))}${subject.error}\n`);
    throw new ExitSignal(2);
  }
  for (const item of cmd.items) {
    for (const pattern of item.patterns) {
      const p = expandPattern(pattern, ctx);
      if (p.ok && matchPattern(p.value, subject.value)) return item.body === null ? 0 : runList(sh, item.body, io);
    }
  }
  return 0;
}

/** Parse and run script text in `sh` (or a child of it). Syntax errors read like dash's. */
export function runText(sh: Shell, text: string, io: Io, options: ScriptOptions = {}): number {
  const fork = options.fork ?? true;
  const target = fork ? forkShell(sh) : sh;
  if (options.bash === true) {
    target.dialect = 'bash';
    target.flavour = 'bash';
  }
  if (options.processEnv !== undefined) {
    target.vars = new Map(options.processEnv);
    target.exported = new Set(options.processEnv.keys());
    target.functions = new Map();
    target.options = { errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, allexport: false };
    target.lastStatus = 0;
  }
  if (options.scriptName !== undefined) target.scriptName = options.scriptName;
  if (options.cwd !== undefined) {
    target.cwd = options.cwd;
    target.vars.set('PWD', options.cwd);
  }
  if (options.args !== undefined) target.positional = [...options.args];
  if (options.env !== undefined) {
    for (const [k, v] of options.env) {
      target.vars.set(k, v);
      target.exported.add(k);
    }
  }
  const savedSource = target.source;
  target.source = { text, lineBase: options.lineBase ?? 1 };
  const parsed = parseShell(text, { dialect: target.dialect });
  const run = (): number => {
    try {
      let status = runList(target, parsed.script, io);
      if (!parsed.ok) {
        const e = parsed.errors[0];
        if (e !== undefined) io.stderr.write(`${shellPrefix(target, e.line + (options.lineBase ?? 1) - 1)}${e.message}\n`);
        status = 2;
      }
      return status;
    } finally {
      target.source = savedSource;
    }
  };
  return fork ? inChild(target, run) : run();
}

setSubshellRunner((sh, list, io) => {
  const child = forkShell(sh);
  return inChild(child, () => runList(child, list, io));
});
hooks.runText = runText;
hooks.runCommandNode = runCommandNode;
hooks.runArgv = (sh, argv, io, env, line) => executeArgv(sh, argv, io, env, line, argv.join(' '), false);
