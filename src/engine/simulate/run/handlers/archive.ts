/**
 * tar, unzip, gzip/gunzip/xz/bzip2: a download the catalog knows unpacks to its catalogued tree
 * (apache-zookeeper-3.6.1-bin.tar.gz -> apache-zookeeper-3.6.1-bin/, 35.3 MB); any other archive
 * unpacks to a bulk entry sized by the archive type's typical ratio (gzip tar 2.8x, xz 4.5x,
 * zip 2.5x; estimates). `tar -c` packs a folder at the inverse ratio.
 */
import { estimateArtifact, lookupArtifact } from '../../../catalog';
import { locate, remove, totals } from '../../../fs';
import type { Entry } from '../../../fs';
import { stdinData } from './inputs';
import { addTime, abs, noteEstimate, parseArgs, printErr, putBulk, putFile } from './api';
import { unpackModel, unpackMs } from '../models';
import type { Invocation } from './types';

interface Archive {
  name: string;
  url?: string;
  bytes: number;
}

interface Unpacked {
  topDir: string;
  bytes: number;
  fileCount: number;
  source: string;
}

const RATIOS: [RegExp, number][] = [[/\.(tar\.gz|tgz)$/, 2.8], [/\.(tar\.xz|txz)$/, 4.5], [/\.(tar\.bz2|tbz2?)$/, 3.5], [/\.(tar\.zst)$/, 3.5], [/\.tar$/, 1], [/\.zip$/, 2.5], [/\.(gz|xz|bz2)$/, 3]];

function unpackedOf(inv: Invocation, a: Archive): Unpacked {
  const known = a.url !== undefined ? lookupArtifact(a.url)?.artifact : undefined;
  if (known?.extract !== undefined) {
    if (known.estimated) noteEstimate(inv, `${known.filename}: ${known.estimateBasis ?? 'unpacked size estimated'}`);
    return { topDir: known.extract.topDir, bytes: known.extract.bytes, fileCount: known.extract.fileCount, source: `${known.filename} unpacked (${known.source})` };
  }
  const base = a.name.split('/').pop() ?? 'archive';
  const ratio = RATIOS.find(([re]) => re.test(base))?.[1] ?? 2.8;
  const guess = a.url !== undefined ? estimateArtifact(a.url).artifact.extract : undefined;
  noteEstimate(inv, `${base}: unpacked size estimated at ${ratio}x the archive (${a.bytes} B), typical for its type`);
  return { topDir: guess?.topDir || base.replace(/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst|tar|zip)$/, ''), bytes: Math.round(a.bytes * ratio), fileCount: Math.max(1, Math.round((a.bytes * ratio) / 30_000)), source: `${base} unpacked (estimate: ${ratio}x the archive)` };
}

function archiveFrom(inv: Invocation, file: string | undefined): Archive | string {
  if (file === undefined || file === '-') {
    const d = stdinData(inv);
    const seed = d.opaque?.seed ?? '';
    const url = seed.startsWith('download:') ? seed.slice(9) : undefined;
    return { name: url?.split('/').pop() ?? 'stdin.tar.gz', ...(url !== undefined ? { url } : {}), bytes: d.opaque?.size ?? d.text.length };
  }
  const loc = locate(inv.sh.shared.tree, abs(inv, file));
  if (loc.status === 'in-bulk') return { name: file, bytes: Math.round(loc.bulk.size / Math.max(1, loc.bulk.fileCount)) };
  if (loc.status !== 'found' || loc.entry.kind !== 'file') return `${file}: Cannot open: No such file or directory`;
  const e: Entry = loc.entry;
  const url = typeof e.origin?.url === 'string' ? e.origin.url : undefined;
  return { name: file, ...(url !== undefined ? { url } : {}), bytes: e.size };
}

function extractInto(inv: Invocation, dest: string, u: Unpacked, strip: number): void {
  const target = strip > 0 || u.topDir === '' ? dest : `${dest === '/' ? '' : dest}/${u.topDir}`;
  putBulk(inv, target, { size: u.bytes, fileCount: u.fileCount, source: u.source }, { category: 'downloads', packageName: u.topDir });
  addTime(inv, unpackMs(u.bytes) * 2, `extract: ${unpackModel(u.bytes)} (x2 for decompression)`);
}

/** `tar xzf file -C dir`: old-style bundled letters, whose arguments follow in order. */
function oldStyle(input: readonly string[]): string[] {
  const first = input[0];
  if (first === undefined || first.startsWith('-') || !/^[ctxrAuzjJvfpOkCmoSwhlP]+$/.test(first)) return [...input];
  const rest = input.slice(1);
  const out: string[] = [];
  for (const letter of first) {
    out.push(`-${letter}`);
    if ('fCbTXN'.includes(letter) && rest.length > 0) out.push(rest.shift() ?? '');
  }
  return [...out, ...rest];
}

