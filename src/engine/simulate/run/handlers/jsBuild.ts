/**
 * JavaScript builds that `npm run build` usually runs, with output-size models:
 * - vite / react-scripts / webpack: the framework runtime that ships minified (React 18 +
 *   react-dom: ~142 kB, calibrated on SIZES.md §7's measured vite 5 + React 18 dist of 158,861 B;
 *   React 19 ~185 kB, Vue ~60 kB; estimates) + the app's sources at half size (types and
 *   whitespace go) + CSS + assets and public/ copied as they are;
 * - tsc: each .ts under rootDir becomes .js at 0.8x (+ .js.map, .d.ts when configured);
 * - esbuild --bundle: sources at 0.7x plus a quarter of the bundled dependencies' bytes;
 * - next build: .next at ~20 MB + 2x sources, its cache ~15 MB (estimates).
 */
import { parentPath } from '../../../fs';
import { addTime, noteEstimate, parseArgs, print, putBulk, putFile, readText } from './api';
import { parseJson, type PackageJson } from './jsPackages';
import { readPackageJson } from './jsInstall';
import { shortHash, sourceFiles, totalBytes } from './sourceFiles';
import type { Handler, Invocation } from './types';

const SCRIPT = /\.(jsx?|tsx?|mjs|cjs|vue|svelte)$/;

function runtimeBytes(pkg: PackageJson | null): { bytes: number; label: string } {
  const deps = { ...(pkg?.dependencies ?? {}), ...(pkg?.devDependencies ?? {}) };
  const react = deps.react;
  if (react !== undefined) return /(^|[^\d])19/.test(react) ? { bytes: 185_000, label: 'React 19 runtime ~185 kB (estimate)' } : { bytes: 142_000, label: 'React 18 runtime ~142 kB (calibrated on the measured vite 5 + React 18 dist)' };
  if (deps.vue !== undefined) return { bytes: 60_000, label: 'Vue runtime ~60 kB (estimate)' };
  if (deps.preact !== undefined) return { bytes: 12_000, label: 'Preact runtime ~12 kB (estimate)' };
  return { bytes: 2_000, label: 'no framework runtime' };
}

function projectDir(inv: Invocation): string {
  let d = inv.sh.cwd;
  while (d !== '/' && readText(inv, `${d}/package.json`) === null) d = parentPath(d);
  return readText(inv, `${d}/package.json`) === null ? inv.sh.cwd : d;
}

function kb(n: number): string {
  return `${(n / 1000).toFixed(2)} kB`;
}

/** A bundler's production build into `outDir` (index.html + hashed JS/CSS + copied assets). */
function webBundle(inv: Invocation, tool: string, outDir: string): number {
  const dir = projectDir(inv);
  const pkg = readPackageJson(inv, dir);
  const runtime = runtimeBytes(pkg);
  const scripts = sourceFiles(inv, `${dir}/src`, SCRIPT);
  const css = sourceFiles(inv, `${dir}/src`, /\.(css|scss|sass|less)$/);
  const assets = sourceFiles(inv, `${dir}/src`, /\.(svg|png|jpe?g|gif|webp|woff2?|ttf)$/).filter((e) => e.size >= 4096);
  const publicFiles = sourceFiles(inv, `${dir}/public`, /./);
  const out = outDir.startsWith('/') ? outDir : `${dir}/${outDir}`;
  const origin = { category: 'build-output' };
  const js = runtime.bytes + Math.round(totalBytes(scripts) * 0.5);
  const cssBytes = Math.round(totalBytes(css) * 0.8);
  const seed = shortHash(scripts.map((e) => e.digest).join(''));
  const html = readText(inv, `${dir}/index.html`);
  const lines: [string, number][] = [];
  if (typeof html === 'string') {
    putFile(inv, `${out}/index.html`, { content: html }, origin);
    lines.push([`${outDir}/index.html`, html.length]);
  }
  if (cssBytes > 0) {
    putFile(inv, `${out}/assets/index-${seed.slice(0, 8)}.css`, { size: cssBytes, seed: `css:${seed}` }, origin);
    lines.push([`${outDir}/assets/index-${seed.slice(0, 8)}.css`, cssBytes]);
  }
  putFile(inv, `${out}/assets/index-${shortHash(seed)}.js`, { size: js, seed: `js:${seed}` }, origin);
  lines.push([`${outDir}/assets/index-${shortHash(seed)}.js`, js]);
  for (const a of assets) {
    const name = a.path.slice(a.path.lastIndexOf('/') + 1).replace(/\.(\w+)$/, `-${shortHash(a.digest)}.$1`);
    putFile(inv, `${out}/assets/${name}`, { size: a.size, seed: a.digest }, origin);
  }
  for (const f of publicFiles) {
    const rel = f.path.slice(`${dir}/public/`.length);
    putFile(inv, `${out}/${rel}`, f.kind === 'file' && f.content !== undefined ? { content: f.content } : { size: f.size, seed: f.digest }, origin);
  }
  print(inv, `${tool} building for production...\n✓ ${scripts.length + css.length} modules transformed.\n${lines.map(([n, s]) => `${n.padEnd(40)} ${kb(s)}`).join('\n')}\n✓ built\n`);
  noteEstimate(inv, `${tool} build: ${outDir}/ is sized by a model: ${runtime.label} + app sources at 0.5x + CSS at 0.8x + assets copied`);
  addTime(inv, 1500 + totalBytes(scripts) / 50, `${tool} build: 1.5 s + 20 ms/kB of sources (estimate)`);
  return 0;
}

