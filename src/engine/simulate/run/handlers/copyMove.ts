/**
 * cp, mv, install. Copies share structure with their source (O(depth)); new entries belong to
 * the RUN's user and carry this step's mtime unless `-p`/`-a` preserves the source's. A source
 * inside a bulk entry's unlisted content (e.g. /usr/share/zoneinfo/UTC on a Debian skeleton)
 * becomes a file of estimated size.
 */
import { baseName, clearDir, copyFrom, getEntry, locate, mkdir, move, parentPath, remove } from '../../../fs';
import type { CopyOptions, FileTree } from '../../../fs';
import { fileAttrs, runOrigin } from '../fileAttrs';
import { abs, noteEstimate, parseArgs, printErr, putFile } from './api';
import { bulkGlob, cannot } from './fsCommon';
import type { Handler, Invocation } from './types';

function setTree(inv: Invocation, tree: FileTree): void {
  inv.sh.shared.tree = tree;
}

function copyOptions(inv: Invocation, preserve: boolean, mode?: number): CopyOptions {
  const o: CopyOptions = { origin: runOrigin(inv.sh) };
  if (!preserve) {
    o.chown = { uid: inv.sh.shared.owner.uid, gid: inv.sh.shared.owner.gid };
    o.mtime = inv.sh.shared.ctx.mtime;
  }
  if (mode !== undefined) o.chmod = mode;
  return o;
}

/** Where a source lands: inside `dest` when it is a directory (or must be one), else at `dest`. */
function destinationFor(inv: Invocation, source: string, dest: string, intoDir: boolean): string {
  const d = abs(inv, dest);
  const e = getEntry(inv.sh.shared.tree, d);
  if (intoDir || e?.kind === 'dir' || e?.kind === 'bulk') return `${d === '/' ? '' : d}/${baseName(abs(inv, source))}`;
  return d;
}

function copyOne(inv: Invocation, src: string, dest: string, intoDir: boolean, recursive: boolean, preserve: boolean, mode?: number): boolean {
  const tree = inv.sh.shared.tree;
  const glob = bulkGlob(inv, src);
  if (glob?.kind === 'all') {
    const r = copyFrom(tree, glob.dir, tree, abs(inv, dest), { ...copyOptions(inv, preserve, mode), contentsOnly: true });
    if (r.ok) setTree(inv, r.tree);
    return r.ok;
  }
  const contentsOnly = /\/\.\/?$/.test(src);
  const srcPath = abs(inv, src);
  const loc = locate(tree, srcPath);
  if (loc.status === 'in-bulk') {
    const size = Math.min(65_536, Math.round(loc.bulk.size / Math.max(1, loc.bulk.fileCount)));
    noteEstimate(inv, `${inv.name} ${src}: the file lies in ${loc.bulk.path}, whose files are not listed; copied as a ${size}-byte file (the bulk's average file size)`);
    return putFile(inv, destinationFor(inv, src, dest, intoDir), { size, seed: srcPath, ...(mode !== undefined ? { mode } : {}) }).ok;
  }
  if (loc.status !== 'found') {
    printErr(inv, cannot(inv, 'stat', src, 'No such file or directory'));
    return false;
  }
  const isDir = loc.entry.kind === 'dir' || loc.entry.kind === 'bulk';
  if (isDir && !recursive) {
    printErr(inv, inv.name === 'cp' ? `cp: -r not specified; omitting directory '${src}'\n` : `${inv.name}: omitting directory '${src}'\n`);
    return false;
  }
  const target = contentsOnly ? abs(inv, dest) : destinationFor(inv, src, dest, intoDir);
  const parent = locate(tree, parentPath(target));
  if (parent.status !== 'in-bulk' && (parent.status !== 'found' || (parent.entry.kind !== 'dir' && parent.entry.kind !== 'bulk'))) {
    printErr(inv, cannot(inv, isDir ? 'create directory' : 'create regular file', dest, 'No such file or directory'));
    return false;
  }
  const r = copyFrom(tree, srcPath, tree, target, { ...copyOptions(inv, preserve, mode), contentsOnly });
  if (!r.ok) {
    printErr(inv, cannot(inv, 'copy', src, r.error.message));
    return false;
  }
  setTree(inv, r.tree);
  return true;
}

