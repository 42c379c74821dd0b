/**
 * Where a command comes from: a shell function, a builtin, a file on PATH, or nowhere. A PATH
 * directory that is a bulk entry (Debian's /usr/bin in a base-image skeleton) may hold any
 * program, so a name found nowhere is declared missing only when the image clearly lacks it:
 * another distribution's package manager (`apk` on Debian), or a tool whose providing package
 * is not installed (known-tools table) where we track the package database.
 */
import { lookupImage } from '../../catalog';
import { locate, resolveAgainst } from '../../fs';
import { DEFAULT_PATH } from '../defaultPath';
import { BUILTINS } from './builtins';
import { BUSYBOX_APPLETS, matchesProvider, TOOL_PROVIDERS, TOOLCHAIN_HINTS } from './knownTools';
import { installedApk, installedApt } from './packageDb';
import type { Shell } from './state';

export type Lookup =
  | { kind: 'builtin'; path: string }
  | { kind: 'function'; path: string }
  /** A listed file (maybe a script with content) or a symlink to one. */
  | { kind: 'file'; path: string; content?: string; mode: number }
  /** Not listed, but a bulk entry on PATH may hold it. */
  | { kind: 'maybe'; path: string }
  | { kind: 'absent' };

const APK_FAMILY = new Set(['apk', 'xx-apk']);
const APT_FAMILY = new Set(['apt-get', 'apt', 'apt-cache', 'apt-key', 'dpkg', 'dpkg-query', 'dpkg-reconfigure', 'add-apt-repository']);
const RPM_FAMILY = new Set(['yum', 'dnf', 'microdnf', 'tdnf', 'rpm']);

/** Another distribution's package manager: certainly absent. */
function wrongFamily(name: string, family: string): boolean {
  const apkOs = family === 'alpine';
  const aptOs = family === 'debian' || family === 'ubuntu';
  if (APK_FAMILY.has(name)) return aptOs || family === 'busybox' || family === 'distroless';
  if (APT_FAMILY.has(name)) return apkOs || family === 'busybox' || family === 'distroless';
  if (RPM_FAMILY.has(name)) return apkOs || aptOs || family === 'busybox' || family === 'distroless';
  return false;
}

/** Base-image folders whose content the package database accounts for. */
const SYSTEM_DIRS = new Set(['/usr/bin', '/usr/sbin', '/bin', '/sbin', '/usr/local/bin', '/usr/local/sbin', '/usr/lib']);

/** True when the stage's image is known: the catalog measured it, or none was named (trust osFamily). */
function knownImage(sh: Shell): boolean {
  const id = sh.shared.ctx.baseImage;
  return id === undefined || lookupImage(id) !== null;
}

function clearlyAbsent(sh: Shell, name: string): boolean {
  const family = sh.shared.ctx.osFamily;
  if (!knownImage(sh)) return false;
  if (wrongFamily(name, family)) return true;
  const providers = TOOL_PROVIDERS[name];
  if (providers === undefined) return false;
  if (family === 'alpine') {
    if (BUSYBOX_APPLETS.has(name) && locate(sh.shared.tree, '/bin/busybox').status === 'found') return false;
    const installed = installedApk(sh);
    return installed !== null && !matchesProvider(providers.apk, installed);
  }
  if (family === 'debian' || family === 'ubuntu') {
    const installed = installedApt(sh);
    return installed !== null && !matchesProvider(providers.apt, installed);
  }
  return false;
}

/** A listed file or symlink at `path`; `system`/`toolchain` when it may sit in a bulk entry's unlisted files. */
function fileAt(sh: Shell, path: string, name = ''): Lookup | 'system' | 'toolchain' | null {
  const loc = locate(sh.shared.tree, path, { follow: false });
  if (loc.status === 'in-bulk') {
    if (SYSTEM_DIRS.has(loc.bulk.path)) return 'system';
    const hint = TOOLCHAIN_HINTS[name];
    return hint === undefined || hint.test(loc.bulk.path) ? 'toolchain' : 'system';
  }
  if (loc.status !== 'found') return null;
  const e = loc.entry;
  if (e.kind === 'dir' || e.kind === 'bulk') return null;
  if (e.kind === 'symlink') {
    const target = locate(sh.shared.tree, path);
    if (target.status === 'found' && target.entry.kind === 'file') {
      const t = target.entry;
      return { kind: 'file', path, mode: t.mode, ...(t.content !== undefined ? { content: t.content } : {}) };
    }
    return { kind: 'file', path, mode: 0o755 };
  }
  return { kind: 'file', path, mode: e.mode, ...(e.kind === 'file' && e.content !== undefined ? { content: e.content } : {}) };
}

/** Look `name` up as dash would (functions, builtins, then PATH). */
export function lookupCommand(sh: Shell, name: string, path?: string): Lookup {
  if (name === '') return { kind: 'absent' };
  if (!name.includes('/')) {
    if (sh.functions.has(name)) return { kind: 'function', path: name };
    if (BUILTINS.has(name) && !(name === '[[' && sh.flavour === 'dash')) return { kind: 'builtin', path: name };
  }
  return lookupProgram(sh, name, path);
}

/**
 * `name` as a program file: a path (against the working directory) or a search of PATH. What
 * dash does after functions and builtins, and what runc does for an exec-form RUN.
 */
export function lookupProgram(sh: Shell, name: string, path?: string): Lookup {
  if (name === '') return { kind: 'absent' };
  if (name.includes('/')) {
    const abs = resolveAgainst(sh.cwd, name);
    const found = fileAt(sh, abs);
    if (found === 'system' || found === 'toolchain') return { kind: 'maybe', path: abs };
    return found ?? { kind: 'absent' };
  }
  let firstBulk: string | undefined;
  let toolchain = false;
  for (const dir of (path ?? sh.vars.get('PATH') ?? DEFAULT_PATH).split(':')) {
    if (dir === '') continue;
    const candidate = resolveAgainst(dir.startsWith('/') ? '/' : sh.cwd, `${dir}/${name}`);
    const found = fileAt(sh, candidate, name);
    if (found === 'system' || found === 'toolchain') {
      firstBulk ??= candidate;
      toolchain ||= found === 'toolchain';
    } else if (found !== null) return found;
  }
  if (!toolchain && clearlyAbsent(sh, name)) return { kind: 'absent' };
  return { kind: 'maybe', path: firstBulk ?? `/usr/bin/${name}` };
}
