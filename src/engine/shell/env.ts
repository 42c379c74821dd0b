/**
 * Environments as BuildKit keeps them: an ordered list of case-sensitive keys (Linux rules,
 * shell/equal_env_unix.go) where the last write wins. Values are immutable; every helper returns
 * a new list.
 *
 * BuildKit orders keys two ways, and both are offered:
 * - the build env of a stage (llb `EnvList.AddOrReplace`, what RUN sees) moves a re-set key to
 *   the end: `setEnv`;
 * - the image config `Env` (dockerfile2llb `addEnv`) replaces the value where the key already
 *   is: `setEnvInPlace`.
 */

/** One variable. */
export interface EnvEntry {
  readonly key: string;
  readonly value: string;
}

/** An ordered environment; keys are unique when built with these helpers. */
export type Env = readonly EnvEntry[];

/** Anything the expander can look names up in: an `Env` or a plain map. */
export type EnvLookup = Env | ReadonlyMap<string, string>;

/** The empty environment. */
export const EMPTY_ENV: Env = Object.freeze([]);

function indexOfKey(env: Env, key: string): number {
  for (let i = env.length - 1; i >= 0; i--) if (env[i]?.key === key) return i;
  return -1;
}

/** The value of `key`, or undefined when it is not set (an empty string is set). */
export function getEnv(env: EnvLookup, key: string): string | undefined {
  if (!Array.isArray(env)) return (env as ReadonlyMap<string, string>).get(key);
  const list = env as Env;
  const i = indexOfKey(list, key);
  return i < 0 ? undefined : list[i]?.value;
}

/** True when `key` is set (possibly to the empty string). */
export function hasEnv(env: EnvLookup, key: string): boolean {
  return getEnv(env, key) !== undefined;
}

/** Set `key`, moving it to the end (BuildKit's build env, llb `EnvList.AddOrReplace`). */
export function setEnv(env: Env, key: string, value: string): Env {
  const i = indexOfKey(env, key);
  const rest = i < 0 ? env : [...env.slice(0, i), ...env.slice(i + 1)];
  return [...rest, { key, value }];
}

/** Set `key`, keeping its position when present (the image config `Env`, dockerfile2llb `addEnv`). */
export function setEnvInPlace(env: Env, key: string, value: string): Env {
  const i = indexOfKey(env, key);
  if (i < 0) return [...env, { key, value }];
  const out = env.slice();
  out[i] = { key, value };
  return out;
}

/** Remove `key` (llb `EnvList.Delete`). */
export function unsetEnv(env: Env, key: string): Env {
  const i = indexOfKey(env, key);
  return i < 0 ? env : [...env.slice(0, i), ...env.slice(i + 1)];
}

/** Build an env from key/value pairs in order; a repeated key takes the later value and place. */
export function envFromPairs(pairs: Iterable<readonly [string, string]> | Readonly<Record<string, string>>): Env {
  const entries: Iterable<readonly [string, string]> =
    Symbol.iterator in pairs ? (pairs as Iterable<readonly [string, string]>) : Object.entries(pairs);
  let env: Env = EMPTY_ENV;
  for (const [key, value] of entries) env = setEnv(env, key, value);
  return env;
}

/** Build an env from `KEY=value` strings; a string without `=` sets KEY to '' (shell.EnvsFromSlice). */
export function envFromSlice(items: Iterable<string>): Env {
  const pairs: [string, string][] = [];
  for (const item of items) {
    const eq = item.indexOf('=');
    pairs.push(eq < 0 ? [item, ''] : [item.slice(0, eq), item.slice(eq + 1)]);
  }
  return envFromPairs(pairs);
}

/** The env as `KEY=value` strings, in order (llb `EnvList.ToArray`). */
export function envToSlice(env: Env): string[] {
  return env.map((e) => `${e.key}=${e.value}`);
}

/** The keys in order. */
export function envKeys(env: Env): string[] {
  return env.map((e) => e.key);
}
