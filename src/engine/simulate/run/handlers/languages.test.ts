/**
 * Language package managers and builds against measured figures: npm installs sum npm.json's
 * measured unpacked sizes (the express-api project: 51,799,074 B with dev, 12,155,969 B
 * without; npm 11 measurement), a Vite + React 19 build lands near the measured 275,651-byte
 * dist (SIZES.md §7), a dependency-free release Rust binary is 445,912 B (measured), and Go's
 * `-s -w` keeps 4,476,192 / 7,131,073 of the binary (golang/go#23934).
 */
import { describe, expect, it } from 'vitest';
import { lookupNpmPackage, npmProject, pipClosure } from '../../../catalog';
import { contextById } from '../../../../examples/contexts';
import { diffTrees, getEntry, totals, walk } from '../../../fs';
import { runCommand } from '../runCommand';
import { contextFor, withFiles } from '../testing/runHelpers';
import type { RunContext } from '../types';

function onContext(image: string, dir: string, files: Record<string, { content?: string; size?: number; mode?: number }>, script: string, over: Partial<RunContext> = {}): { ctx: RunContext; out: ReturnType<typeof runCommand> } {
  const base = contextFor(image, script, { cwd: dir, ...over });
  const ctx = { ...base, tree: withFiles(base.tree, dir, files) };
  return { ctx, out: runCommand(ctx) };
}

/** A package-lock.json (v3) holding exactly the measured project's packages. */
function measuredLock(project: string): string {
  const p = npmProject(project);
  if (p === null) throw new Error(project);
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: p.dependencies, devDependencies: p.devDependencies } };
  const seen = new Map<string, number>();
  for (const [key, dev] of [...p.prod.map((k) => [k, false] as const), ...p.dev.map((k) => [k, true] as const)]) {
    const at = key.lastIndexOf('@');
    const name = key.slice(0, at);
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    const path = n === 0 ? `node_modules/${name}` : `node_modules/nested${n}/node_modules/${name}`;
    // npm writes a platform package's os/cpu/libc into the lock; take them from the catalog.
    const [os, cpu, libc] = (lookupNpmPackage(name, key.slice(at + 1))?.platform ?? '*/*/*').split('/');
    const field = (v: string | undefined): string[] | undefined => (v === undefined || v === '*' ? undefined : v.split('+'));
    packages[path] = { version: key.slice(at + 1), ...(dev ? { dev: true } : {}), ...(field(os) ? { os: field(os) } : {}), ...(field(cpu) ? { cpu: field(cpu) } : {}), ...(field(libc) ? { libc: field(libc) } : {}) };
  }
  return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages });
}

