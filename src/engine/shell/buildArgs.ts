/**
 * Build-arg scopes (BuildKit: dockerfile2llb/convert.go `buildMetaArgs`, `dispatchArg`,
 * `runCommandString`; platform.go `defaultArgs`).
 *
 * - The global scope, used only by FROM lines: the automatic platform args and TARGETSTAGE, then
 *   every ARG before the first FROM. A meta ARG takes its `--build-arg` value when one is given
 *   (its default is then never evaluated), else its default expanded against the earlier global
 *   args, else it stays unset.
 * - Inside a stage nothing global is visible until redeclared. `ARG X` takes the build-arg, else
 *   the global value, else stays unset; `ARG X=d` takes the build-arg, else `d` expanded against
 *   the stage env.
 */
import { getEnv, setEnv, type Env, type EnvLookup } from './env';
import type { EscapeToken } from './lexOptions';
import { automaticArgs, DEFAULT_PLATFORM, type PlatformSpec } from './platformArgs';
import { processWordWithMatches, type ExpandFailure } from './processWord';

/** One name of an ARG instruction: `ARG key` or `ARG key=value` (value as written, quotes kept). */
export interface ArgDeclaration {
  key: string;
  /** The default as written; undefined for `ARG key`, '' for `ARG key=`. */
  value?: string;
}

/** `--build-arg` values by exact name. */
export type BuildArgs = Readonly<Record<string, string>>;

/** Args BuildKit records but never puts in the env (dockerfile2llb `nonEnvArgs`). */
export const NON_ENV_ARGS: ReadonlySet<string> = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** The build-arg for `key`, ignoring inherited object properties. */
export function buildArgValue(buildArgs: BuildArgs | undefined, key: string): string | undefined {
  return buildArgs && Object.prototype.hasOwnProperty.call(buildArgs, key) ? buildArgs[key] : undefined;
}

/** Where an ARG got its value. */
export type ArgSource = 'build-arg' | 'global' | 'default' | 'unset';

/** A resolved meta ARG. */
export interface MetaArg {
  key: string;
  /** undefined when unset. */
  value: string | undefined;
  source: Exclude<ArgSource, 'global'>;
  /** Names the default referred to that were set (BuildKit's `argInfo.deps`, minus the key). */
  deps: Set<string>;
  /** Names the default referred to that were not set. */
  unmatched: Set<string>;
}

export interface GlobalScopeInput {
  /** Every ARG name before the first FROM, in order. */
  metaArgs: readonly ArgDeclaration[];
  buildArgs?: BuildArgs;
  /** `--target`, or else the last stage's name ('' when unnamed, giving TARGETSTAGE=default). */
  target?: string;
  /** Default linux/amd64. */
  buildPlatform?: PlatformSpec;
  /** Default linux/amd64 (not the build platform, as the worker always reports its own). */
  targetPlatform?: PlatformSpec;
  escapeToken?: EscapeToken;
}

export type GlobalScopeResult =
  | { ok: true; env: Env; metaArgs: MetaArg[] }
  | (ExpandFailure & { /** Index in `metaArgs` of the failing declaration. */ argIndex: number });

