import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { exampleContexts, ownExamples } from './index';
import { lockPathName, registryTarball } from './npmLock';
import type { ExampleContext } from './types';

const all: ExampleContext[] = [...exampleContexts, ...ownExamples];
type Json = Record<string, unknown>;
const json = (ctx: ExampleContext, path: string): Json => JSON.parse(ctx.files[path]?.content ?? 'null') as Json;
const withFile = (name: string): Array<[string, ExampleContext, string]> =>
  all.flatMap((ctx) => Object.keys(ctx.files).filter((p) => p === name || p.endsWith(`/${name}`)).map((p) => [`${ctx.id}: ${p}`, ctx, p] as [string, ExampleContext, string]));

/** Node's lookup: the nearest node_modules/<name> from `from` up to the root. */
function resolveNpm(packages: Json, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (dir === '') return undefined;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

const semver = (v: string): number[] => v.split(/[.+-]/).slice(0, 3).map(Number);
/** `^x.y.z`: same major (same minor under 0.x), not lower. Enough for the ranges our manifests use. */
function satisfiesCaret(version: string, range: string): boolean {
  const [want, got] = [semver(range.slice(1)), semver(version)];
  const same = want[0] === 0 ? want[0] === got[0] && want[1] === got[1] : want[0] === got[0];
  const notLower = got[0]! * 1e8 + got[1]! * 1e4 + got[2]! >= want[0]! * 1e8 + want[1]! * 1e4 + want[2]!;
  return range.startsWith('^') && same && notLower;
}

describe('npm registry URLs', () => {
  it.each([
    ['express', '4.21.2', 'https://registry.npmjs.org/express/-/express-4.21.2.tgz'],
    ['@types/node', '20.17.6', 'https://registry.npmjs.org/@types/node/-/node-20.17.6.tgz'],
  ])('%s@%s', (name, version, url) => expect(registryTarball(name, version)).toBe(url));

  it('names the package a nested lock path installs', () => {
    expect(lockPathName('node_modules/send/node_modules/ms')).toBe('ms');
    expect(lockPathName('node_modules/@esbuild/linux-x64')).toBe('@esbuild/linux-x64');
  });
});

describe.each(withFile('package-lock.json'))('%s', (_label, ctx, path) => {
  const lock = json(ctx, path);
  const pkg = json(ctx, path.replace(/package-lock\.json$/, 'package.json'));
  const packages = lock.packages as Record<string, Json>;

  it('is a lockfileVersion 3 lock whose root is the package.json beside it', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.name).toBe(pkg.name);
    expect(packages['']?.dependencies).toEqual(pkg.dependencies);
    expect(packages['']?.devDependencies).toEqual(pkg.devDependencies);
  });

  it('locks a version within every range package.json asks for', () => {
    const wanted = { ...(pkg.dependencies as Json), ...(pkg.devDependencies as Json) } as Record<string, string>;
    for (const [name, range] of Object.entries(wanted)) {
      const version = packages[`node_modules/${name}`]?.version as string;
      expect(satisfiesCaret(version, range), `${name}@${version} in ${range}`).toBe(true);
    }
  });

  it('resolves every dependency of every entry, each with a registry URL and sha512 integrity', () => {
    for (const [at, entry] of Object.entries(packages)) {
      if (at === '') continue;
      expect(entry.resolved).toBe(registryTarball(lockPathName(at), entry.version as string));
      expect(entry.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      for (const name of Object.keys({ ...(entry.dependencies as Json) })) {
        expect(resolveNpm(packages, at, name), `${at} -> ${name}`).toBeDefined();
      }
    }
  });
});

/** Composer's Locker::getContentHash: md5 of PHP's json_encode (flags 0) of the relevant keys, sorted. */
function composerContentHash(composer: Json): string {
  const keys = ['name', 'version', 'require', 'require-dev', 'conflict', 'replace', 'provide', 'minimum-stability', 'prefer-stable', 'repositories', 'extra'];
  const relevant: Json = {};
  for (const key of keys.filter((k) => k in composer).sort()) relevant[key] = composer[key];
  const config = composer.config as Json | undefined;
  if (config?.platform !== undefined) relevant.config = { platform: config.platform };
  const sorted = Object.fromEntries(Object.entries(relevant).sort(([a], [b]) => (a < b ? -1 : 1)));
  // PHP escapes "/" and every non-ASCII character by default.
  const encoded = JSON.stringify(sorted)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return bytesToHex(md5(utf8ToBytes(encoded)));
}

