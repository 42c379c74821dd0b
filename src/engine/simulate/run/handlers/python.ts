/**
 * python/python3 as a program: `-m pip`, `-m venv DIR` (a virtual environment: bin/python
 * links to the base interpreter, pip is seeded, ~12 MB), `--version`; and pip, pip3, uv,
 * poetry, pipenv front ends. Running Python code (`-c`, a script) is not simulated.
 */
import { listDir } from '../../../fs';
import { addTime, noteEstimate, notSimulated, parseArgs, print, putBulk, putFile, readText } from './api';
import { normalizeName, pipInstall, pipUninstall } from './pip';
import { pythonEnv } from './pythonEnv';
import type { Handler, Invocation } from './types';

/** pip as seeded into a new venv (pip 24 wheel unpacked: ~9 MB; plus setuptools on 3.11): ~12 MB (estimate). */
const VENV_SEED_BYTES = 12_000_000;

function makeVenv(inv: Invocation, dir: string, withPip: boolean): number {
  const base = pythonEnv(inv, inv.argv[0] ?? 'python3');
  const v = base.version;
  const home = base.kind === 'venv' ? '/usr/local/bin' : base.bin;
  putFile(inv, `${dir}/pyvenv.cfg`, { content: `home = ${home}\ninclude-system-site-packages = false\nversion = ${v}\nexecutable = ${home}/python${v}\ncommand = ${home}/python3 -m venv ${dir}\n` });
  for (const name of ['python', 'python3', `python${v}`]) putFile(inv, `${dir}/bin/${name}`, { size: 0, seed: `${home}/python${v}`, mode: 0o755 });
  putFile(inv, `${dir}/bin/activate`, { content: `# This file must be used with "source bin/activate"\nexport VIRTUAL_ENV=${dir}\nexport PATH="${dir}/bin:$PATH"\n` });
  if (withPip) {
    for (const name of ['pip', 'pip3', `pip${v}`]) putFile(inv, `${dir}/bin/${name}`, { size: 230, seed: `venv pip ${v}`, mode: 0o755 });
    putBulk(inv, `${dir}/lib/python${v}/site-packages/pip`, { size: VENV_SEED_BYTES, fileCount: 1000, source: 'pip seeded by ensurepip (estimate ~12 MB)' }, { category: 'dependencies', packageName: 'pip' });
    noteEstimate(inv, `python -m venv ${dir}: the seeded pip is sized at ~12 MB (estimate)`);
  }
  addTime(inv, 2500, 'python -m venv: ~2.5 s with ensurepip (estimate)');
  return 0;
}

/** pip's own command line. */
export function pipMain(inv: Invocation, args: string[], tool = 'pip'): number {
  const sub = args.find((a) => !a.startsWith('-'));
  const rest = args.slice(args.indexOf(sub ?? '') + 1);
  switch (sub) {
    case 'install':
      return pipInstall(inv, rest, tool);
    case 'uninstall':
      return pipUninstall(inv, rest);
    case 'freeze':
    case 'list': {
      const env = pythonEnv(inv);
      for (const e of listDir(inv.sh.shared.tree, env.sitePackages) ?? []) print(inv, `${normalizeName(e.path.slice(e.path.lastIndexOf('/') + 1))}\n`);
      return 0;
    }
    case undefined:
      if (args.includes('--version') || args.includes('-V')) print(inv, 'pip 24.0 (simulated)\n');
      return 0;
    case 'cache':
    case 'config':
    case 'check':
    case 'show':
    case 'download':
    case 'wheel':
      return 0;
    default:
      return notSimulated(inv, `pip ${sub} is not modelled`);
  }
}

export const pipCmd: Handler = (inv) => pipMain(inv, inv.args);

export const pythonCmd: Handler = (inv) => {
  const args = inv.args;
  const m = args.indexOf('-m');
  if (m >= 0) {
    const mod = args[m + 1] ?? '';
    const rest = args.slice(m + 2);
    if (mod === 'pip') return pipMain(inv, rest);
    if (mod === 'venv' || mod === 'virtualenv') {
      const p = parseArgs(rest, ['prompt']);
      const dir = p.operands[0];
      return dir === undefined ? 2 : makeVenv(inv, dir.startsWith('/') ? dir : `${inv.sh.cwd}/${dir}`.replace(/\/\.\//g, '/'), !p.flags.has('without-pip'));
    }
    if (mod === 'compileall' || mod === 'ensurepip') return 0;
    return notSimulated(inv, `python -m ${mod} runs Python code`);
  }
  if (args.includes('--version') || args.includes('-V')) {
    print(inv, `Python ${pythonEnv(inv, inv.argv[0] ?? 'python3').version}.0\n`);
    return 0;
  }
  return notSimulated(inv, 'runs Python code');
};

export const uvCmd: Handler = (inv) => {
  const [sub, ...rest] = inv.args.filter((a, i) => i > 0 || !a.startsWith('-'));
  if (sub === 'pip') return pipMain(inv, rest, 'uv');
  if (sub === 'venv') return makeVenv(inv, rest.find((a) => !a.startsWith('-')) ?? '.venv', false);
  if (sub === 'python' && rest[0] === 'install') {
    const dir = inv.env.get('UV_PYTHON_INSTALL_DIR') ?? `${inv.env.get('HOME') ?? '/root'}/.local/share/uv/python`;
    putBulk(inv, `${dir}/cpython-${rest[1] ?? '3.12'}-linux-x86_64-gnu`, { size: 75_000_000, fileCount: 5000, source: 'python-build-standalone CPython (~75 MB, estimate)' }, { category: 'packages', packageName: 'cpython' });
    noteEstimate(inv, 'uv python install: a standalone CPython is sized at ~75 MB (estimate)');
    return 0;
  }
  if (sub === 'sync' || sub === 'install') return lockInstall(inv, 'uv.lock', /\[\[package\]\]\s*\nname = "([^"]+)"/g, '.venv', 'uv');
  return notSimulated(inv, `uv ${sub ?? ''} is not modelled`);
};

export const poetryCmd: Handler = (inv) => {
  if (inv.args[0] === 'install') return lockInstall(inv, 'poetry.lock', /\[\[package\]\]\s*\nname = "([^"]+)"/g, undefined, 'poetry');
  if (inv.args[0] === 'config' || inv.args[0] === '--version') return 0;
  return notSimulated(inv, `poetry ${inv.args[0] ?? ''} is not modelled`);
};

/** Install the packages a lock file names (uv.lock, poetry.lock). */
function lockInstall(inv: Invocation, file: string, re: RegExp, venv: string | undefined, tool: string): number {
  const text = readText(inv, file);
  if (text === null || text === undefined) {
    if (venv !== undefined) makeVenv(inv, `${inv.sh.cwd}/${venv}`, false);
    return notSimulated(inv, `${tool}: the text of ${file} is not known, so what it installs is not known`);
  }
  const names = [...text.matchAll(re)].map((m) => m[1] ?? '').filter((n) => n !== '');
  if (venv !== undefined) makeVenv(inv, `${inv.sh.cwd}/${venv}`, false);
  return pipInstall({ ...inv, argv: [venv !== undefined ? `${inv.sh.cwd}/${venv}/bin/pip` : 'pip'] }, ['--no-deps', '--break-system-packages', ...names], 'uv');
}
