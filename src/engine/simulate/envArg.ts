/**
 * ENV and ARG (dockerfile2llb `dispatchEnv`, `dispatchArg`). Both write the build env in
 * declaration order (last write wins); only ENV reaches the image config. ARG values feed the
 * `RUN |n K=v` history prefix and every later RUN's cache key (SEMANTICS.md §3.3).
 */
import type { ArgInstruction, EnvInstruction } from '../instructions';
import { argHistoryText, resolveStageArg, setEnv, type Env, type StageArg } from '../shell';
import { expandWord } from './expandWord';
import type { BuildSession } from './session';
import type { StageState } from './stageState';

export type ConfigResult = { ok: true; createdBy: string | null } | { ok: false; error: string };

/** The config `Env` keeps a key's position when it is set again (dockerfile2llb `addEnv`). */
export function addConfigEnv(list: readonly string[], key: string, value: string): string[] {
  const out = [...list];
  const i = out.findIndex((e) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e) === key);
  if (i < 0) out.push(`${key}=${value}`);
  else out[i] = `${key}=${value}`;
  return out;
}

export function dispatchEnv(session: BuildSession, state: StageState, c: EnvInstruction): ConfigResult {
  // Every word sees the env as it was before this instruction.
  const before: Env = state.env;
  const parts: string[] = [];
  let env = state.env;
  let config = state.config.Env;
  for (const pair of c.pairs) {
    const key = expandWord(pair.key, before, session.escapeToken);
    if (!key.ok) return key;
    const value = expandWord(pair.value, before, session.escapeToken);
    if (!value.ok) return value;
    env = setEnv(env, key.value, value.value);
    config = addConfigEnv(config, key.value, value.value);
    parts.push(`${key.value}=${value.value}`);
  }
  state.env = env;
  state.config = { ...state.config, Env: config };
  return { ok: true, createdBy: `ENV ${parts.join(' ')}` };
}

export function dispatchArg(session: BuildSession, state: StageState, c: ArgInstruction): ConfigResult {
  const committed: StageArg[] = [];
  for (const pair of c.args) {
    const r = resolveStageArg(
      { key: pair.key, ...(pair.value !== null ? { value: pair.value } : {}) },
      { env: state.env, globalScope: session.globalScope, buildArgs: session.input.buildArgs, escapeToken: session.escapeToken },
    );
    if (!r.ok) return { ok: false, error: r.error };
    state.env = r.env;
    const arg: StageArg = r.value === undefined ? { key: r.key } : { key: r.key, value: r.value };
    state.stageArgs.push(arg);
    state.argNames.add(r.key);
    committed.push(arg);
  }
  return { ok: true, createdBy: argHistoryText(committed) };
}