export function tarCmd(inv: Invocation): number {
  const args = oldStyle(inv.args);
  const p = parseArgs(args, ['f', 'file', 'C', 'directory', 'strip-components', 'exclude', 'transform', 'owner', 'group', 'mode', 'I', 'use-compress-program', 'T', 'X', 'wildcards']);
  const file = p.values.get('f')?.[0] ?? p.values.get('file')?.[0];
  const dir = abs(inv, p.values.get('C')?.[0] ?? p.values.get('directory')?.[0] ?? '.');
  if (p.flags.has('x') || p.flags.has('extract') || p.flags.has('get')) {
    const a = archiveFrom(inv, file);
    if (typeof a === 'string') {
      printErr(inv, `tar: ${a}\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
    const d = locate(inv.sh.shared.tree, dir);
    if (d.status === 'missing' || d.status === 'error') {
      printErr(inv, `tar: ${p.values.get('C')?.[0] ?? dir}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
    extractInto(inv, dir, unpackedOf(inv, a), Number(p.values.get('strip-components')?.[0] ?? '0'));
    return 0;
  }
  if (p.flags.has('c') || p.flags.has('create')) {
    let bytes = 0;
    for (const src of p.operands) bytes += totals(inv.sh.shared.tree, abs(inv, `${dir}/${src}`))?.size ?? 0;
    const compressed = p.flags.has('z') || p.flags.has('gzip') ? 2.8 : p.flags.has('J') || p.flags.has('xz') ? 4.5 : p.flags.has('j') ? 3.5 : 1;
    const size = Math.round(bytes / compressed);
    if (file === undefined || file === '-') inv.io.stdout.writeOpaque(size, `tar:${p.operands.join(',')}`);
    else putFile(inv, file, { size, seed: `tar:${p.operands.join(',')}:${bytes}` }, { category: 'build-output' });
    addTime(inv, unpackMs(bytes) * 2, `tar: ${unpackModel(bytes)}`);
    return 0;
  }
  return 0;
}

export function unzipCmd(inv: Invocation): number {
  const p = parseArgs(inv.args, ['d', 'x']);
  const [file] = p.operands;
  const a = archiveFrom(inv, file);
  if (typeof a === 'string' || file === undefined) {
    printErr(inv, `unzip:  cannot find or open ${file ?? ''}, ${file ?? ''}.zip or ${file ?? ''}.ZIP.\n`);
    return 9;
  }
  const u = unpackedOf(inv, a);
  const dest = p.values.get('d')?.[0];
  if (dest !== undefined) extractInto(inv, abs(inv, dest), { ...u, topDir: '' }, 0);
  else extractInto(inv, inv.sh.cwd, u, 0);
  return 0;
}

/** gzip/gunzip/xz/unxz/bzip2/bunzip2 on one file (or `-c` to stdout). */
export function compressCmd(inv: Invocation): number {
  const p = parseArgs(inv.args, ['S', 'T']);
  const decompress = /^(gunzip|unxz|bunzip2|zcat|xzcat|bzcat)$/.test(inv.name) || p.flags.has('d') || p.flags.has('decompress');
  const toStdout = p.flags.has('c') || p.flags.has('stdout') || /cat$/.test(inv.name);
  const ext = inv.name.includes('xz') ? '.xz' : inv.name.includes('bz') ? '.bz2' : '.gz';
  const ratio = ext === '.xz' ? 4.5 : ext === '.bz2' ? 3.5 : 3;
  let status = 0;
  for (const file of p.operands) {
    const path = abs(inv, file);
    const loc = locate(inv.sh.shared.tree, path);
    if (loc.status !== 'found' || loc.entry.kind !== 'file') {
      printErr(inv, `${inv.name}: ${file}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const size = decompress ? Math.round(loc.entry.size * ratio) : Math.round(loc.entry.size / ratio);
    const out = decompress ? path.replace(/\.(gz|xz|bz2|tgz)$/, (m) => (m === '.tgz' ? '.tar' : '')) : `${path}${ext}`;
    if (toStdout) {
      inv.io.stdout.writeOpaque(size, `${inv.name}:${loc.entry.digest}`);
      continue;
    }
    putFile(inv, out, { size, seed: `${inv.name}:${loc.entry.digest}`, mode: loc.entry.mode }, { ...(loc.entry.origin ?? {}) });
    if (!p.flags.has('k') && !p.flags.has('keep')) {
      const r = remove(inv.sh.shared.tree, path, { force: true });
      if (r.ok) inv.sh.shared.tree = r.tree;
    }
    if (decompress) noteEstimate(inv, `${inv.name} ${file}: decompressed size estimated at ${ratio}x`);
  }
  return status;
}
