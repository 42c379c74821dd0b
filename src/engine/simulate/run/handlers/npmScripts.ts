/**
 * `npm run <script>` (and yarn/pnpm's): the script from package.json runs through the shell
 * with node_modules/.bin first on PATH and npm's lifecycle variables, after its `pre` script
 * and before its `post` script. A missing script fails the way each tool reports it.
 */
import { parentPath } from '../../../fs';
import { hooks } from '../hooks';
import { print, printErr } from './api';
import type { JsTool } from './jsInstall';
import type { PackageJson } from './jsPackages';
import type { Invocation } from './types';

function binPath(dir: string, path: string): string {
  const bins: string[] = [];
  for (let d = dir; ; d = parentPath(d)) {
    bins.push(`${d === '/' ? '' : d}/node_modules/.bin`);
    if (d === '/') break;
  }
  return `${bins.join(':')}:${path}`;
}

function quoteArg(a: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

function runOne(inv: Invocation, dir: string, pkg: PackageJson, name: string, args: string[], tool: JsTool): number {
  const body = pkg.scripts?.[name] ?? '';
  const text = args.length > 0 ? `${body} ${args.map(quoteArg).join(' ')}` : body;
  print(inv, `\n> ${pkg.name ?? ''}${pkg.version !== undefined ? `@${pkg.version}` : ''} ${name}\n> ${text}\n\n`);
  const env = new Map(inv.env);
  env.set('PATH', binPath(dir, inv.env.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin'));
  env.set('npm_lifecycle_event', name);
  env.set('npm_lifecycle_script', body);
  env.set('npm_package_name', pkg.name ?? '');
  env.set('npm_package_version', pkg.version ?? '');
  env.set('INIT_CWD', inv.sh.cwd);
  const status = hooks.runText(inv.sh, text, inv.io, { processEnv: env, cwd: dir, scriptName: 'sh' });
  if (status !== 0) {
    if (tool === 'npm') printErr(inv, `npm error Lifecycle script \`${name}\` failed with error:\nnpm error code ${status}\nnpm error path ${dir}\nnpm error command failed\nnpm error command sh -c ${body}\n`);
    else if (tool === 'yarn') printErr(inv, `error Command failed with exit code ${status}.\n`);
    else printErr(inv, ` ELIFECYCLE  Command failed with exit code ${status}.\n`);
  }
  return status;
}

/** Run `name` with its pre/post scripts; the exit status of the first failure, else 0. */
export function runPackageScript(inv: Invocation, dir: string, pkg: PackageJson, name: string, args: string[], tool: JsTool): number {
  if (pkg.scripts?.[name] === undefined) {
    if (tool === 'npm') {
      printErr(inv, `npm error Missing script: "${name}"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n`);
      return 1;
    }
    if (tool === 'yarn') {
      printErr(inv, `error Command "${name}" not found.\n`);
      return 1;
    }
    printErr(inv, ` ERR_PNPM_NO_SCRIPT  Missing script: ${name}\n`);
    return 1;
  }
  for (const step of [`pre${name}`, name, `post${name}`]) {
    if (pkg.scripts[step] === undefined) continue;
    const status = runOne(inv, dir, pkg, step, step === name ? args : [], tool);
    if (status !== 0) return status;
  }
  return 0;
}
