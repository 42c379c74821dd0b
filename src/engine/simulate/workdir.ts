/**
 * WORKDIR (dockerfile2llb `dispatchWorkdir`): a relative path joins the current workdir; the
 * config and the state's cwd change; unless the result is `/`, a `mkdir -p` vertex owned by the
 * current USER makes a layer (SCENARIOS 46-47). An existing directory keeps its owner.
 */
import type { WorkdirInstruction } from '../instructions';
import { mkdir, normalizePath } from '../fs';
import { diagnostic, lineRange } from '../diagnostics';
import type { StepRequest } from './executeStep';
import { displayText, expandWord } from './expandWord';
import { workdirTime } from './durations';
import type { BuildSession } from './session';
import { cwdOf, type StageState } from './stageState';
import { resolveUser } from './resolveUser';

/** BuildKit's `system.NormalizeWorkdir` for Linux. */
export function normalizeWorkdir(current: string, requested: string): string {
  return requested.startsWith('/') ? normalizePath(requested) : normalizePath(`/${current}/${requested}`);
}

export type WorkdirDispatch = { kind: 'config'; createdBy: string } | { kind: 'step'; request: StepRequest } | { kind: 'error'; error: string };

export function dispatchWorkdir(session: BuildSession, state: StageState, c: WorkdirInstruction, line: number, endLine: number): WorkdirDispatch {
  const r = expandWord(c.path, state.env, session.escapeToken);
  if (!r.ok) return { kind: 'error', error: r.error };
  if (r.value === '') return { kind: 'error', error: 'normalizing workdir: cannot normalize nothing' };
  const wd = normalizeWorkdir(cwdOf(state), r.value);
  state.config = { ...state.config, WorkingDir: wd };
  if (wd === '/') return { kind: 'config', createdBy: 'WORKDIR /' };
  const user = state.config.User;
  const before = state.tree;
  const request: StepRequest = {
    kind: 'workdir',
    line,
    endLine,
    instruction: c.original,
    text: displayText(c.code, state.env, session.escapeToken),
    inputs: { op: 'workdir', parent: state.parentKey, path: wd, user },
    ignoreCache: false,
    waitMs: [],
    apply: () => {
      const owner = resolveUser(before, user);
      const origin = { stage: state.stage.displayName, line, instruction: c.original };
      const made = mkdir(before, wd, { parents: true, uid: owner.uid, gid: owner.gid, mtime: session.stepSeq, origin });
      if (!made.ok) return { ok: false, code: 'SC5004', error: `mkdir ${wd}: ${made.error.message}` };
      const diagnostics = owner.note ? [diagnostic('SC5008', owner.note, lineRange(line, endLine))] : [];
      return { ok: true, tree: made.tree, timed: workdirTime(), createdBy: `WORKDIR ${wd}`, diagnostics };
    },
  };
  return { kind: 'step', request };
}
