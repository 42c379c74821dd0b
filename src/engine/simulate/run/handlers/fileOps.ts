/**
 * mkdir, rm, rmdir, touch, ln: the filesystem edits of coreutils/BusyBox with their errors.
 * `rm -rf dir/*` on a bulk entry empties it (clearDir); a path inside unlisted content leaves a
 * hole whose size is not known (0 bytes, noted). Deleting never shrinks earlier layers.
 */
import { clearDir, getEntry, locate, mkdir, remove, symlink, touch as touchFs } from '../../../fs';
import { fileAttrs } from '../fileAttrs';
import { abs, noteEstimate, parseArgs, printErr } from './api';
import { bulkGlob, busybox, cannot, parentExists } from './fsCommon';
import type { Handler, Invocation } from './types';

function setTree(inv: Invocation, r: { ok: true; tree: typeof inv.sh.shared.tree } | { ok: false }): boolean {
  if (r.ok) inv.sh.shared.tree = r.tree;
  return r.ok;
}

export const mkdirCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['m', 'mode']);
  const parents = p.flags.has('p') || p.flags.has('parents');
  const modeText = p.values.get('m')?.[0] ?? p.values.get('mode')?.[0];
  const mode = modeText !== undefined && /^[0-7]+$/.test(modeText) ? parseInt(modeText, 8) : undefined;
  let status = 0;
  for (const dir of p.operands) {
    const path = abs(inv, dir);
    const r = mkdir(inv.sh.shared.tree, path, { parents, ...fileAttrs(inv.sh), ...(mode !== undefined ? { mode } : {}) });
    if (setTree(inv, r)) continue;
    if (!r.ok) {
      const why = r.error.code === 'EEXIST' ? 'File exists' : r.error.code === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory';
      printErr(inv, cannot(inv, 'create directory', dir, why));
    }
    status = 1;
  }
  return status;
};

export const rmCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  const recursive = p.flags.has('r') || p.flags.has('R') || p.flags.has('recursive');
  const force = p.flags.has('f') || p.flags.has('force');
  let status = 0;
  for (const operand of p.operands) {
    const glob = bulkGlob(inv, operand);
    if (glob !== null) {
      if (glob.kind === 'all') setTree(inv, clearDir(inv.sh.shared.tree, glob.dir));
      else noteEstimate(inv, `rm ${operand}: the files it matches lie in ${glob.bulk}, whose files are not listed one by one; their size is not known, so nothing is subtracted`);
      continue;
    }
    const path = abs(inv, operand);
    const loc = locate(inv.sh.shared.tree, path, { follow: false });
    if (loc.status === 'in-bulk') {
      noteEstimate(inv, `rm ${operand}: removed from ${loc.bulk.path}, whose files are not listed one by one; the size removed is not known`);
      setTree(inv, remove(inv.sh.shared.tree, path, { recursive: true, force: true, estimate: { size: 0, fileCount: 0 } }));
      continue;
    }
    if (loc.status !== 'found') {
      if (!force) {
        printErr(inv, cannot(inv, 'remove', operand, 'No such file or directory'));
        status = 1;
      }
      continue;
    }
    const isDir = loc.entry.kind === 'dir' || loc.entry.kind === 'bulk';
    if (isDir && !recursive) {
      printErr(inv, busybox(inv) ? `rm: '${operand}' is a directory\n` : `rm: cannot remove '${operand}': Is a directory\n`);
      status = 1;
      continue;
    }
    setTree(inv, remove(inv.sh.shared.tree, path, { recursive: true, force: true }));
  }
  if (p.operands.length === 0 && !force) {
    printErr(inv, 'rm: missing operand\n');
    return 1;
  }
  return status;
};

export const rmdirCmd: Handler = (inv) => {
  const p = parseArgs(inv.args);
  let status = 0;
  for (const operand of p.operands) {
    const path = abs(inv, operand);
    const e = getEntry(inv.sh.shared.tree, path);
    if (e === undefined || (e.kind !== 'dir' && e.kind !== 'bulk')) {
      printErr(inv, `rmdir: failed to remove '${operand}': ${e === undefined ? 'No such file or directory' : 'Not a directory'}\n`);
      status = 1;
      continue;
    }
    const r = remove(inv.sh.shared.tree, path, { recursive: true });
    if (!setTree(inv, r)) status = 1;
  }
  return status;
};

export const touchCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['d', 't', 'r', 'date', 'reference']);
  const create = !(p.flags.has('c') || p.flags.has('no-create'));
  let status = 0;
  for (const operand of p.operands) {
    const path = abs(inv, operand);
    if (create && !parentExists(inv, operand)) {
      printErr(inv, busybox(inv) ? `touch: ${operand}: No such file or directory\n` : `touch: cannot touch '${operand}': No such file or directory\n`);
      status = 1;
      continue;
    }
    const existed = getEntry(inv.sh.shared.tree, path) !== undefined;
    const r = touchFs(inv.sh.shared.tree, path, inv.sh.shared.ctx.mtime, { create, ...(existed ? {} : fileAttrs(inv.sh)) });
    setTree(inv, r);
  }
  return status;
};

export const lnCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['t', 'target-directory']);
  const force = p.flags.has('f') || p.flags.has('force');
  const symbolic = p.flags.has('s') || p.flags.has('symbolic');
  const ops = p.operands;
  const targetDir = p.values.get('t')?.[0];
  if (ops.length === 0) {
    printErr(inv, 'ln: missing file operand\n');
    return 1;
  }
  const pairs: [string, string][] = [];
  const last = ops[ops.length - 1] ?? '';
  const lastIsDir = getEntry(inv.sh.shared.tree, abs(inv, targetDir ?? last))?.kind;
  if (targetDir !== undefined) for (const o of ops) pairs.push([o, `${targetDir}/${o.split('/').pop() ?? o}`]);
  else if (ops.length === 1) pairs.push([last, last.split('/').pop() ?? last]);
  else if (ops.length === 2 && lastIsDir !== 'dir' && lastIsDir !== 'bulk') pairs.push([ops[0] ?? '', last]);
  else for (const o of ops.slice(0, -1)) pairs.push([o, `${last}/${o.replace(/\/+$/, '').split('/').pop() ?? o}`]);
  let status = 0;
  for (const [target, link] of pairs) {
    const path = abs(inv, link);
    if (force) setTree(inv, remove(inv.sh.shared.tree, path, { force: true }));
    if (!symbolic) {
      // A hard link shares the file's data: a second name that adds no bytes to the layer is not
      // modelled; a symlink is the closest stand-in.
      noteEstimate(inv, `ln ${target} ${link}: hard links are shown as symbolic links`);
    }
    const r = symlink(inv.sh.shared.tree, path, target, fileAttrs(inv.sh));
    if (!setTree(inv, r)) {
      printErr(inv, busybox(inv) ? `ln: ${link}: File exists\n` : `ln: failed to create symbolic link '${link}': ${!r.ok && r.error.code === 'EEXIST' ? 'File exists' : 'No such file or directory'}\n`);
      status = 1;
    }
  }
  return status;
};
