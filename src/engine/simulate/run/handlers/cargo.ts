/**
 * cargo: `build`/`test` (`--release`), `install`, `fetch`, and cargo-chef's `prepare`/`cook`.
 * Crates come from Cargo.lock. Models: a release hello-world binary is 445,912 B (SIZES.md §7,
 * measured), each dependency adds ~50 kB to the binary, ~1.5 MB of artifacts to target/
 * (3 MB in debug), and ~1.5 MB (the .crate and its extracted source) to CARGO_HOME/registry
 * (estimates). The binary in target/<profile>/ is a hard link to the one in deps/, stored once.
 */
import { otherFigures } from '../../../catalog';
import { getEntry, parentPath } from '../../../fs';
import { abs, addTime, noteEstimate, notSimulated, parseArgs, print, printErr, putBulk, putFile, readText } from './api';
import { shortHash } from './sourceFiles';
import type { Handler, Invocation } from './types';

const PER_CRATE_BINARY = 50_000;
const PER_CRATE_TARGET = { release: 1_500_000, debug: 3_000_000 };
const PER_CRATE_REGISTRY = 1_500_000;

function helloBytes(): number {
  const f = otherFigures().cargo.outputs as Record<string, { bytes?: number }> | undefined;
  return f?.helloRelease?.bytes ?? 445_912;
}

function findProject(inv: Invocation): string | undefined {
  for (let d = inv.sh.cwd; ; d = parentPath(d)) {
    if (readText(inv, `${d}/Cargo.toml`) !== null) return d;
    if (d === '/') return undefined;
  }
}

function crates(inv: Invocation, root: string): { name: string; count: number } {
  const toml = readText(inv, `${root}/Cargo.toml`) ?? '';
  const name = /\[package\][^[]*?\bname\s*=\s*"([^"]+)"/s.exec(toml)?.[1] ?? root.split('/').pop() ?? 'app';
  const lock = readText(inv, `${root}/Cargo.lock`);
  const count = typeof lock === 'string' ? Math.max(0, (lock.match(/^\[\[package\]\]/gm) ?? []).length - 1) : (toml.split('[dependencies]')[1]?.split(/^\[/m)[0]?.split('\n').filter((l) => /^\s*[\w-]+\s*=/.test(l)).length ?? 0) * 8;
  return { name, count };
}

function cargoHome(inv: Invocation): string {
  return inv.env.get('CARGO_HOME') ?? `${inv.env.get('HOME') ?? '/root'}/.cargo`;
}

function fetchRegistry(inv: Invocation, count: number): void {
  const path = `${cargoHome(inv)}/registry`;
  const before = getEntry(inv.sh.shared.tree, path);
  const size = Math.max(before?.kind === 'bulk' ? before.size : 0, count * PER_CRATE_REGISTRY);
  putBulk(inv, path, { size, fileCount: count * 40, source: `cargo registry: ${count} crates (.crate + source, ~1.5 MB each; estimate)` }, { category: 'dependencies', packageName: 'cargo registry' });
}

