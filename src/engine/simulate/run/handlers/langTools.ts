/**
 * More language toolchains, each with a size model (estimates): dotnet (restore fills
 * ~/.nuget/packages ~3 MB a package; publish writes the app ~0.5 MB + ~1 MB a package, or
 * ~70 MB self-contained), mix (deps ~1 MB each, a release ~25 MB with ERTS), rustup (a target's
 * standard library ~40 MB, a toolchain ~600 MB), bun (installs like npm), and tree. C/C++
 * compilers live in nativeTools.ts.
 */
import { walk } from '../../../fs';
import { addTime, abs, noteEstimate, notSimulated, parseArgs, print, putBulk, readText } from './api';
import { npmCmd } from './npm';
import { sourceFiles, totalBytes } from './sourceFiles';
import type { Handler, Invocation } from './types';

function projectPackages(inv: Invocation): { name: string; count: number } {
  const proj = sourceFiles(inv, inv.sh.cwd, /\.(cs|fs|vb)proj$/)[0];
  const text = proj !== undefined ? (readText(inv, proj.path) ?? '') : '';
  return { name: proj?.path.split('/').pop()?.replace(/\.\w+proj$/, '') ?? (inv.sh.cwd.split('/').pop() || 'app'), count: Math.max(3, ((text ?? '').match(/<PackageReference/g) ?? []).length) };
}

export const dotnetCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['c', 'configuration', 'o', 'output', 'r', 'runtime', 'f', 'framework', 'p', 's', 'source']);
  const [sub] = p.operands;
  const { name, count } = projectPackages(inv);
  const nuget = `${inv.env.get('NUGET_PACKAGES') ?? `${inv.env.get('HOME') ?? '/root'}/.nuget/packages`}`;
  if (sub === 'restore' || sub === 'build' || sub === 'publish') {
    putBulk(inv, nuget, { size: count * 3_000_000, fileCount: count * 40, source: `NuGet packages: ${count} references at ~3 MB (estimate)` }, { category: 'dependencies', packageName: 'nuget' });
  }
  if (sub === 'build' || sub === 'publish') {
    const out = abs(inv, p.values.get('o')?.[0] ?? p.values.get('output')?.[0] ?? `bin/${p.values.get('c')?.[0] ?? 'Debug'}`);
    const selfContained = inv.args.some((a) => a === '--self-contained' || a === '--self-contained=true' || a.includes('PublishSingleFile=true'));
    const size = selfContained ? 70_000_000 : 500_000 + count * 1_000_000;
    putBulk(inv, out, { size, fileCount: selfContained ? 250 : 20 + count, source: `dotnet ${sub} ${name}: ${selfContained ? 'self-contained ~70 MB' : '~0.5 MB + ~1 MB per package'} (estimate)` }, { category: 'build-output', packageName: name });
    putBulk(inv, `${inv.sh.cwd}/obj`, { size: 2_000_000, fileCount: 50, source: 'dotnet obj/ (estimate)' }, { category: 'build-output' });
    noteEstimate(inv, `dotnet ${sub}: output sized by a model (${selfContained ? 'self-contained ~70 MB' : '~0.5 MB + ~1 MB per package'})`);
    addTime(inv, 15_000 + count * 1000, 'dotnet build: 15 s + 1 s/package (estimate)');
    return 0;
  }
  if (sub === 'restore') {
    addTime(inv, 5_000 + count * 500, 'dotnet restore: 5 s + 0.5 s/package (estimate)');
    return 0;
  }
  if (sub === '--info' || sub === '--version' || sub === 'tool' || sub === 'nuget' || sub === 'dev-certs' || sub === 'workload' || sub === 'clean') return 0;
  return notSimulated(inv, `dotnet ${sub ?? ''} is not modelled`);
};