function viteOutDir(inv: Invocation): string {
  const dir = projectDir(inv);
  for (const name of ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts']) {
    const text = readText(inv, `${dir}/${name}`);
    const m = typeof text === 'string' ? /outDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(text) : null;
    if (m !== null) return m[1] ?? 'dist';
  }
  return 'dist';
}

export const viteCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['outDir', 'mode', 'base', 'config', 'c', 'm']);
  if (p.operands[0] !== 'build') return 0;
  return webBundle(inv, 'vite', p.values.get('outDir')?.[0] ?? viteOutDir(inv));
};

export const reactScriptsCmd: Handler = (inv) => (inv.args[0] === 'build' ? webBundle(inv, 'react-scripts', 'build') : 0);
export const webpackCmd: Handler = (inv) => webBundle(inv, 'webpack', parseArgs(inv.args, ['output-path', 'o', 'mode', 'config', 'c']).values.get('output-path')?.[0] ?? 'dist');

interface TsConfig {
  compilerOptions?: { outDir?: string; rootDir?: string; sourceMap?: boolean; declaration?: boolean; noEmit?: boolean };
  include?: string[];
}

export const tscCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['p', 'project', 'outDir', 'rootDir', 'target', 'module']);
  if (p.flags.has('noEmit') || p.flags.has('v') || p.flags.has('version')) return 0;
  const project = p.values.get('p')?.[0] ?? p.values.get('project')?.[0] ?? 'tsconfig.json';
  const configPath = project.endsWith('.json') ? project : `${project}/tsconfig.json`;
  const dir = parentPath(inv.sh.cwd + '/' + configPath);
  const cfg = parseJson<TsConfig>(readText(inv, `${inv.sh.cwd}/${configPath}`)?.replace(/\/\/.*$/gm, '') ?? null) ?? {};
  const opts = cfg.compilerOptions ?? {};
  if (opts.noEmit === true) return 0;
  const rootDir = `${dir}/${p.values.get('rootDir')?.[0] ?? opts.rootDir ?? (cfg.include?.[0]?.replace(/\/?\*.*$/, '') || 'src')}`.replace(/\/\.?$/, '');
  const outDir = `${dir}/${p.values.get('outDir')?.[0] ?? opts.outDir ?? '.'}`.replace(/\/\.?$/, '');
  const files = sourceFiles(inv, rootDir, /\.(ts|tsx|mts|cts)$/).filter((e) => !e.path.endsWith('.d.ts') && !/\.(test|spec)\.tsx?$/.test(e.path));
  const origin = { category: 'build-output' };
  for (const f of files) {
    const rel = f.path.slice(rootDir.length).replace(/\.(m|c)?tsx?$/, (m) => (m.startsWith('.m') ? '.mjs' : m.startsWith('.c') ? '.cjs' : '.js'));
    const js = Math.round(f.size * 0.8);
    putFile(inv, `${outDir}${rel}`, { size: js, seed: `tsc:${f.digest}` }, origin);
    if (opts.sourceMap === true) putFile(inv, `${outDir}${rel}.map`, { size: Math.round(f.size * 0.6), seed: `tsc-map:${f.digest}` }, origin);
    if (opts.declaration === true) putFile(inv, `${outDir}${rel.replace(/\.js$/, '.d.ts')}`, { size: Math.round(f.size * 0.3), seed: `tsc-dts:${f.digest}` }, origin);
  }
  noteEstimate(inv, `tsc: emitted JavaScript is sized at 0.8x each TypeScript source (types removed; estimate)`);
  addTime(inv, 2000 + files.length * 40, 'tsc: 2 s + 40 ms/file (estimate)');
  return 0;
};