function build(inv: Invocation, args: string[], withBinary: boolean, test: boolean): number {
  const p = parseArgs(args, ['target', 'bin', 'p', 'package', 'j', 'jobs', 'features', 'F', 'profile', 'recipe-path', 'target-dir', 'manifest-path']);
  const root = findProject(inv);
  if (root === undefined) {
    printErr(inv, `error: could not find \`Cargo.toml\` in \`${inv.sh.cwd}\` or any parent directory\n`);
    return 101;
  }
  const { name, count } = crates(inv, root);
  const release = p.flags.has('release') || p.flags.has('r') || p.values.get('profile')?.[0] === 'release';
  const profile = release ? 'release' : 'debug';
  const triple = p.values.get('target')?.[0];
  const targetDir = abs(inv, p.values.get('target-dir')?.[0] ?? inv.env.get('CARGO_TARGET_DIR') ?? `${root}/target`);
  const out = `${targetDir}${triple !== undefined ? `/${triple}` : ''}/${profile}`;
  fetchRegistry(inv, count);
  for (let i = 0; i < Math.min(count, 5); i += 1) print(inv, `   Compiling crate ${i + 1} of ${count}\n`);
  putBulk(inv, `${out}/build`, { size: Math.round(count * PER_CRATE_TARGET[profile] * 0.15), fileCount: count * 10, source: 'cargo build scripts output (estimate)' }, { category: 'build-output' });
  putBulk(inv, `${out}/deps`, { size: Math.round(count * PER_CRATE_TARGET[profile] * 0.85), fileCount: count * 6, source: `cargo ${profile} artifacts of ${count} crates (~${PER_CRATE_TARGET[profile] / 1e6} MB each; estimate)` }, { category: 'build-output' });
  const binary = Math.round((helloBytes() + count * PER_CRATE_BINARY) * (release ? 1 : 8));
  if (withBinary) {
    const bins = (p.values.get('bin') ?? [name]).map((b) => b.replace(/-/g, '_') === b ? b : b);
    for (const bin of bins) {
      const hash = shortHash(`${bin}:${count}:${profile}`);
      putFile(inv, `${out}/deps/${bin.replace(/-/g, '_')}-${hash}`, { size: binary, seed: `cargo ${bin} ${hash}`, mode: 0o755 }, { category: 'build-output' });
      putFile(inv, `${out}/${bin}${test ? '-test' : ''}`, { size: 0, seed: `hardlink ${bin} ${hash}`, mode: 0o755 }, { category: 'build-output', note: 'hard link to the deps/ binary: its bytes are stored once' });
    }
  }
  print(inv, `    Finished \`${profile}\` profile [${release ? 'optimized' : 'unoptimized + debuginfo'}] target(s)\n`);
  noteEstimate(inv, `cargo: target/ and the ${withBinary ? `${(binary / 1e6).toFixed(1)} MB binary` : 'dependency artifacts'} are sized by a model (hello world 445,912 B + ~50 kB per crate; ~${PER_CRATE_TARGET[profile] / 1e6} MB of artifacts per crate)`);
  addTime(inv, 2000 + count * (release ? 1200 : 600), `cargo build: 2 s + ${release ? 1.2 : 0.6} s/crate (estimate)`);
  return 0;
}

export const cargoCmd: Handler = (inv) => {
  const args = inv.args.filter((a) => !/^\+/.test(a));
  const [sub, ...rest] = args;
  switch (sub) {
    case 'build':
    case 'b':
      return build(inv, rest, true, false);
    case 'test':
    case 't':
      return build(inv, rest, false, true);
    case 'fetch': {
      const root = findProject(inv);
      if (root !== undefined) fetchRegistry(inv, crates(inv, root).count);
      return 0;
    }
    case 'install': {
      const p = parseArgs(rest, ['path', 'root', 'version', 'target', 'features']);
      const path = p.values.get('path')?.[0];
      if (path !== undefined) {
        const saved = inv.sh.cwd;
        inv.sh.cwd = abs(inv, path);
        const status = build(inv, ['--release'], true, false);
        const root = findProject(inv);
        inv.sh.cwd = saved;
        if (status !== 0 || root === undefined) return status;
        const { name } = crates(inv, root);
        putFile(inv, `${p.values.get('root')?.[0] ?? cargoHome(inv)}/bin/${name}`, { size: 5_000_000, seed: `cargo install ${name}`, mode: 0o755 }, { category: 'build-output' });
        return 0;
      }
      for (const crate of p.operands) {
        putFile(inv, `${p.values.get('root')?.[0] ?? cargoHome(inv)}/bin/${crate}`, { size: 8_000_000, seed: `cargo install ${crate}`, mode: 0o755 }, { category: 'build-output', packageName: crate });
        noteEstimate(inv, `cargo install ${crate}: the binary is sized at ~8 MB (estimate)`);
      }
      addTime(inv, 60_000 * p.operands.length, 'cargo install: ~60 s per crate (estimate)');
      return 0;
    }
    case 'chef': {
      if (rest[0] === 'prepare') {
        const out = parseArgs(rest, ['recipe-path']).values.get('recipe-path')?.[0] ?? 'recipe.json';
        putFile(inv, out, { content: '{"skeleton":{},"dependencies":"simulated"}\n' });
        return 0;
      }
      if (rest[0] === 'cook') return build(inv, rest.slice(1), false, false);
      return 0;
    }
    case 'clean':
    case 'check':
    case 'clippy':
    case 'fmt':
    case 'doc':
    case 'update':
    case 'generate-lockfile':
    case 'metadata':
    case '--version':
    case 'version':
      return 0;
    default:
      return notSimulated(inv, `cargo ${sub ?? ''} is not modelled`);
  }
};
