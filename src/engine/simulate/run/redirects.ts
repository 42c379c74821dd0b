/**
 * Redirections: `>`, `>>`, `>|`, `&>`, `<`, here-documents, `<<<`, and fd duplication (`2>&1`,
 * `>&2`). Output to a file is collected while the command runs and written into the virtual
 * filesystem when it ends; `>` truncates (creates) the file first, as open(2) with O_TRUNC does.
 * Errors read like dash's: `cannot create /x/y: Directory nonexistent`.
 */
import { getEntry, locate, parentPath, resolveAgainst, utf8Length, writeFile } from '../../fs';
import type { Redirect } from './shell/ast';
import { expandHeredoc, expandString } from './shell/expandWord';
import { expandContext } from './expansion';
import { BufferSink, NULL_SINK } from './sinks';
import type { Data, Io, Shell, Sink } from './state';
import { fileAttrs } from './fileAttrs';

/** Output bound for a file, written when the command is done. */
export class FileSink extends BufferSink {
  constructor(
    readonly path: string,
    readonly append: boolean,
  ) {
    super();
  }
}

export type OpenResult = { ok: true; io: Io; files: FileSink[] } | { ok: false; message: string };

function readInput(sh: Shell, path: string): Data | string {
  if (path === '/dev/null') return { text: '' };
  const abs = resolveAgainst(sh.cwd, path);
  const loc = locate(sh.shared.tree, abs);
  if (loc.status === 'in-bulk') return { text: '', opaque: { size: 0, seed: abs } };
  if (loc.status !== 'found') return `cannot open ${path}: No such file`;
  const e = loc.entry;
  if (e.kind !== 'file') return { text: '' };
  if (e.content !== undefined) return { text: e.content };
  return { text: '', opaque: { size: e.size, seed: e.digest } };
}

function openOutput(sh: Shell, path: string, append: boolean): FileSink | string {
  const abs = resolveAgainst(sh.cwd, path);
  const tree = sh.shared.tree;
  const parent = getEntry(tree, parentPath(abs));
  const parentLoc = locate(tree, parentPath(abs));
  if (parentLoc.status !== 'in-bulk' && (parent === undefined || (parent.kind !== 'dir' && parent.kind !== 'bulk'))) {
    return `cannot create ${path}: Directory nonexistent`;
  }
  const existing = getEntry(tree, abs);
  if (existing !== undefined && (existing.kind === 'dir' || existing.kind === 'bulk')) return `cannot create ${path}: Is a directory`;
  if (existing === undefined || !append) {
    const r = writeFile(tree, abs, { content: '', ...fileAttrs(sh, existing === undefined) });
    if (!r.ok) return `cannot create ${path}: ${r.error.message}`;
    sh.shared.tree = r.tree;
  }
  return new FileSink(abs, append);
}

function special(path: string, io: Io): Sink | undefined {
  if (path === '/dev/null') return NULL_SINK;
  if (path === '/dev/stdout' || path === '/proc/self/fd/1') return io.stdout;
  if (path === '/dev/stderr' || path === '/proc/self/fd/2') return io.stderr;
  return undefined;
}

/** Apply `redirects` on top of `io`. */
export function openRedirects(sh: Shell, redirects: readonly Redirect[], base: Io): OpenResult {
  const io: Io = { ...base };
  const files: FileSink[] = [];
  for (const r of redirects) {
    const ctx = expandContext(sh, io);
    if (r.op === '<<' || r.op === '<<-') {
      if (r.heredoc === undefined) continue;
      const body = expandHeredoc(r.heredoc, ctx);
      if (!body.ok) return { ok: false, message: body.error };
      if ((r.fd ?? 0) === 0) io.stdin = { text: body.value };
      continue;
    }
    const target = expandString(r.target, ctx);
    if (!target.ok) return { ok: false, message: target.error };
    const path = target.value;
    const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
    switch (r.op) {
      case '<<<':
        if (fd === 0) io.stdin = { text: `${path}\n` };
        break;
      case '<':
      case '<>': {
        const data = readInput(sh, path);
        if (typeof data === 'string') return { ok: false, message: data };
        if (fd === 0) io.stdin = data;
        break;
      }
      case '<&':
      case '>&': {
        if (/^\d+$/.test(path) || path === '-') {
          const src = path === '-' ? NULL_SINK : path === '2' ? io.stderr : path === '1' ? io.stdout : undefined;
          if (src === undefined) break;
          if (fd === 1) io.stdout = src;
          else if (fd === 2) io.stderr = src;
          break;
        }
        // bash: `>&file` is `&>file`.
        const sink = special(path, io) ?? openOutput(sh, path, false);
        if (typeof sink === 'string') return { ok: false, message: sink };
        if (sink instanceof FileSink) files.push(sink);
        io.stdout = sink;
        io.stderr = sink;
        break;
      }
      default: {
        const append = r.op === '>>' || r.op === '&>>';
        const sink = special(path, io) ?? openOutput(sh, path, append);
        if (typeof sink === 'string') return { ok: false, message: sink };
        if (sink instanceof FileSink) files.push(sink);
        if (r.op === '&>' || r.op === '&>>') {
          io.stdout = sink;
          io.stderr = sink;
        } else if (fd === 1) io.stdout = sink;
        else if (fd === 2) io.stderr = sink;
      }
    }
  }
  return { ok: true, io, files };
}

/** Write what the command sent to its output files. */
export function flushFiles(sh: Shell, files: readonly FileSink[]): void {
  for (const f of files) {
    const existing = getEntry(sh.shared.tree, f.path);
    if (existing === undefined || existing.kind !== 'file') continue;
    const before = f.append ? existing : undefined;
    if (f.text === '' && f.opaqueSize === 0) continue;
    const opaque = f.opaqueSize > 0 || (before !== undefined && before.content === undefined && before.size > 0);
    const spec = opaque
      ? { size: (before?.size ?? 0) + utf8Length(f.text) + f.opaqueSize, seed: `${before?.digest ?? ''}+${f.seeds.join('+')}+${f.text}` }
      : { content: (before?.content ?? '') + f.text };
    const r = writeFile(sh.shared.tree, f.path, { ...spec, mtime: sh.shared.ctx.mtime });
    if (r.ok) sh.shared.tree = r.tree;
  }
}
