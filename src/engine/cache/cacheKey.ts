/**
 * Cache keys in BuildKit's model (solver/llbsolver/ops/exec.go, file.go): a step's key is the
 * digest of its operation definition plus its parent's key plus the content checksums of what it
 * reads. Display names never count. See SEMANTICS.md §6.
 */
import { hash128 } from './fastHash';

/** Everything that decides whether a step can reuse an earlier result. */
export type StepInputs =
  | {
      op: 'from';
      /** The resolved image reference (tag and, where known, digest). */
      image: string;
      platform: string;
    }
  | {
      op: 'run';
      parent: string;
      /** Shell prefix plus command, or the exec-form argv. */
      argv: string[];
      /** The build env as KEY=VALUE, in BuildKit's order (image ENV, PATH, ENV/ARG as declared). Proxy args excluded. */
      env: string[];
      cwd: string;
      user: string;
      network: string;
      security: string;
      /** Mounts: destination, type, options and, for read-only binds, the content checksum of the source. */
      mounts: string[];
      platform: string;
    }
  | {
      op: 'copy';
      /** Empty for COPY --link (copied onto scratch, then merged). */
      parent: string;
      instruction: 'COPY' | 'ADD';
      dest: string;
      chown: string;
      chmod: string;
      /** Flags that change the copy: `--parents`, `--exclude=...`, unpack, keep-git-dir, checksum. */
      flags: string[];
      /** Each selected source path with the content checksum of what it selected. */
      sources: { path: string; checksum: string }[];
    }
  | { op: 'workdir'; parent: string; path: string; user: string };

/** The key of a step (128-bit hex). Keys are stable across runs and machines. */
export function cacheKey(inputs: StepInputs): string {
  return hash128(canonicalJson(inputs));
}

/** JSON with object keys sorted, so equal inputs always hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
