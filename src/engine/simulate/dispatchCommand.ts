/**
 * One command of a stage, routed to its handler (dockerfile2llb `dispatch`): config-only
 * instructions change the state and commit a history entry; RUN, COPY, ADD and WORKDIR become
 * steps run against the cache. Failures come back as diagnostics: `dispatch` errors (BuildKit
 * fails while converting) and step errors (BuildKit fails while solving).
 */
import { diagnostic, lineRange, type Diagnostic } from '../diagnostics';
import type { PlannedCommand } from '../plan';
import { dispatchConfig } from './configInstructions';
import { dispatchCopy } from './copy';
import { dispatchArg, dispatchEnv, type ConfigResult } from './envArg';
import { executeStep, type StepRequest } from './executeStep';
import { dispatchRun } from './runStep';
import type { BuildSession } from './session';
import type { StageState } from './stageState';
import { dispatchWorkdir } from './workdir';

export type DispatchResult = { ok: true } | { ok: false; error: Diagnostic; phase: 'dispatch' | 'solve' };

function commitConfig(state: StageState, createdBy: string, line: number): void {
  state.layers.push({
    createdBy, size: 0, compressedSize: 0, hasLayer: false, stageIndex: state.stage.index, line,
    sizeSource: { source: 'config only: no layer', estimated: false },
  });
}

function dispatchError(message: string, line: number, endLine: number): DispatchResult {
  return { ok: false, phase: 'dispatch', error: diagnostic('SC5004', message, lineRange(line, endLine)) };
}

function runStep(session: BuildSession, state: StageState, request: StepRequest): DispatchResult {
  const outcome = executeStep(session, state, request);
  return outcome.ok ? { ok: true } : { ok: false, phase: 'solve', error: outcome.error };
}

export function dispatchCommand(session: BuildSession, state: StageState, planned: PlannedCommand): DispatchResult {
  const { command: c, line, endLine } = planned;
  let config: ConfigResult | null;
  switch (c.kind) {
    case 'env':
      config = dispatchEnv(session, state, c);
      break;
    case 'arg':
      config = dispatchArg(session, state, c);
      break;
    case 'workdir': {
      const r = dispatchWorkdir(session, state, c, line, endLine);
      if (r.kind === 'error') return dispatchError(r.error, line, endLine);
      if (r.kind === 'config') {
        commitConfig(state, r.createdBy, line);
        return { ok: true };
      }
      return runStep(session, state, r.request);
    }
    case 'copy':
    case 'add': {
      const r = dispatchCopy(session, state, c, line, endLine);
      return r.kind === 'error' ? dispatchError(r.error, line, endLine) : runStep(session, state, r.request);
    }
    case 'run': {
      const r = dispatchRun(session, state, c, line, endLine);
      return r.kind === 'error' ? dispatchError(r.error, line, endLine) : runStep(session, state, r.request);
    }
    default:
      config = dispatchConfig(session, state, c);
  }
  if (config === null) return { ok: true };
  if (!config.ok) return dispatchError(config.error, line, endLine);
  if (config.createdBy !== null) commitConfig(state, config.createdBy, line);
  return { ok: true };
}
