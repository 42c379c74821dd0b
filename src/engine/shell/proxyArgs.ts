/**
 * The predefined proxy build-args (BuildKit: dockerfile2llb/convert.go `proxyEnvFromBuildArgs`,
 * solver/llbsolver/ops/exec.go `proxyEnvList`). Given as `--build-arg` in any letter case, they
 * reach every RUN without an ARG declaration, appended after the build env, and are left out
 * of the cache key and the history. An `ARG HTTP_PROXY` declaration makes it an ordinary ARG.
 */
import { EMPTY_ENV, setEnv, type Env } from './env';

/** The five names, upper case, in the order the RUN env lists them. */
export const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'] as const;

/** Go `strings.EqualFold` against an upper-case ASCII name (ſ folds to s, the Kelvin sign to k). */
function equalFold(key: string, upperName: string): boolean {
  if (key.length !== upperName.length) return false;
  for (let i = 0; i < key.length; i++) {
    let c = key[i] ?? '';
    if (c === '\u017f') c = 's';
    else if (c === '\u212a') c = 'k';
    if (c.toUpperCase() !== upperName[i]) return false;
  }
  return true;
}

/** True when `key` names a proxy arg in any letter case. */
export function isProxyArg(key: string): boolean {
  return PROXY_ARGS.some((name) => equalFold(key, name));
}

/**
 * The proxy variables a RUN receives for these build args: `HTTP_PROXY=v` and `http_proxy=v`
 * for each non-empty one. When several spellings are given, the last in sorted key order wins.
 */
export function proxyEnvFromBuildArgs(buildArgs: Readonly<Record<string, string>>): Env {
  const values = new Map<string, string>();
  const keys = Object.keys(buildArgs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const name = PROXY_ARGS.find((n) => equalFold(key, n));
    if (name) values.set(name, buildArgs[key] ?? '');
  }
  let env = EMPTY_ENV;
  for (const name of PROXY_ARGS) {
    const value = values.get(name);
    if (!value) continue;
    env = setEnv(env, name, value);
    env = setEnv(env, name.toLowerCase(), value);
  }
  return env;
}
