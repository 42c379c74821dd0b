/**
 * npm and npx: `ci` (needs a lockfile, deletes node_modules first), `install`/`i` (from the lock,
 * else from package.json; with names it adds them; `-g` installs under /usr/local),
 * `--omit=dev`/`--production`/NODE_ENV=production, `prune`, `run`/`start`/`test`, `exec`/npx,
 * `cache clean`. Errors read like npm 10's (`npm error Missing script: "build"`).
 */
import { npmClosure } from '../../../catalog';
import { remove } from '../../../fs';
import { hooks } from '../hooks';
import { abs, notSimulated, parseArgs, print, printErr, putBulk, putFile, readText } from './api';
import { libcOf, readPackageJson, resolveInstall, writeInstall } from './jsInstall';
import { runPackageScript } from './npmScripts';
import type { Handler, Invocation } from './types';

const GLOBAL_BINS: Record<string, string[]> = {
  typescript: ['tsc', 'tsserver'], '@angular/cli': ['ng'], '@nestjs/cli': ['nest'], npm: ['npm', 'npx'], pnpm: ['pnpm', 'pnpx'], yarn: ['yarn', 'yarnpkg'],
  'ts-node': ['ts-node'], nodemon: ['nodemon'], pm2: ['pm2', 'pm2-runtime'], serve: ['serve'], 'http-server': ['http-server'], corepack: ['corepack'],
};

function cacheDir(inv: Invocation, p: ReturnType<typeof parseArgs>): string {
  return p.values.get('cache')?.[0] ?? inv.env.get('npm_config_cache') ?? `${inv.env.get('HOME') ?? '/root'}/.npm`;
}

function production(inv: Invocation, p: ReturnType<typeof parseArgs>): boolean {
  const omit = [...(p.values.get('omit') ?? []), ...(p.values.get('only') ?? []).map((o) => (/^prod/.test(o) ? 'dev' : ''))];
  if (p.flags.has('include') || (p.values.get('include') ?? []).includes('dev')) return false;
  return omit.includes('dev') || p.flags.has('production') || (p.values.get('production') ?? []).includes('true') || inv.env.get('NODE_ENV') === 'production' || inv.env.get('npm_config_production') === 'true';
}

/** package.json exists but its text is not known (inside a bulk entry): the install cannot be sized. */
function unknownManifest(inv: Invocation, dir: string): boolean {
  return readText(inv, `${dir}/package.json`) === undefined;
}

function enoent(inv: Invocation, dir: string): number {
  if (unknownManifest(inv, dir)) return notSimulated(inv, `${dir}/package.json's text is not known to the simulator`);
  printErr(inv, `npm error code ENOENT\nnpm error syscall open\nnpm error path ${dir}/package.json\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${dir}/package.json'\n`);
  return 254;
}

function globalInstall(inv: Invocation, names: string[]): number {
  for (const spec of names) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const range = at > 0 ? spec.slice(at + 1) : '';
    const closure = npmClosure({ [name]: range }, { libc: libcOf(inv) });
    const bytes = closure.unpackedBytes;
    putBulk(inv, `/usr/local/lib/node_modules/${name}`, { size: bytes, fileCount: closure.packages.reduce((s, x) => s + x.fileCount, 0), source: `npm -g ${spec}: ${closure.packages.length} packages from the catalog${closure.estimated ? ' (some estimated)' : ''}` }, { category: 'dependencies', packageName: name });
    for (const bin of GLOBAL_BINS[name] ?? [name.split('/').pop() ?? name]) putFile(inv, `/usr/local/bin/${bin}`, { size: 0, seed: `/usr/local/lib/node_modules/${name}`, mode: 0o755 }, { category: 'dependencies', packageName: name });
    print(inv, `\nadded ${closure.packages.length} packages in 1s\n`);
  }
  return 0;
}

function install(inv: Invocation, p: ReturnType<typeof parseArgs>, names: string[], ci: boolean): number {
  if (p.flags.has('g') || p.flags.has('global')) return globalInstall(inv, names);
  const dir = abs(inv, p.values.get('prefix')?.[0] ?? '.');
  const pkg = readPackageJson(inv, dir);
  if (pkg === null) return enoent(inv, dir);
  if (ci && readText(inv, `${dir}/package-lock.json`) === null && readText(inv, `${dir}/npm-shrinkwrap.json`) === null) {
    printErr(inv, 'npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\n');
    return 1;
  }
  if (names.length > 0) {
    const deps = { ...(pkg.dependencies ?? {}) };
    for (const spec of names) {
      const at = spec.lastIndexOf('@');
      deps[at > 0 ? spec.slice(0, at) : spec] = at > 0 ? spec.slice(at + 1) : 'latest';
    }
    pkg.dependencies = deps;
    putFile(inv, `${dir}/package.json`, { content: `${JSON.stringify(pkg, null, 2)}\n` });
  }
  const prod = production(inv, p);
  const resolved = resolveInstall(inv, dir, 'npm', pkg, prod);
  const status = writeInstall(inv, { tool: 'npm', dir, packages: resolved.packages, from: resolved.from, clean: ci, cacheDir: `${cacheDir(inv, p)}/_cacache` });
  if (status !== 0) return status;
  if (!ci && readText(inv, `${dir}/package-lock.json`) === null && !p.flags.has('no-package-lock')) {
    const lock = { name: pkg.name ?? '', version: pkg.version ?? '', lockfileVersion: 3, requires: true, packages: Object.fromEntries(resolved.packages.map((x) => [`node_modules/${x.name}`, { version: x.version, ...(x.dev ? { dev: true } : {}) }])) };
    putFile(inv, `${dir}/package-lock.json`, { content: `${JSON.stringify(lock, null, 2)}\n` });
  }
  return 0;
}

