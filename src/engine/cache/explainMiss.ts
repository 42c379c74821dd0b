/**
 * Why a step missed the cache, in words: compare its inputs with what the same step (same stage,
 * same position) had in the previous build. The first difference in BuildKit's key order wins:
 * the parent, then the instruction, then what it read.
 */
import type { MissReason } from '../simulate/types';
import type { StepInputs } from './cacheKey';
import type { CacheRecord, SourceFile } from './cacheStore';

function envMap(env: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of env) {
    const eq = item.indexOf('=');
    map.set(eq < 0 ? item : item.slice(0, eq), eq < 0 ? '' : item.slice(eq + 1));
  }
  return map;
}

function describeEnvChange(before: readonly string[], after: readonly string[], argNames: ReadonlySet<string>): MissReason | undefined {
  const a = envMap(before);
  const b = envMap(after);
  for (const [key, value] of b) {
    const old = a.get(key);
    if (old === value) continue;
    const kind = argNames.has(key) ? 'arg-changed' : 'env-changed';
    const what = argNames.has(key) ? `ARG ${key}` : `ENV ${key}`;
    return {
      kind,
      message: old === undefined ? `${what} is now set (${value})` : `${what} changed from "${old}" to "${value}"`,
    };
  }
  for (const key of a.keys()) {
    if (!b.has(key)) {
      return { kind: argNames.has(key) ? 'arg-changed' : 'env-changed', message: `${argNames.has(key) ? 'ARG' : 'ENV'} ${key} is no longer set` };
    }
  }
  return undefined;
}

function describeSourceChange(before: readonly SourceFile[], after: readonly SourceFile[]): MissReason | undefined {
  const old = new Map(before.map((s) => [s.path, s.checksum]));
  const now = new Map(after.map((s) => [s.path, s.checksum]));
  const changed = [...now].filter(([path, sum]) => old.has(path) && old.get(path) !== sum).map(([p]) => p);
  const added = [...now.keys()].filter((p) => !old.has(p));
  const removed = [...old.keys()].filter((p) => !now.has(p));
  const parts: string[] = [];
  if (changed.length > 0) parts.push(`${changed.join(', ')} changed`);
  if (added.length > 0) parts.push(`${added.join(', ')} added`);
  if (removed.length > 0) parts.push(`${removed.join(', ')} removed`);
  return parts.length > 0 ? { kind: 'source-changed', message: parts.join('; ') } : undefined;
}

/**
 * The reason for a miss. `argNames` are the ARGs declared in the stage (so an env difference
 * can be named as an ARG change); `files` are the files the step's sources selected now (COPY),
 * compared with the ones the previous record kept, to name the file that changed.
 */
export function explainMiss(
  inputs: StepInputs,
  instruction: string,
  previous: CacheRecord | undefined,
  argNames: ReadonlySet<string> = new Set(),
  files?: readonly SourceFile[],
): MissReason {
  if (!previous) return { kind: 'first-build', message: 'not built before' };
  const before = previous.inputs;
  if (before.op !== inputs.op || previous.instruction !== instruction) {
    return { kind: 'instruction-changed', message: `the instruction changed (was: ${previous.instruction})` };
  }
  if (inputs.op === 'from' && before.op === 'from') {
    return { kind: 'base-changed', message: `base image changed from ${before.image} to ${inputs.image}` };
  }
  if ('parent' in inputs && 'parent' in before && inputs.parent !== before.parent && inputs.parent !== '') {
    return { kind: 'parent-changed', message: 'an earlier step in this stage was rebuilt' };
  }
  if (inputs.op === 'copy' && before.op === 'copy') {
    const listed = previous.sourceFiles !== undefined && files !== undefined ? describeSourceChange(previous.sourceFiles, files) : undefined;
    const sourceChange = listed ?? describeSourceChange(before.sources, inputs.sources);
    if (sourceChange) return sourceChange;
  }
  if (inputs.op === 'run' && before.op === 'run') {
    const envChange = describeEnvChange(before.env, inputs.env, argNames);
    if (envChange) return envChange;
    if (before.mounts.join('\n') !== inputs.mounts.join('\n')) return { kind: 'mount-changed', message: 'a mounted source changed' };
  }
  return { kind: 'instruction-changed', message: 'the step\'s settings changed (workdir, user, flags or platform)' };
}