export const mixCmd: Handler = (inv) => {
  const [task = ''] = inv.args.filter((a) => !a.startsWith('-'));
  const lock = readText(inv, `${inv.sh.cwd}/mix.lock`);
  const deps = typeof lock === 'string' ? (lock.match(/^\s*"[\w_]+":/gm) ?? []).length : 20;
  const env = inv.env.get('MIX_ENV') ?? 'dev';
  if (task === 'deps.get') {
    putBulk(inv, `${inv.sh.cwd}/deps`, { size: deps * 1_000_000, fileCount: deps * 60, source: `mix deps: ${deps} packages at ~1 MB (estimate)` }, { category: 'dependencies' });
    noteEstimate(inv, 'mix deps.get: dependencies sized at ~1 MB each (estimate)');
    addTime(inv, 3_000 + deps * 300, 'mix deps.get: 3 s + 0.3 s/dep (estimate)');
    return 0;
  }
  if (task === 'compile' || task === 'deps.compile' || task === 'assets.deploy') {
    putBulk(inv, `${inv.sh.cwd}/_build/${env}`, { size: deps * 800_000 + 2_000_000, fileCount: deps * 40, source: 'mix compiled beams (estimate)' }, { category: 'build-output' });
    addTime(inv, 10_000 + deps * 800, 'mix compile: 10 s + 0.8 s/dep (estimate)');
    return 0;
  }
  if (task === 'release') {
    putBulk(inv, `${inv.sh.cwd}/_build/${env}/rel`, { size: 25_000_000 + deps * 800_000, fileCount: 1500, source: 'mix release with ERTS: ~25 MB + deps (estimate)' }, { category: 'build-output' });
    noteEstimate(inv, 'mix release: sized at ~25 MB + ~0.8 MB per dependency (estimate)');
    addTime(inv, 20_000, 'mix release: ~20 s (estimate)');
    return 0;
  }
  if (['local.hex', 'local.rebar', 'hex.info', 'deps.clean', 'phx.digest', 'tailwind', 'esbuild', 'sentry.package_source_code'].some((t) => task.startsWith(t))) return 0;
  return notSimulated(inv, `mix ${task} is not modelled`);
};

export const rustupCmd: Handler = (inv) => {
  const [sub, action, ...rest] = inv.args.filter((a) => !a.startsWith('-'));
  const home = inv.env.get('RUSTUP_HOME') ?? `${inv.env.get('HOME') ?? '/root'}/.rustup`;
  if (sub === 'target' && action === 'add') {
    for (const t of rest) putBulk(inv, `${home}/toolchains/stable/lib/rustlib/${t}`, { size: 40_000_000, fileCount: 80, source: `rust std for ${t} (~40 MB, estimate)` }, { category: 'packages', packageName: `rust-std-${t}` });
    return 0;
  }
  if (sub === 'toolchain' && action === 'install') {
    for (const t of rest) putBulk(inv, `${home}/toolchains/${t}`, { size: 600_000_000, fileCount: 20_000, source: `rust toolchain ${t} (~600 MB, estimate)` }, { category: 'packages', packageName: `rust ${t}` });
    return 0;
  }
  if (sub === 'component' && action === 'add') {
    for (const c of rest) putBulk(inv, `${home}/toolchains/stable/lib/rustlib/components/${c}`, { size: 30_000_000, fileCount: 50, source: `rust component ${c} (~30 MB, estimate)` }, { category: 'packages', packageName: c });
    return 0;
  }
  return 0;
};

export const bunCmd: Handler = (inv) => {
  const [sub] = inv.args;
  if (sub === 'install' || sub === 'i' || sub === 'add' || sub === 'run' || sub === 'x' || sub === 'pm') return npmCmd({ ...inv, name: 'npm', args: sub === 'x' ? ['exec', ...inv.args.slice(1)] : inv.args.filter((a) => a !== '--frozen-lockfile') });
  return notSimulated(inv, `bun ${sub ?? ''} runs JavaScript code`);
};

/** bundle install / gem install: gems at ~1.5 MB each (estimate) in the bundle path or GEM_HOME. */
export const rubyCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['path', 'jobs', 'j', 'retry', 'without', 'with', 'v', 'version', 'install-dir', 'i', 'gemfile']);
  const [sub, ...names] = p.operands;
  if (sub !== 'install') return 0;
  const home = inv.env.get('BUNDLE_PATH') ?? inv.env.get('GEM_HOME') ?? '/usr/local/bundle';
  let count = names.length;
  if (inv.name === 'bundle') {
    const lock = readText(inv, `${inv.sh.cwd}/Gemfile.lock`);
    if (lock === null) return notSimulated(inv, 'no Gemfile.lock in the working directory');
    count = typeof lock === 'string' ? (lock.match(/^ {4}[a-z0-9_-]+ \(/gm) ?? []).length : 40;
  }
  if (count === 0) return 0;
  const dir = p.values.get('path')?.[0] ?? p.values.get('install-dir')?.[0] ?? home;
  putBulk(inv, `${abs(inv, dir)}/gems`, { size: count * 1_500_000, fileCount: count * 80, source: `${count} gems at ~1.5 MB (estimate)` }, { category: 'dependencies', packageName: 'gems' });
  noteEstimate(inv, `${inv.name} install: gems sized at ~1.5 MB each (estimate)`);
  addTime(inv, 2000 + count * 700, `${inv.name} install: 2 s + 0.7 s/gem (estimate)`);
  return 0;
};

export const treeCmd: Handler = (inv) => {
  const root = abs(inv, inv.args.find((a) => !a.startsWith('-')) ?? '.');
  let n = 0;
  for (const e of walk(inv.sh.shared.tree, root)) {
    if (n++ > 500) break;
    print(inv, `${e.path.slice(root.length + 1)}\n`);
  }
  void totalBytes;
  return 0;
};