describe('npm', () => {
  const pkg = JSON.stringify({ name: 'app', version: '1.0.0', scripts: { start: 'node index.js' } });

  it('npm ci sizes node_modules from the lock with npm.json\'s measured sizes', () => {
    const files = { 'package.json': { content: pkg }, 'package-lock.json': { content: measuredLock('express-api') } };
    const all = onContext('node:20', '/app', files, 'npm ci').out;
    expect(all.exitCode).toBe(0);
    expect(getEntry(all.tree, '/app/node_modules')?.size).toBe(51_799_074);
    const prod = onContext('node:20', '/app', files, 'npm ci --omit=dev').out;
    expect(getEntry(prod.tree, '/app/node_modules')?.size).toBe(12_155_969);
    const env = onContext('node:20', '/app', files, 'npm ci', { env: new Map([['NODE_ENV', 'production'], ['PATH', '/usr/local/bin:/usr/bin:/bin']]) }).out;
    expect(getEntry(env.tree, '/app/node_modules')?.size).toBe(12_155_969);
  });

  it('keeps the download cache in ~/.npm unless cleaned', () => {
    const files = { 'package.json': { content: pkg }, 'package-lock.json': { content: measuredLock('express-api') } };
    expect(getEntry(onContext('node:20', '/app', files, 'npm ci').out.tree, '/root/.npm/_cacache')?.kind).toBe('bulk');
    expect(getEntry(onContext('node:20', '/app', files, 'npm ci && npm cache clean --force').out.tree, '/root/.npm/_cacache')).toBeUndefined();
  });

  it('npm ci without a lockfile fails with EUSAGE (exit 1)', () => {
    const r = onContext('node:20', '/app', { 'package.json': { content: pkg } }, 'npm ci').out;
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toBe('npm error code EUSAGE');
  });

  it('npm run of a missing script fails like npm 10', () => {
    const r = onContext('node:20', '/app', { 'package.json': { content: pkg } }, 'npm run build').out;
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual(['npm error Missing script: "build"', 'npm error', 'npm error To see a list of scripts, run:', 'npm error   npm run']);
  });

  it('npm run runs the script through the shell, with its exit status', () => {
    const scripts = JSON.stringify({ name: 'app', version: '1.0.0', scripts: { prebuild: 'echo pre', build: 'mkdir -p dist && echo built > dist/out.txt', fail: 'exit 3' } });
    const r = onContext('node:20', '/app', { 'package.json': { content: scripts } }, 'npm run build').out;
    expect(r.exitCode).toBe(0);
    expect(getEntry(r.tree, '/app/dist/out.txt')?.kind).toBe('file');
    expect(r.output).toContain('pre');
    expect(onContext('node:20', '/app', { 'package.json': { content: scripts } }, 'npm run fail').out.exitCode).toBe(3);
  });

  it('vite build of the node-nginx app lands within 10% of the measured Vite 8 + React 19 dist (275,651 B)', () => {
    const ctx = contextById('node-nginx');
    if (ctx === undefined) throw new Error('node-nginx context');
    const { out } = onContext('node:20', '/app', ctx.files, 'npm ci && npm run build');
    expect(out.exitCode).toBe(0);
    const dist = totals(out.tree, '/app/dist')?.size ?? 0;
    expect(Math.abs(dist - 275_651) / 275_651).toBeLessThan(0.1);
    expect(getEntry(out.tree, '/app/dist/index.html')?.kind).toBe('file');
  });
});

describe('pip', () => {
  const reqs = 'fastapi==0.115.6\nuvicorn==0.32.1  # server\n';

  it('installs requirements with their dependencies into site-packages, sized from PyPI wheels', () => {
    const { ctx, out } = onContext('python:3.12-slim', '/src', { 'requirements.txt': { content: reqs } }, 'pip install --no-cache-dir -r requirements.txt');
    expect(out.exitCode).toBe(0);
    const closure = pipClosure(['fastapi', 'uvicorn']);
    const layer = diffTrees(ctx.tree, out.tree);
    const deps = [...walk(out.tree, '/usr/local/lib/python3.12/site-packages')].filter((e) => e.origin?.category === 'dependencies').reduce((s, e) => s + e.size, 0);
    expect(deps).toBe(closure.installedBytes + closure.unknown.length * 1_000_000);
    expect(layer.changes.some((c) => c.path.startsWith('/root/.cache/pip'))).toBe(false);
  });

  it('without --no-cache-dir the wheels stay in ~/.cache/pip', () => {
    const { out } = onContext('python:3.12-slim', '/src', { 'requirements.txt': { content: reqs } }, 'pip install -r requirements.txt');
    const closure = pipClosure(['fastapi', 'uvicorn']);
    expect(getEntry(out.tree, '/root/.cache/pip')?.size).toBe(closure.install.reduce((s, p) => s + p.wheelBytes, 0) + closure.unknown.length * 350_000);
  });

  it('Debian\'s own Python refuses system-wide installs (PEP 668), a venv accepts them', () => {
    const sys = onContext('debian:bookworm-slim', '/src', { 'requirements.txt': { content: reqs } }, 'apt-get update -qq && apt-get install -y -qq python3-pip && pip install -r requirements.txt').out;
    expect(sys.exitCode).toBe(1);
    expect(sys.output).toContain('error: externally-managed-environment');
    const venv = onContext('python:3.12-slim', '/src', { 'requirements.txt': { content: reqs } }, 'python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt').out;
    expect(venv.exitCode).toBe(0);
    expect(getEntry(venv.tree, '/opt/venv/lib/python3.12/site-packages/fastapi')?.kind).toBe('bulk');
  });
});

