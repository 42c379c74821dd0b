/**
 * The go command: `mod download` (the go.sum modules into GOMODCACHE, /go/pkg/mod), `get`
 * (GOPATH-mode clones in Go < 1.11), `build` and `install` (a binary sized by a model), `test`,
 * `vet`, `mod tidy/verify/vendor`, `version`, `env`. Binary model (SIZES.md §7, catalog):
 * a fmt-only program 2.0 MB, one importing net/http 7,131,073 B (golang/go#23934), plus
 * ~0.5 MB per required module (estimate); `-ldflags "-s -w"` keeps 62.8% (4,476,192 / 7,131,073,
 * the same measurement); CGO_ENABLED=0 links statically at about the same size.
 */
import { otherFigures } from '../../../catalog';
import { getEntry, parentPath } from '../../../fs';
import { abs, addTime, noteEstimate, notSimulated, offline, print, printErr, putBulk, putFile, readText, type ParsedArgs } from './api';
import { goModules, moduleBytes } from './goModules';
import { sourceFiles, totalBytes } from './sourceFiles';
import type { Handler, Invocation } from './types';

const STRIP_RATIO = 4_476_192 / 7_131_073;
const PER_MODULE_BINARY = 500_000;

function figure(key: string, fallback: number): number {
  const f = otherFigures().go.outputs?.[key] as { bytes?: number } | undefined;
  return f?.bytes ?? fallback;
}

function findGoMod(inv: Invocation): string | undefined {
  for (let d = inv.sh.cwd; ; d = parentPath(d)) {
    if (readText(inv, `${d}/go.mod`) !== null) return d;
    if (d === '/') return undefined;
  }
}

function goVersion(inv: Invocation): number[] {
  return (inv.env.get('GOLANG_VERSION') ?? '1.22.0').split('.').map(Number);
}

function moduleMode(inv: Invocation): boolean {
  const v = goVersion(inv);
  const gm = inv.env.get('GO111MODULE');
  if (gm === 'off') return false;
  return (v[0] ?? 1) > 1 || (v[1] ?? 22) >= 16 || gm === 'on';
}

function modCache(inv: Invocation): string {
  return inv.env.get('GOMODCACHE') ?? `${inv.env.get('GOPATH') ?? '/go'}/pkg/mod`;
}

function goCache(inv: Invocation): string {
  return inv.env.get('GOCACHE') ?? `${inv.env.get('HOME') ?? '/root'}/.cache/go-build`;
}