export const esbuildCmd: Handler = (inv) => {
  const outfile = inv.args.find((a) => a.startsWith('--outfile='))?.slice(10);
  const outdir = inv.args.find((a) => a.startsWith('--outdir='))?.slice(9);
  const entries = inv.args.filter((a) => !a.startsWith('-'));
  const dir = projectDir(inv);
  const pkg = readPackageJson(inv, dir);
  const sources = sourceFiles(inv, `${dir}/src`, SCRIPT);
  const bundle = inv.args.includes('--bundle');
  const external = inv.args.some((a) => a === '--packages=external');
  const depBytes = bundle && !external ? Object.keys(pkg?.dependencies ?? {}).length * 150_000 : 0;
  const size = Math.round(totalBytes(sources) * 0.7) + depBytes;
  const target = outfile ?? `${outdir ?? 'dist'}/${(entries[0] ?? 'index.js').split('/').pop()?.replace(/\.tsx?$/, '.js') ?? 'index.js'}`;
  putFile(inv, target.startsWith('/') ? target : `${inv.sh.cwd}/${target}`, { size, seed: `esbuild:${shortHash(sources.map((s) => s.digest).join(''))}` }, { category: 'build-output' });
  if (inv.args.some((a) => a.startsWith('--sourcemap'))) putFile(inv, `${target.startsWith('/') ? target : `${inv.sh.cwd}/${target}`}.map`, { size: Math.round(size * 1.3), seed: 'esbuild-map' }, { category: 'build-output' });
  noteEstimate(inv, 'esbuild: the bundle is sized at 0.7x the sources plus ~150 kB per bundled dependency (estimate)');
  addTime(inv, 300 + sources.length * 5, 'esbuild: 0.3 s (estimate)');
  return 0;
};

export const nextCmd: Handler = (inv) => {
  if (inv.args[0] !== 'build') return 0;
  const dir = projectDir(inv);
  const sources = totalBytes(sourceFiles(inv, dir, SCRIPT));
  putBulk(inv, `${dir}/.next`, { size: 20_000_000 + sources * 2, fileCount: 400, source: 'next build output: ~20 MB + 2x sources (estimate)' }, { category: 'build-output' });
  putBulk(inv, `${dir}/.next/cache`, { size: 15_000_000, fileCount: 200, source: 'next build cache (estimate ~15 MB)' }, { category: 'build-output' });
  noteEstimate(inv, 'next build: .next/ is sized by a model (~20 MB + 2x sources, cache ~15 MB; estimates)');
  addTime(inv, 25_000 + sources / 20, 'next build: ~25 s (estimate)');
  return 0;
};

export const nodeCmd: Handler = (inv) => {
  if (inv.args[0] === '--version' || inv.args[0] === '-v') {
    print(inv, `v${inv.env.get('NODE_VERSION') ?? '20.11.0'}\n`);
    return 0;
  }
  inv.sh.shared.notSimulated.push({ command: inv.text, reason: 'runs JavaScript code' });
  return 0;
};