export const cpCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['t', 'target-directory', 'preserve']);
  const archive = p.flags.has('a') || p.flags.has('archive');
  const recursive = archive || p.flags.has('r') || p.flags.has('R') || p.flags.has('recursive');
  const preserve = archive || p.flags.has('p') || p.values.has('preserve');
  const targetDir = p.values.get('t')?.[0] ?? p.values.get('target-directory')?.[0];
  const ops = [...p.operands];
  const dest = targetDir ?? ops.pop();
  if (dest === undefined || ops.length === 0) {
    printErr(inv, `cp: missing destination file operand after '${dest ?? ''}'\n`);
    return 1;
  }
  let status = 0;
  for (const src of ops) if (!copyOne(inv, src, dest, ops.length > 1 || targetDir !== undefined, recursive, preserve)) status = 1;
  return status;
};

export const mvCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['t', 'target-directory']);
  const targetDir = p.values.get('t')?.[0];
  const ops = [...p.operands];
  const dest = targetDir ?? ops.pop();
  if (dest === undefined || ops.length === 0) {
    printErr(inv, `mv: missing destination file operand after '${dest ?? ''}'\n`);
    return 1;
  }
  let status = 0;
  for (const src of ops) {
    const glob = bulkGlob(inv, src);
    if (glob?.kind === 'all') {
      if (copyOne(inv, src, dest, true, true, true)) {
        const r = clearDir(inv.sh.shared.tree, glob.dir);
        if (r.ok) setTree(inv, r.tree);
      } else status = 1;
      continue;
    }
    const srcPath = abs(inv, src);
    const loc = locate(inv.sh.shared.tree, srcPath, { follow: false });
    if (loc.status === 'in-bulk') {
      if (!copyOne(inv, src, dest, ops.length > 1, true, true)) status = 1;
      continue;
    }
    if (loc.status !== 'found') {
      printErr(inv, inv.sh.shared.ctx.osFamily === 'alpine' ? `mv: can't rename '${src}': No such file or directory\n` : `mv: cannot stat '${src}': No such file or directory\n`);
      status = 1;
      continue;
    }
    const target = destinationFor(inv, src, dest, ops.length > 1 || targetDir !== undefined);
    let r = move(inv.sh.shared.tree, srcPath, target);
    if (!r.ok && r.error.code === 'ENOTEMPTY' && p.flags.has('f')) {
      const cleared = remove(inv.sh.shared.tree, target, { recursive: true, force: true });
      if (cleared.ok) r = move(cleared.tree, srcPath, target);
    }
    if (!r.ok) {
      const why = r.error.code === 'ENOTEMPTY' ? 'Directory not empty' : r.error.message;
      printErr(inv, `mv: cannot move '${src}' to '${target}': ${why}\n`);
      status = 1;
      continue;
    }
    setTree(inv, r.tree);
  }
  return status;
};

export const installCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['m', 'mode', 'o', 'owner', 'g', 'group', 't', 'target-directory']);
  const modeText = p.values.get('m')?.[0] ?? p.values.get('mode')?.[0];
  const mode = modeText !== undefined && /^[0-7]+$/.test(modeText) ? parseInt(modeText, 8) : 0o755;
  if (p.flags.has('d') || p.flags.has('directory')) {
    for (const dir of p.operands) putDirs(inv, dir, mode);
    return 0;
  }
  const ops = [...p.operands];
  const targetDir = p.values.get('t')?.[0];
  const dest = targetDir ?? ops.pop();
  if (dest === undefined || ops.length === 0) {
    printErr(inv, 'install: missing destination file operand\n');
    return 1;
  }
  if (p.flags.has('D')) putDirs(inv, targetDir ?? parentPath(abs(inv, dest)), 0o755);
  let status = 0;
  for (const src of ops) if (!copyOne(inv, src, dest, ops.length > 1 || targetDir !== undefined, false, false, mode)) status = 1;
  return status;
};

function putDirs(inv: Invocation, dir: string, mode: number): void {
  const r = mkdir(inv.sh.shared.tree, abs(inv, dir), { parents: true, ...fileAttrs(inv.sh), mode });
  if (r.ok) setTree(inv, r.tree);
}