function noGoMod(inv: Invocation): number {
  printErr(inv, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
  return 1;
}

function download(inv: Invocation, root: string, quiet: boolean): number {
  const mods = goModules(readText(inv, `${root}/go.sum`));
  if (mods.length === 0) return 0;
  if (offline(inv)) {
    const m = mods[0] as { path: string; version: string };
    printErr(inv, `go: ${m.path}@${m.version}: Get "https://proxy.golang.org/${m.path}/@v/${m.version}.info": dial tcp: lookup proxy.golang.org: no such host\n`);
    return 1;
  }
  let bytes = 0;
  for (const m of mods) bytes += moduleBytes(m.path);
  const before = getEntry(inv.sh.shared.tree, modCache(inv));
  putBulk(inv, modCache(inv), { size: (before?.kind === 'bulk' ? before.size : 0) + bytes, fileCount: mods.length * 150, source: `Go module cache: ${mods.length} modules from go.sum (extracted source + zips; per-module estimate)` }, { category: 'dependencies', packageName: 'go modules' });
  noteEstimate(inv, `go mod download: ${mods.length} modules sized at ~2.5 MB each (source + zip; estimate; no module proxy data)`);
  if (!quiet) for (const m of mods) print(inv, `go: downloading ${m.path} ${m.version}\n`);
  addTime(inv, 800 + mods.length * 400, 'go mod download: 0.8 s + 0.4 s/module (estimate)');
  return 0;
}

function imports(inv: Invocation, dir: string): string {
  return sourceFiles(inv, dir, /\.go$/).filter((e) => !e.path.endsWith('_test.go')).map((e) => (e.kind === 'file' ? (e.content ?? '') : '')).join('\n');
}

const GO_VALUE_FLAGS = new Set(['o', 'ldflags', 'gcflags', 'asmflags', 'tags', 'installsuffix', 'mod', 'modfile', 'buildmode', 'p', 'pkgdir', 'overlay', 'toolexec', 'exec', 'run', 'count', 'timeout', 'coverprofile', 'covermode', 'C', 'buildvcs', 'compiler', 'gccgoflags']);

/** Go's flag syntax: `-name`, `--name`, `-name=value`, `-name value` (one dash is as good as two). */
export function goFlags(args: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    const m = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/s.exec(a);
    if (m === null) {
      operands.push(a);
      continue;
    }
    const name = m[1] ?? '';
    const value = m[2] ?? (GO_VALUE_FLAGS.has(name) ? args[++i] : undefined);
    if (value === undefined) flags.add(name);
    else values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { flags, values, operands };
}

function build(inv: Invocation, args: string[], install: boolean): number {
  const p = goFlags(args);
  const root = findGoMod(inv);
  if (moduleMode(inv) && root === undefined && !args.some((a) => a.endsWith('.go') || a.includes('@'))) return noGoMod(inv);
  const targets = p.operands.length === 0 ? ['.'] : p.operands;
  if (targets.some((t) => t.includes('...')) && p.values.get('o') === undefined && !install) {
    addTime(inv, 5000, 'go build ./...: compile only, 5 s (estimate)');
    return 0;
  }
  const pkgDir = abs(inv, targets[0]?.endsWith('.go') ? parentPath(abs(inv, targets[0] ?? '.')) : (targets[0] ?? '.'));
  const src = imports(inv, pkgDir);
  const mods = root === undefined ? [] : goModules(readText(inv, `${root}/go.sum`));
  if (root !== undefined && mods.length > 0 && getEntry(inv.sh.shared.tree, modCache(inv)) === undefined) {
    // go build downloads the modules go.sum lists when the module cache lacks them.
    const status = download(inv, root, true);
    if (status !== 0) return status;
  }
  const usesHttp = /"net\/http"/.test(src) || mods.length > 0;
  let size = (usesHttp ? figure('netHttpUnstripped', 7_131_073) : figure('helloUnstripped', 2_000_000)) + mods.length * PER_MODULE_BINARY + totalBytes(sourceFiles(inv, pkgDir, /\.go$/)) * 2;
  const ldflags = p.values.get('ldflags')?.join(' ') ?? inv.env.get('GOFLAGS') ?? '';
  const stripped = /-s\b/.test(ldflags) && /-w\b/.test(ldflags);
  if (stripped) size = Math.round(size * STRIP_RATIO);
  const modulePath = /^module\s+(\S+)/m.exec((root !== undefined ? readText(inv, `${root}/go.mod`) : '') ?? '')?.[1];
  const name = (targets[0] === '.' || targets[0] === undefined ? (pkgDir === root && modulePath !== undefined ? modulePath : pkgDir) : targets[0]).replace(/\/+$/, '').split('/').pop()?.replace(/\.go$/, '') ?? 'main';
  let out = p.values.get('o')?.[0];
  if (install) out = `${inv.env.get('GOBIN') ?? `${inv.env.get('GOPATH') ?? '/go'}/bin`}/${name}`;
  else if (out === undefined) out = `${inv.sh.cwd}/${name}`;
  else {
    const e = getEntry(inv.sh.shared.tree, abs(inv, out));
    if (out.endsWith('/') || e?.kind === 'dir') out = `${abs(inv, out)}/${name}`;
  }
  const cgo = inv.env.get('CGO_ENABLED') !== '0';
  const r = putFile(inv, out, { size, seed: `go build ${name} ${size}`, mode: 0o755 }, { category: 'build-output', linking: cgo && usesHttp ? 'dynamic (cgo)' : 'static' });
  if (!r.ok) {
    printErr(inv, `go: creating output file: open ${out}: no such file or directory\n`);
    return 1;
  }
  const cache = goCache(inv);
  const cached = getEntry(inv.sh.shared.tree, cache);
  putBulk(inv, cache, { size: (cached?.kind === 'bulk' ? cached.size : 0) + 40_000_000 + mods.length * 2_000_000, fileCount: 2000, source: 'Go build cache: ~40 MB of compiled standard library + ~2 MB per module (estimate)' }, { category: 'build-output', packageName: 'go build cache' });
  noteEstimate(inv, `go build: the binary is sized by a model (${usesHttp ? 'net/http program 7.1 MB' : 'hello world 2.0 MB'} + 0.5 MB per module${stripped ? ', x0.63 for -s -w' : ''})`);
  const full = p.flags.has('a');
  addTime(inv, 4000 + mods.length * 1500 + (full ? 25_000 : 0), `go build: 4 s + 1.5 s/module${full ? ' + 25 s for -a (rebuilds the standard library)' : ''} (estimate)`);
  return 0;
}

function getCmd(inv: Invocation, args: string[]): number {
  const pkgs = args.filter((a) => !a.startsWith('-'));
  if (!moduleMode(inv)) {
    for (const pkg of pkgs) {
      const repo = pkg.split('/').slice(0, 3).join('/');
      const fig = otherFigures().go.modules?.[repo] as { checkoutBytes?: number } | undefined;
      const bytes = fig?.checkoutBytes ?? 5_000_000;
      putBulk(inv, `${inv.env.get('GOPATH') ?? '/go'}/src/${repo}`, { size: bytes, fileCount: Math.round(bytes / 8000), source: fig !== undefined ? `go get clone of ${repo} (catalog estimate)` : `go get clone of ${repo} (estimate ~5 MB)` }, { category: 'dependencies', packageName: repo });
      noteEstimate(inv, `go get ${pkg}: the repository checkout is sized at ${(bytes / 1e6).toFixed(0)} MB (estimate)`);
      if (args.includes('-v')) print(inv, `${repo} (download)\n`);
    }
    addTime(inv, 3000 * pkgs.length, 'go get: ~3 s per repository clone (estimate)');
    return 0;
  }
  const root = findGoMod(inv);
  if (root === undefined) return noGoMod(inv);
  return download(inv, root, false);
}

export const goCmd: Handler = (inv) => {
  const [sub, ...rest] = inv.args;
  switch (sub) {
    case 'build':
      return build(inv, rest, false);
    case 'install':
      return build(inv, rest, true);
    case 'get':
      return getCmd(inv, rest);
    case 'mod': {
      const root = findGoMod(inv);
      if (root === undefined) return noGoMod(inv);
      if (rest[0] === 'download') return download(inv, root, !rest.includes('-x'));
      if (rest[0] === 'vendor') {
        const mods = goModules(readText(inv, `${root}/go.sum`));
        putBulk(inv, `${root}/vendor`, { size: mods.reduce((s, m) => s + moduleBytes(m.path) * 0.5, 0), fileCount: mods.length * 60, source: 'go mod vendor: half of each module (estimate)' }, { category: 'dependencies' });
      }
      return 0;
    }
    case 'test':
    case 'vet': {
      const root = findGoMod(inv);
      if (moduleMode(inv) && root === undefined) return noGoMod(inv);
      const tests = sourceFiles(inv, inv.sh.cwd, /_test\.go$/);
      print(inv, tests.length === 0 ? `?   \t${inv.sh.cwd.split('/').pop() ?? ''}\t[no test files]\n` : `ok  \t${inv.sh.cwd.split('/').pop() ?? ''}\t0.012s\n`);
      addTime(inv, 3000 + tests.length * 500, `go ${sub}: 3 s + 0.5 s/test file (estimate)`);
      return 0;
    }
    case 'version':
      print(inv, `go version go${inv.env.get('GOLANG_VERSION') ?? '1.22.0'} linux/amd64\n`);
      return 0;
    case 'env':
    case 'generate':
    case 'clean':
    case 'fmt':
    case 'list':
    case 'work':
      return 0;
    case 'run':
      return notSimulated(inv, 'go run executes the program');
    default:
      return notSimulated(inv, `go ${sub ?? ''} is not modelled`);
  }
};
