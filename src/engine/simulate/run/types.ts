/**
 * The contract between the build driver (which runs a RUN step) and the simulated shell (which
 * interprets its command against the virtual filesystem). The driver gives the filesystem and
 * the build state; the shell gives back the new filesystem, an exit code and what it printed.
 */
import type { Diagnostic } from '../../diagnostics';
import type { FileTree } from '../../fs';

/** A RUN --mount as the shell sees it: a path whose writes are thrown away or kept aside. */
export interface RunMount {
  type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  /** Absolute target path inside the container. */
  target: string;
  readOnly: boolean;
  /** For bind/cache mounts from a stage or the context: the tree and path mounted there. */
  source?: { tree: FileTree; path: string };
  /** For cache mounts: the cache id (shared across builds). */
  cacheId?: string;
  /** For secret mounts with env=: the variable name that carries the secret. */
  env?: string;
}

/** Everything a RUN command can see. */
export interface RunContext {
  /** The filesystem before the command. */
  tree: FileTree;
  /** The build environment (image ENV, PATH, ENV and ARG values, proxy args) as KEY=VALUE order. */
  env: ReadonlyMap<string, string>;
  /** WORKDIR (absolute). */
  cwd: string;
  /** USER (name or uid[:gid]); '' means root. */
  user: string;
  /** The shell prefix for shell form (`["/bin/sh","-c"]` unless SHELL changed it). */
  shell: string[];
  /** The command: for shell form the script text; for exec form the argv. */
  command: { form: 'shell'; script: string } | { form: 'exec'; argv: string[] };
  /** Heredoc files the command runs or reads (RUN <<EOF); `chomp` for `<<-` (leading tabs stripped). */
  heredocs: { name: string; content: string; chomp?: boolean }[];
  mounts: RunMount[];
  /** `--network=none` makes downloads fail like they would. */
  network: 'default' | 'none' | 'host';
  /** The base image's OS family, for package-manager behaviour (`alpine`, `debian`, ...). */
  osFamily: string;
  /**
   * Catalog id of the image the stage's filesystem started from (`node:20-alpine`), when the
   * catalog knows it: selects the packages the image already has (apt/apk preinstalled sets).
   */
  baseImage?: string;
  /** The Dockerfile line of the RUN (for diagnostics). */
  line: number;
  /** The RUN as written, recorded with the line as the origin of files written. */
  instruction?: string;
  /** Stage display name and index, recorded as the origin of files written. */
  stage: { index: number; name: string };
  /** A deterministic time value to stamp files with (no clock in the engine). */
  mtime: number;
}

/** One command the shell did not model (a warning, never a failure). */
export interface NotSimulated {
  /** The command as written, e.g. `make install`. */
  command: string;
  reason: string;
}

/** What running the command did. */
export interface RunOutcome {
  /** The filesystem after the command (mount contents excluded). */
  tree: FileTree;
  /** 0 on success; BuildKit then reports `process "/bin/sh -c ..." did not complete successfully: exit code: N`. */
  exitCode: number;
  /** Lines the simulated command printed (stdout and stderr interleaved). */
  output: string[];
  notSimulated: NotSimulated[];
  /** Simulated duration in ms and the model behind it (e.g. `apt: 38 MB download at 20 MB/s + unpack`). */
  durationMs: number;
  durationSource: string;
  /** Estimates and other notes, as diagnostics at the RUN's line. */
  diagnostics: Diagnostic[];
  /** Simple commands the shell ran (builtins included), for coverage figures. */
  commandCount?: number;
  /** Updated cache-mount contents by cache id, kept for the next build. */
  cacheMounts?: Record<string, FileTree>;
}