/** Compute the global scope FROM lines expand against. */
export function buildGlobalScope(input: GlobalScopeInput): GlobalScopeResult {
  const { buildArgs, escapeToken = '\\' } = input;
  let env = automaticArgs(
    input.buildPlatform ?? DEFAULT_PLATFORM,
    input.targetPlatform ?? DEFAULT_PLATFORM,
    input.target ?? '',
    (key) => buildArgValue(buildArgs, key),
  );
  const metaArgs: MetaArg[] = [];
  const lastByKey = new Map<string, MetaArg>();
  for (const [argIndex, decl] of input.metaArgs.entries()) {
    const given = buildArgValue(buildArgs, decl.key);
    let arg: MetaArg = { key: decl.key, value: given, source: 'build-arg', deps: new Set(), unmatched: new Set() };
    if (given === undefined && decl.value === undefined) {
      arg = { ...arg, source: 'unset' };
    } else if (given === undefined && decl.value !== undefined) {
      const result = processWordWithMatches(decl.value, env, { escapeToken });
      if (!result.ok) return { ...result, argIndex };
      // `ARG A=$A-x` depends on whatever the earlier A depended on, not on itself.
      const deps = new Set(result.matched);
      if (deps.delete(decl.key)) for (const d of lastByKey.get(decl.key)?.deps ?? []) deps.add(d);
      arg = { ...arg, value: result.value, source: 'default', deps, unmatched: result.unmatched };
    }
    if (arg.value !== undefined) env = setEnv(env, decl.key, arg.value);
    metaArgs.push(arg);
    lastByKey.set(decl.key, arg);
  }
  return { ok: true, env, metaArgs };
}

export interface StageArgContext {
  /** The stage's build env before this ARG. */
  env: Env;
  /** The global scope from `buildGlobalScope`. */
  globalScope: EnvLookup;
  buildArgs?: BuildArgs;
  escapeToken?: EscapeToken;
}

export type StageArgResult =
  | {
      ok: true;
      key: string;
      /** undefined when the ARG stays unset (not in the env; history shows `KEY=`). */
      value: string | undefined;
      source: ArgSource;
      /** The stage env after this ARG. */
      env: Env;
      /** Names the default referred to that were not set (for UndefinedVar). */
      unmatched: Set<string>;
    }
  | (ExpandFailure & { key: string });

/** Resolve one name of an ARG instruction inside a stage. */
export function resolveStageArg(decl: ArgDeclaration, ctx: StageArgContext): StageArgResult {
  const { key } = decl;
  const given = buildArgValue(ctx.buildArgs, key);
  let value: string | undefined;
  let source: ArgSource = 'unset';
  let unmatched = new Set<string>();
  if (given !== undefined) {
    value = given;
    source = 'build-arg';
  } else if (decl.value !== undefined) {
    const result = processWordWithMatches(decl.value, ctx.env, { escapeToken: ctx.escapeToken ?? '\\' });
    if (!result.ok) return { ...result, key };
    value = result.value;
    source = 'default';
    unmatched = result.unmatched;
  } else {
    value = getEnv(ctx.globalScope, key);
    if (value !== undefined) source = 'global';
  }
  const env = value !== undefined && !NON_ENV_ARGS.has(key) ? setEnv(ctx.env, key, value) : ctx.env;
  return { ok: true, key, value, source, env, unmatched };
}

/** A stage ARG as history lists it: the key and its resolved value (undefined when unset). */
export interface StageArg {
  key: string;
  value?: string;
}

/** The history text of one ARG instruction: `ARG foo=bar baz` (dispatchArg's commit string). */
export function argHistoryText(args: readonly StageArg[]): string {
  return 'ARG ' + args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ');
}

/**
 * The words BuildKit puts before a RUN command in its history (`runCommandString`):
 * `['|2', 'foo=bar2', 'bar=123']` for the stage's ARGs so far (inherited ones first). A key
 * declared twice keeps its first slot; each value is read from the current env, falling back to
 * the ARG's own value or ''. Empty when the stage has no ARGs.
 */
export function runHistoryArgs(stageArgs: readonly StageArg[], env: EnvLookup): string[] {
  const slots: string[] = [];
  const slotOf = new Map<string, number>();
  for (const arg of stageArgs) {
    const text = `${arg.key}=${getEnv(env, arg.key) ?? arg.value ?? ''}`;
    const slot = slotOf.get(arg.key);
    if (slot === undefined) {
      slotOf.set(arg.key, slots.length);
      slots.push(text);
    } else {
      slots[slot] = text;
    }
  }
  return slots.length === 0 ? [] : [`|${slots.length}`, ...slots];
}