function prune(inv: Invocation, p: ReturnType<typeof parseArgs>): number {
  const dir = abs(inv, '.');
  const pkg = readPackageJson(inv, dir);
  if (pkg === null) return enoent(inv, dir);
  const resolved = resolveInstall(inv, dir, 'npm', pkg, production(inv, p) || p.flags.has('production'));
  return writeInstall(inv, { tool: 'npm', dir, packages: resolved.packages, from: resolved.from, clean: true, cacheDir: undefined });
}

export function runScriptCommand(inv: Invocation, script: string | undefined, args: string[]): number {
  const dir = inv.sh.cwd;
  const pkg = readPackageJson(inv, dir);
  if (pkg === null) return enoent(inv, dir);
  if (script === undefined) {
    for (const [k, v] of Object.entries(pkg.scripts ?? {})) print(inv, `  ${k}\n    ${v}\n`);
    return 0;
  }
  return runPackageScript(inv, dir, pkg, script, args, 'npm');
}

/** `npx cmd args` / `npm exec cmd`: a local node_modules/.bin command, else the package's command. */
export function npxRun(inv: Invocation, args: string[]): number {
  const rest = args.filter((a, i) => !(a.startsWith('-') && i === 0) && a !== '--yes' && a !== '-y' && a !== '--');
  if (rest.length === 0) return 0;
  const env = new Map<string, string>([['PATH', `${inv.sh.cwd}/node_modules/.bin:${inv.env.get('PATH') ?? ''}`]]);
  const [cmd = '', ...cmdArgs] = rest;
  return hooks.runArgv(inv.sh, [cmd.replace(/@[^/]*$/, '').split('/').pop() ?? cmd, ...cmdArgs], inv.io, env, inv.line);
}

export const npmCmd: Handler = (inv) => {
  const dashdash = inv.args.indexOf('--');
  const head = dashdash < 0 ? inv.args : inv.args.slice(0, dashdash);
  const tail = dashdash < 0 ? [] : inv.args.slice(dashdash + 1);
  const p = parseArgs(head, ['omit', 'only', 'include', 'prefix', 'cache', 'registry', 'loglevel', 'w', 'workspace']);
  const [sub, ...rest] = p.operands;
  switch (sub) {
    case 'ci':
    case 'clean-install':
    case 'install-clean':
      return install(inv, p, [], true);
    case 'install':
    case 'i':
    case 'add':
    case 'isntall':
      return install(inv, p, rest, false);
    case 'run':
    case 'run-script':
      return runScriptCommand(inv, rest[0], [...rest.slice(1), ...tail]);
    case 'start':
    case 'test':
    case 't':
    case 'stop':
    case 'restart':
      return runScriptCommand(inv, sub === 't' ? 'test' : sub, [...rest, ...tail]);
    case 'exec':
    case 'x':
      return npxRun(inv, [...rest, ...tail]);
    case 'prune':
      return prune(inv, p);
    case 'cache': {
      if (rest[0] === 'clean' || rest[0] === 'clear') {
        const r = remove(inv.sh.shared.tree, `${cacheDir(inv, p)}/_cacache`, { recursive: true, force: true });
        if (r.ok) inv.sh.shared.tree = r.tree;
      }
      return 0;
    }
    case 'uninstall':
    case 'remove':
    case 'rm':
      return notSimulated(inv, 'npm uninstall is not modelled');
    case undefined:
      if (p.flags.has('v') || p.flags.has('version')) print(inv, '10.8.2\n');
      return 0;
    case 'config':
    case 'set':
    case 'get':
    case 'audit':
    case 'version':
    case 'ls':
    case 'list':
    case 'view':
    case 'info':
    case 'outdated':
    case 'doctor':
    case 'whoami':
    case 'ping':
    case 'fund':
    case 'rebuild':
    case 'dedupe':
      return 0;
    default:
      return notSimulated(inv, `npm ${sub} is not modelled`);
  }
};

export const npxCmd: Handler = (inv) => npxRun(inv, inv.args);