describe('go', () => {
  const goFiles = (): Record<string, { content?: string }> => {
    const ctx = contextById('go-multi-stage');
    if (ctx === undefined) throw new Error('go-multi-stage context');
    return ctx.files;
  };

  it('go mod download fills GOMODCACHE; -ldflags "-s -w" keeps 62.8% of the binary', () => {
    const dl = onContext('golang:1.21', '/app', goFiles(), 'go mod download').out;
    expect(getEntry(dl.tree, '/go/pkg/mod')?.kind).toBe('bulk');
    const plain = onContext('golang:1.21', '/app', goFiles(), 'CGO_ENABLED=0 go build -o /out/app .').out;
    const stripped = onContext('golang:1.21', '/app', goFiles(), 'CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .').out;
    const a = getEntry(plain.tree, '/out/app')?.size ?? 0;
    const b = getEntry(stripped.tree, '/out/app')?.size ?? 0;
    expect(a).toBeGreaterThan(7_131_073);
    expect(Math.abs(b / a - 4_476_192 / 7_131_073)).toBeLessThan(1e-6);
  });

  it('needs go.mod in module mode', () => {
    const r = onContext('golang:1.21', '/app', { 'main.go': { content: 'package main\nfunc main() {}\n' } }, 'go build -o app .').out;
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual(["go: go.mod file not found in current directory or any parent directory; see 'go help modules'"]);
  });
});

describe('cargo, composer, maven', () => {
  it('a dependency-free release binary is 445,912 B (measured hello world)', () => {
    const files = { 'Cargo.toml': { content: '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2021"\n' }, 'Cargo.lock': { content: 'version = 3\n\n[[package]]\nname = "hello"\nversion = "0.1.0"\n' }, 'src/main.rs': { content: 'fn main() {}\n' } };
    const r = onContext('rust:1', '/src', files, 'cargo build --release').out;
    expect(r.exitCode).toBe(0);
    const bins = [...walk(r.tree, '/src/target/release/deps')].filter((e) => e.path.includes('/hello-'));
    expect(bins.map((e) => e.size)).toEqual([445_912]);
    expect(getEntry(r.tree, '/src/target/release/hello')?.size).toBe(0);
  });

  it('composer install fills vendor/ from composer.lock at the catalog\'s per-package figure (45 MB / 75 packages)', () => {
    const lock = JSON.stringify({ packages: Array.from({ length: 10 }, (_, i) => ({ name: `acme/p${i}`, version: '1.0.0' })), 'packages-dev': [{ name: 'phpunit/phpunit', version: '11.0.0' }] });
    const r = onContext('composer:2', '/app', { 'composer.json': { content: '{}' }, 'composer.lock': { content: lock } }, 'composer install --no-dev').out;
    expect(getEntry(r.tree, '/app/vendor')?.size).toBe(10 * (45_000_000 / 75));
  });

  it('composer scripts from composer.json are reported as not simulated, unless --no-scripts', () => {
    const json = JSON.stringify({ scripts: { 'post-autoload-dump': ['@php artisan package:discover --ansi'], test: 'phpunit' } });
    const files = { 'composer.json': { content: json }, 'composer.lock': { content: '{"packages":[]}' } };
    const withScripts = onContext('composer:2', '/app', files, 'composer install').out;
    expect(withScripts.notSimulated.map((n) => n.command)).toEqual(['composer post-autoload-dump: @php artisan package:discover --ansi']);
    expect(onContext('composer:2', '/app', files, 'composer install --no-scripts').out.notSimulated).toEqual([]);
  });

  it('mvn without a pom.xml fails like Maven (exit 1)', () => {
    const r = onContext('maven:3-eclipse-temurin-21', '/build', {}, 'mvn -B package').out;
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toMatch(/^\[ERROR\] The goal you specified requires a project to execute but there is no POM in this directory \(\/build\)/);
  });
});
