/**
 * The automatic platform ARGs of the global scope (BuildKit: dockerfile2llb/platform.go
 * `defaultArgs`, containerd `platforms.Format`/`FormatAll`).
 */
import { EMPTY_ENV, setEnv, type Env } from './env';

/** An OCI platform. */
export interface PlatformSpec {
  os: string;
  architecture: string;
  /** `v7` for arm/v7; empty or absent on amd64 (containerd sets it only for ARM). */
  variant?: string;
  /** Windows builds only (`10.0.17763.1234`). */
  osVersion?: string;
}

/** BuildKit's worker default here: linux/amd64, no variant. */
export const DEFAULT_PLATFORM: Readonly<PlatformSpec> = Object.freeze({ os: 'linux', architecture: 'amd64' });

/** The automatic args in BuildKit's order; TARGETSTAGE comes last. */
export const AUTOMATIC_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
] as const;

function joinParts(parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join('/');
}

/** containerd `platforms.Format`: `os/arch[/variant]`, `unknown` without an OS. */
export function formatPlatform(p: PlatformSpec): string {
  return p.os === '' ? 'unknown' : joinParts([p.os, p.architecture, p.variant]);
}

/** containerd `platforms.FormatAll`: like `formatPlatform` with `os(osversion)` when a version is set. */
export function formatPlatformAll(p: PlatformSpec): string {
  if (p.os === '') return 'unknown';
  const os = p.osVersion ? `${p.os}(${p.osVersion})` : p.os;
  return joinParts([os, p.architecture, p.variant]);
}

/**
 * The automatic args, every one set (possibly to ''), with `--build-arg` values overriding them
 * by exact name. `target` is the `--target` stage or else the last stage's name; empty gives
 * `default`.
 */
export function automaticArgs(
  buildPlatform: PlatformSpec,
  targetPlatform: PlatformSpec,
  target: string,
  overrides: (key: string) => string | undefined,
): Env {
  const values: Record<(typeof AUTOMATIC_ARGS)[number], string> = {
    BUILDPLATFORM: formatPlatform(buildPlatform),
    BUILDOS: buildPlatform.os,
    BUILDOSVERSION: buildPlatform.osVersion ?? '',
    BUILDARCH: buildPlatform.architecture,
    BUILDVARIANT: buildPlatform.variant ?? '',
    TARGETPLATFORM: formatPlatformAll(targetPlatform),
    TARGETOS: targetPlatform.os,
    TARGETOSVERSION: targetPlatform.osVersion ?? '',
    TARGETARCH: targetPlatform.architecture,
    TARGETVARIANT: targetPlatform.variant ?? '',
    TARGETSTAGE: target === '' ? 'default' : target,
  };
  let env = EMPTY_ENV;
  for (const key of AUTOMATIC_ARGS) env = setEnv(env, key, overrides(key) ?? values[key]);
  return env;
}
