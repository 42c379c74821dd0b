/**
 * yarn (v1 and berry) and pnpm: install from yarn.lock / pnpm-lock.yaml (or package.json),
 * `--production`/`--prod`, `run <script>` and the bare `yarn build` form, `cache clean`; and
 * corepack, which puts yarn/pnpm shims on PATH.
 */
import { remove } from '../../../fs';
import { abs, notSimulated, parseArgs, print, printErr, putFile, readText } from './api';
import { readPackageJson, resolveInstall, writeInstall, type JsTool } from './jsInstall';
import { npxRun } from './npm';
import { runPackageScript } from './npmScripts';
import type { Handler, Invocation } from './types';

const YARN_CACHE = '/usr/local/share/.cache/yarn';

function cachePath(inv: Invocation, tool: JsTool): string {
  const home = inv.env.get('HOME') ?? '/root';
  if (tool === 'yarn') return inv.env.get('YARN_CACHE_FOLDER') ?? (inv.sh.shared.owner.uid === 0 ? YARN_CACHE : `${home}/.cache/yarn`);
  return `${home}/.local/share/pnpm/store`;
}

function install(inv: Invocation, tool: JsTool, p: ReturnType<typeof parseArgs>): number {
  const dir = inv.sh.cwd;
  const pkg = readPackageJson(inv, dir);
  if (pkg === null && readText(inv, `${dir}/package.json`) === undefined) return notSimulated(inv, `${dir}/package.json's text is not known to the simulator`);
  if (pkg === null) {
    printErr(inv, tool === 'yarn' ? `error An unexpected error occurred: "ENOENT: no such file or directory, open '${dir}/package.json'".\n` : ` ERR_PNPM_NO_PKG_MANIFEST  No package.json found in ${dir}\n`);
    return 1;
  }
  const prod = p.flags.has('production') || p.flags.has('prod') || p.flags.has('P') || inv.env.get('NODE_ENV') === 'production';
  const resolved = resolveInstall(inv, dir, tool, pkg, prod);
  // pnpm links node_modules to its content-addressed store with hard links: the bytes are counted once.
  return writeInstall(inv, { tool, dir, packages: resolved.packages, from: resolved.from, clean: false, cacheDir: tool === 'yarn' ? cachePath(inv, tool) : undefined });
}

function script(inv: Invocation, tool: JsTool, name: string | undefined, args: string[]): number {
  const pkg = readPackageJson(inv, inv.sh.cwd);
  if (pkg === null) return 1;
  if (name === undefined) return 0;
  return runPackageScript(inv, inv.sh.cwd, pkg, name, args, tool);
}

function jsTool(tool: JsTool): Handler {
  return (inv) => {
    const p = parseArgs(inv.args, ['cwd', 'C', 'dir', 'filter', 'F', 'network-timeout', 'mutex', 'cache-folder', 'modules-folder', 'registry']);
    const cwd = p.values.get('cwd')?.[0] ?? p.values.get('C')?.[0] ?? p.values.get('dir')?.[0];
    const sh = cwd === undefined ? inv.sh : { ...inv.sh, cwd: abs(inv, cwd) };
    const call: Invocation = { ...inv, sh };
    const [sub, ...rest] = p.operands;
    switch (sub) {
      case undefined:
      case 'install':
      case 'i':
        return install(call, tool, p);
      case 'ci':
        return install(call, tool, p);
      case 'add':
        return notSimulated(call, `${tool} add is not modelled`);
      case 'run':
      case 'run-script':
        return script(call, tool, rest[0], rest.slice(1));
      case 'exec':
      case 'dlx':
        return npxRun(call, rest);
      case 'cache':
        if (rest[0] === 'clean' || rest[0] === 'prune') {
          const r = remove(inv.sh.shared.tree, cachePath(inv, tool), { recursive: true, force: true });
          if (r.ok) inv.sh.shared.tree = r.tree;
        }
        return 0;
      case 'config':
      case 'set':
      case 'global':
      case 'plugin':
      case 'store':
      case 'fetch':
      case 'workspaces':
      case 'audit':
      case 'licenses':
        return 0;
      case 'workspace':
        return notSimulated(call, `${tool} workspace is not modelled`);
      default: {
        if (tool === 'yarn' && sub === '--version') print(inv, '1.22.22\n');
        const pkg = readPackageJson(call, call.sh.cwd);
        if (pkg?.scripts?.[sub] !== undefined) return script(call, tool, sub, rest);
        if (sub === 'build' || sub === 'test' || sub === 'start' || sub === 'lint') return script(call, tool, sub, rest);
        return npxRun(call, [sub, ...rest]);
      }
    }
  };
}

export const yarnCmd = jsTool('yarn');
export const pnpmCmd = jsTool('pnpm');

export const corepackCmd: Handler = (inv) => {
  const [sub, ...rest] = inv.args.filter((a) => !a.startsWith('--install-directory'));
  if (sub === 'enable') {
    const which = rest.filter((a) => !a.startsWith('-'));
    for (const tool of which.length > 0 ? which : ['yarn', 'yarnpkg', 'pnpm', 'pnpx']) {
      putFile(inv, `/usr/local/bin/${tool}`, { size: 0, seed: `corepack shim ${tool}`, mode: 0o755 }, { category: 'dependencies', packageName: 'corepack' });
    }
    return 0;
  }
  if (sub === 'prepare' || sub === 'install' || sub === 'use') return 0;
  return 0;
};
