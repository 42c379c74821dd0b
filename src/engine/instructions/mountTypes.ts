/**
 * `RUN --mount` values (BuildKit: instructions/commands_runmount.go `Mount`). Defaults that
 * depend on the stage (cache id = cleaned target, secret target `/run/secrets/<id>`, file modes)
 * are applied at dispatch, not here; the comments say what BuildKit then uses.
 */

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

/** Cache mount sharing; '' when not given (BuildKit then uses `shared`). */
export type CacheSharing = '' | 'shared' | 'private' | 'locked';

export interface Mount {
  /** `type=`, default `bind`. */
  type: MountType;
  /** `from=`: stage name, image or named context; '' for the build context (or an empty cache). */
  from: string;
  /** `source=`/`src=`: path inside `from`; for secrets an alternative to `id`. */
  source: string;
  /** `target=`/`dst=`/`destination=`, as written (relative targets join the workdir at dispatch). */
  target: string;
  /**
   * `ro`/`readonly`/`rw`/`readwrite`. Without them: bind, secret and ssh are read-only, cache and
   * tmpfs writable.
   */
  readOnly: boolean;
  /** tmpfs `size=` in bytes, 0 when not given. */
  sizeLimit: number;
  /** `id=`: cache id (default: the cleaned target), secret id, or ssh id (default `default`). */
  cacheId: string;
  cacheSharing: CacheSharing;
  /** Secret/ssh `required`. */
  required: boolean;
  /** Secret `env=`: expose the secret as this environment variable; null when not given. */
  env: string | null;
  /** `mode=` (octal); null when not given (cache 0755, secret 0400, ssh 0600 at dispatch). */
  mode: number | null;
  uid: number | null;
  gid: number | null;
}

/** One `--mount` value and how it reads without variable expansion. */
export interface MountParse {
  /** The flag value as written (the CSV text after `--mount=`). */
  spec: string;
  /**
   * The `from=` value as BuildKit reads it while parsing instructions, '' when absent. BuildKit
   * links stages by this value (dockerfile2llb `detectRunMount`), even when the mount is invalid.
   */
  from: string;
  /** The mount, or null when it does not read. */
  mount: Mount | null;
  /**
   * BuildKit's message when it does not read, e.g. `unsupported mount type "tmp" (did you mean
   * tmpfs?)`. BuildKit raises it at dispatch (only for stages that are built), so it is not an
   * instruction error.
   */
  error: string | null;
}