const isPlatform = (name: string): boolean => name === 'php' || /^(ext|lib|composer)-/.test(name) || !name.includes('/');

describe.each(withFile('composer.lock'))('%s', (_label, ctx, path) => {
  const lock = json(ctx, path);
  const composer = json(ctx, path.replace(/composer\.lock$/, 'composer.json'));
  const prod = lock.packages as Json[];
  const dev = lock['packages-dev'] as Json[];

  it('carries the content-hash of the composer.json beside it', () => {
    expect(lock['content-hash']).toBe(composerContentHash(composer));
  });

  it('locks every requirement, and the production set is closed under require', () => {
    const prodNames = new Set(prod.map((p) => p.name as string));
    const replaced = new Set(prod.flatMap((p) => Object.keys({ ...(p.replace as Json), ...(p.provide as Json) })));
    for (const name of Object.keys(composer.require as Json).filter((n) => !isPlatform(n))) expect(prodNames).toContain(name);
    const devNames = new Set(dev.map((p) => p.name as string));
    for (const name of Object.keys(composer['require-dev'] as Json)) expect(prodNames.has(name) || devNames.has(name), name).toBe(true);
    for (const p of prod) {
      for (const name of Object.keys({ ...(p.require as Json) }).filter((n) => !isPlatform(n))) {
        expect(prodNames.has(name) || replaced.has(name), `${p.name as string} requires ${name}`).toBe(true);
      }
      expect((p.dist as Json).reference).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});

describe.each(withFile('Cargo.lock'))('%s', (_label, ctx) => {
  const text = ctx.files['Cargo.lock']?.content ?? '';
  const blocks = text.split('\n\n[[package]]\n').slice(1).map((b) => ({
    name: /^name = "(.+)"$/m.exec(b)?.[1] as string,
    version: /^version = "(.+)"$/m.exec(b)?.[1] as string,
    checksum: /^checksum = "(.+)"$/m.exec(b)?.[1],
    deps: [...b.matchAll(/^ "(.+)",$/gm)].map((m) => m[1] as string),
  }));

  it('is sorted by name and resolves every dependency to one locked package', () => {
    const names = blocks.map((b) => b.name);
    expect(names).toEqual([...names].sort());
    for (const block of blocks) {
      for (const dep of block.deps) {
        const [name, version] = dep.split(' ');
        const hits = blocks.filter((b) => b.name === name && (version === undefined || b.version === version));
        expect(hits.length, `${block.name} -> ${dep}`).toBe(1);
      }
    }
  });

  it('records a sha256 checksum for every crates.io package and lists each Cargo.toml dependency at the root', () => {
    const rootName = /^name = "(.+)"$/m.exec(ctx.files['Cargo.toml']?.content ?? '')?.[1];
    const root = blocks.find((b) => b.name === rootName);
    expect(root?.checksum).toBeUndefined();
    for (const b of blocks.filter((x) => x !== root)) expect(b.checksum).toMatch(/^[0-9a-f]{64}$/);
    const deps = (ctx.files['Cargo.toml']?.content ?? '').split('[dependencies]\n')[1]?.split('\n\n')[0] ?? '';
    for (const [, dep] of deps.matchAll(/^([\w-]+) = /gm)) expect(root?.deps.map((d) => d.split(' ')[0])).toContain(dep);
  });
});

describe.each(withFile('go.sum'))('%s', (_label, ctx, path) => {
  it('has well-formed h1 lines and covers the go.mod requirements', () => {
    const lines = (ctx.files[path]?.content ?? '').trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[\w.-]+\.[\w./-]+ v[\w.+-]+(\/go\.mod)? h1:[A-Za-z0-9+/]{43}=$/);
    const goMod = ctx.files[path.replace(/go\.sum$/, 'go.mod')]?.content ?? '';
    for (const [, mod, version] of goMod.matchAll(/^\s*(?:require )?([\w.-]+\.[\w./-]+) (v\S+)/gm)) {
      expect(lines).toContain(lines.find((l) => l.startsWith(`${mod} ${version} h1:`)));
      expect(lines.some((l) => l.startsWith(`${mod} ${version}/go.mod h1:`)), `${mod} go.mod hash`).toBe(true);
    }
  });
});
