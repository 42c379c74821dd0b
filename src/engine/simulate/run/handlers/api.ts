/**
 * Helpers every handler uses: streams, paths, filesystem writes with the RUN's owner and
 * provenance, the time model, and notes about estimated figures (SC5202).
 */
import { diagnostic, lineRange } from '../../../diagnostics';
import { getEntry, locate, mkdir, parentPath, resolveAgainst, writeBulk, writeFile } from '../../../fs';
import type { EntryOrigin, FsError, FsResult } from '../../../fs';
import { notSimulated as recordNotSimulated } from '../dispatch';
import { fileAttrs } from '../fileAttrs';
import type { Invocation } from './types';

/** True when the RUN has no network (`RUN --network=none`). */
export function offline(inv: Invocation): boolean {
  return inv.sh.shared.ctx.network === 'none';
}

export function print(inv: Invocation, text: string): void {
  inv.io.stdout.write(text);
}

export function printErr(inv: Invocation, text: string): void {
  inv.io.stderr.write(text);
}

export function abs(inv: Invocation, path: string): string {
  return resolveAgainst(inv.sh.cwd, path);
}

export function notSimulated(inv: Invocation, reason: string, command = inv.text): number {
  return recordNotSimulated(inv.sh, command, reason);
}

/** Add simulated time and the model that produced it. */
export function addTime(inv: Invocation, ms: number, model: string): void {
  const shared = inv.sh.shared;
  shared.durationMs += Math.max(0, Math.round(ms));
  if (!shared.durationParts.includes(model) && shared.durationParts.length < 12) shared.durationParts.push(model);
}

/** An info diagnostic (SC5202) saying a figure is a model's estimate. */
export function noteEstimate(inv: Invocation, message: string): void {
  const shared = inv.sh.shared;
  if (shared.diagnostics.some((d) => d.message === message)) return;
  shared.diagnostics.push(diagnostic('SC5202', message, lineRange(shared.ctx.line)));
}

/** The errno text of a filesystem error (`No such file or directory`). */
export function errnoText(err: FsError): string {
  return err.message;
}

function apply(inv: Invocation, r: FsResult): FsResult {
  if (r.ok) inv.sh.shared.tree = r.tree;
  return r;
}

/** `mkdir -p` with the RUN's owner; false when a component is a file. */
export function mkdirp(inv: Invocation, path: string, extra: Partial<EntryOrigin> = {}): boolean {
  const p = abs(inv, path);
  const loc = locate(inv.sh.shared.tree, p);
  if (loc.status === 'in-bulk' || (loc.status === 'found' && (loc.entry.kind === 'dir' || loc.entry.kind === 'bulk'))) return true;
  return apply(inv, mkdir(inv.sh.shared.tree, p, { parents: true, ...fileAttrs(inv.sh, true, extra) })).ok;
}

export interface FileWrite {
  content?: string;
  size?: number;
  seed?: string;
  mode?: number;
}

/** Write a file (parents created); keeps an existing file's owner. */
export function putFile(inv: Invocation, path: string, spec: FileWrite, extra: Partial<EntryOrigin> = {}): FsResult {
  const p = abs(inv, path);
  mkdirp(inv, parentPath(p));
  const existing = getEntry(inv.sh.shared.tree, p);
  return apply(inv, writeFile(inv.sh.shared.tree, p, { ...spec, ...fileAttrs(inv.sh, existing === undefined, extra) }));
}

export interface BulkWrite {
  size: number;
  fileCount: number;
  source: string;
  seed?: string;
}

/** Put a bulk entry (parents created), keeping listed children already at the path. */
export function putBulk(inv: Invocation, path: string, spec: BulkWrite, extra: Partial<EntryOrigin> = {}): FsResult {
  const p = abs(inv, path);
  mkdirp(inv, parentPath(p));
  const seed = spec.seed ?? `${spec.source}\u0000${p}\u0000${spec.size}`;
  return apply(inv, writeBulk(inv.sh.shared.tree, p, { ...spec, seed, ...fileAttrs(inv.sh, true, extra) }, { keepChildren: true }));
}

/** Text of a file: its content, `undefined` when it exists without known content, `null` when missing. */
export function readText(inv: Invocation, path: string): string | undefined | null {
  const loc = locate(inv.sh.shared.tree, abs(inv, path));
  if (loc.status === 'in-bulk') return undefined;
  if (loc.status !== 'found') return null;
  return loc.entry.kind === 'file' ? loc.entry.content : undefined;
}

export interface ParsedArgs {
  /** Flags without dashes: `y`, `no-cache`. */
  flags: Set<string>;
  /** Options with values, without dashes: `o` -> [`out`], `target` -> [`x`]. */
  values: Map<string, string[]>;
  operands: string[];
}

/**
 * GNU-style options: `-abc`, `-ovalue`/`-o value` for letters in `withValue`, `--name=value`,
 * `--name value` for names in `withValue`, `--` ends options.
 */
export function parseArgs(args: readonly string[], withValue: readonly string[] = []): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (k: string, v: string): void => {
    values.set(k, [...(values.get(k) ?? []), v]);
  };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) add(a.slice(2, eq), a.slice(eq + 1));
      else if (withValue.includes(a.slice(2)) && i + 1 < args.length) add(a.slice(2), args[++i] ?? '');
      else flags.add(a.slice(2));
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j += 1) {
        const letter = a[j] ?? '';
        if (withValue.includes(letter)) {
          const rest = a.slice(j + 1);
          add(letter, rest !== '' ? rest : (args[++i] ?? ''));
          break;
        }
        flags.add(letter);
      }
      continue;
    }
    operands.push(a);
  }
  return { flags, values, operands };
}

/** The last value of an option among several spellings. */
export function optionValue(p: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = p.values.get(n);
    if (v !== undefined && v.length > 0) return v[v.length - 1];
  }
  return undefined;
}

export function hasFlag(p: ParsedArgs, ...names: string[]): boolean {
  return names.some((n) => p.flags.has(n));
}
