/**
 * Writing an install into the filesystem: node_modules as one bulk entry (sized from the
 * packages' measured unpacked bytes), `node_modules/.bin` links for the commands the lockfile
 * declares, and the package manager's download cache (tarballs are ~1/3.5 of unpacked bytes,
 * SIZES.md §6), which stays in the layer unless cleaned or mounted.
 */
import { getEntry, remove } from '../../../fs';
import { downloadModel, downloadMs, NPM_PACK_RATIO, NPM_PER_PACKAGE_MS, unpackMs } from '../models';
import { addTime, noteEstimate, offline, print, printErr, putBulk, putFile, readText } from './api';
import { manifestPackages, npmLockPackages, parseJson, pnpmLockPackages, yarnLockPackages, type JsPackage, type PackageJson } from './jsPackages';
import type { Invocation } from './types';

export type JsTool = 'npm' | 'yarn' | 'pnpm';

export function libcOf(inv: Invocation): 'glibc' | 'musl' {
  return inv.sh.shared.ctx.osFamily === 'alpine' ? 'musl' : 'glibc';
}

export function readPackageJson(inv: Invocation, dir: string): PackageJson | null {
  return parseJson<PackageJson>(readText(inv, `${dir}/package.json`));
}

/** The packages an install in `dir` resolves: from the lockfile when there is one. */
export function resolveInstall(inv: Invocation, dir: string, tool: JsTool, pkg: PackageJson, production: boolean): { packages: JsPackage[]; from: string } {
  const libc = libcOf(inv);
  const lockName = tool === 'npm' ? 'package-lock.json' : tool === 'yarn' ? 'yarn.lock' : 'pnpm-lock.yaml';
  const lockText = readText(inv, `${dir}/${lockName}`) ?? (tool === 'npm' ? readText(inv, `${dir}/npm-shrinkwrap.json`) : null);
  let locked: JsPackage[] | null = null;
  if (typeof lockText === 'string') locked = tool === 'npm' ? npmLockPackages(lockText, libc) : tool === 'yarn' ? yarnLockPackages(lockText) : pnpmLockPackages(lockText);
  if (locked !== null && locked.length > 0) {
    if (!production) return { packages: locked, from: lockName };
    if (tool === 'npm') return { packages: locked.filter((p) => !p.dev), from: lockName };
    // yarn.lock and pnpm-lock.yaml do not mark dev packages: keep the lock entries reachable from dependencies.
    const prod = new Set(manifestPackages(pkg, false, libc).map((p) => p.name));
    return { packages: locked.filter((p) => prod.has(p.name)), from: `${lockName} (production)` };
  }
  return { packages: manifestPackages(pkg, !production, libc), from: 'package.json (no lockfile: resolved from the catalog)' };
}

export interface InstallPlan {
  tool: JsTool;
  dir: string;
  packages: JsPackage[];
  from: string;
  /** Delete node_modules first (`npm ci`). */
  clean: boolean;
  /** Download cache directory, or undefined when caching is off. */
  cacheDir: string | undefined;
}

/** What each tool prints when the registry cannot be reached (`--network=none`). */
function offlineError(inv: Invocation, plan: InstallPlan): number {
  const first = plan.packages[0]?.name ?? 'package';
  if (plan.tool === 'npm') printErr(inv, `npm error code EAI_AGAIN\nnpm error syscall getaddrinfo\nnpm error errno EAI_AGAIN\nnpm error request to https://registry.npmjs.org/${first} failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n`);
  else if (plan.tool === 'yarn') printErr(inv, `error An unexpected error occurred: "https://registry.yarnpkg.com/${first}: getaddrinfo EAI_AGAIN registry.yarnpkg.com".\n`);
  else printErr(inv, ` ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/${first}: request to https://registry.npmjs.org/${first} failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n`);
  return 1;
}

/** Write node_modules and the cache; returns the exit status. */
export function writeInstall(inv: Invocation, plan: InstallPlan): number {
  if (offline(inv) && plan.packages.length > 0) return offlineError(inv, plan);
  const nm = `${plan.dir === '/' ? '' : plan.dir}/node_modules`;
  if (plan.clean) {
    const r = remove(inv.sh.shared.tree, nm, { recursive: true, force: true });
    if (r.ok) inv.sh.shared.tree = r.tree;
  }
  const bytes = plan.packages.reduce((s, p) => s + p.bytes, 0);
  const files = plan.packages.reduce((s, p) => s + p.files, 0);
  const estimated = plan.packages.filter((p) => p.estimated);
  const origin = { category: 'dependencies', packageName: 'node_modules' };
  putBulk(inv, nm, { size: bytes, fileCount: files, source: `${plan.packages.length} packages from ${plan.from}; unpacked sizes from the catalog (npm.json)${estimated.length > 0 ? `, ${estimated.length} estimated` : ''}`, seed: `${plan.tool}:${plan.packages.map((p) => `${p.name}@${p.version}`).join(',')}` }, origin);
  for (const p of plan.packages) {
    for (const [cmd, target] of Object.entries(p.bins)) {
      putFile(inv, `${nm}/.bin/${cmd}`, { size: 0, seed: `../${p.name}/${target}`, mode: 0o755 }, origin);
    }
  }
  if (estimated.length > 0) noteEstimate(inv, `${plan.tool}: ${estimated.length} of ${plan.packages.length} packages are not in the catalog at the locked version; their sizes are estimates (e.g. ${estimated.slice(0, 3).map((p) => `${p.name}@${p.version}`).join(', ')})`);
  const download = Math.round(bytes / NPM_PACK_RATIO);
  if (plan.cacheDir !== undefined && download > 0) {
    const before = getEntry(inv.sh.shared.tree, plan.cacheDir);
    putBulk(inv, plan.cacheDir, { size: (before?.kind === 'bulk' ? before.size : 0) + download, fileCount: plan.packages.length * 2, source: `${plan.tool} download cache: the tarballs of ${plan.packages.length} packages (~1/${NPM_PACK_RATIO} of unpacked bytes)` }, { category: 'dependencies', packageName: `${plan.tool} cache` });
  }
  addTime(inv, downloadMs(download) + unpackMs(bytes) + plan.packages.length * NPM_PER_PACKAGE_MS, `${plan.tool}: ${downloadModel(download)} + unpack + ${NPM_PER_PACKAGE_MS} ms/package`);
  const seconds = Math.max(1, Math.round((downloadMs(download) + unpackMs(bytes)) / 1000));
  if (plan.tool === 'npm') print(inv, `\nadded ${plan.packages.length} packages, and audited ${plan.packages.length + 1} packages in ${seconds}s\n\nfound 0 vulnerabilities\n`);
  else if (plan.tool === 'yarn') print(inv, `[1/4] Resolving packages...\n[2/4] Fetching packages...\n[3/4] Linking dependencies...\n[4/4] Building fresh packages...\nDone in ${seconds}s.\n`);
  else print(inv, `Packages: +${plan.packages.length}\nProgress: resolved ${plan.packages.length}, reused 0, downloaded ${plan.packages.length}, added ${plan.packages.length}, done\n`);
  return 0;
}
