/**
 * chmod (octal and symbolic modes, `-R`), chown and chgrp (`user[:group]`, names from
 * /etc/passwd and /etc/group). A recursive change rewrites every entry below, so the layer
 * carries the whole tree again: the classic `chown -R` that doubles an image's size.
 */
import { chmod, chown, locate } from '../../../fs';
import type { EntryKind } from '../../../fs';
import { readGroups, readPasswd } from '../users';
import { abs, noteEstimate, parseArgs, printErr } from './api';
import { bulkGlob, busybox } from './fsCommon';
import type { Handler, Invocation } from './types';

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

/** A mode change from an octal or symbolic mode (`u+x,go-w`), or null when invalid. */
export function parseMode(text: string): ((mode: number, kind: EntryKind) => number) | null {
  if (/^[0-7]{1,4}$/.test(text)) {
    const m = parseInt(text, 8);
    return () => m;
  }
  const clauses = text.split(',');
  const parsed: { who: number; op: string; perms: string }[] = [];
  for (const c of clauses) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(c);
    if (m === null) return null;
    const who = (m[1] ?? '') === '' ? 0o7777 : [...(m[1] ?? '')].reduce((acc, w) => acc | (WHO[w] ?? 0), 0);
    parsed.push({ who, op: m[2] ?? '+', perms: m[3] ?? '' });
  }
  return (mode, kind) => {
    let out = mode;
    for (const { who, op, perms } of parsed) {
      let bits = 0;
      for (const p of perms) {
        if (p === 'r') bits |= 0o444;
        if (p === 'w') bits |= 0o222;
        if (p === 'x') bits |= 0o111;
        if (p === 'X' && (kind === 'dir' || kind === 'bulk' || (mode & 0o111) !== 0)) bits |= 0o111;
        if (p === 's') bits |= 0o6000;
        if (p === 't') bits |= 0o1000;
      }
      bits &= who;
      if (op === '+') out |= bits;
      else if (op === '-') out &= ~bits;
      else out = (out & ~(who & 0o7777)) | bits;
    }
    return out & 0o7777;
  };
}

function targets(inv: Invocation, operands: string[], recursive: boolean, apply: (path: string, recursive: boolean) => boolean): number {
  let status = 0;
  for (const operand of operands) {
    const glob = bulkGlob(inv, operand);
    if (glob !== null) {
      if (glob.kind === 'all') apply(glob.dir, true);
      else noteEstimate(inv, `${inv.name} ${operand}: the files lie in ${glob.bulk}, which is not listed file by file; the change is applied to nothing`);
      continue;
    }
    const path = abs(inv, operand);
    const loc = locate(inv.sh.shared.tree, path);
    if (loc.status === 'in-bulk') {
      noteEstimate(inv, `${inv.name} ${operand}: the path lies in ${loc.bulk.path}, which is not listed file by file; the change is not shown`);
      continue;
    }
    if (loc.status !== 'found') {
      printErr(inv, busybox(inv) ? `${inv.name}: ${operand}: No such file or directory\n` : `${inv.name}: cannot access '${operand}': No such file or directory\n`);
      status = 1;
      continue;
    }
    if (!apply(path, recursive)) status = 1;
  }
  return status;
}

export const chmodCmd: Handler = (inv) => {
  const args = inv.args.filter((a) => !/^-[RfvcH]+$/.test(a) && a !== '--recursive');
  const recursive = inv.args.some((a) => /^-[a-zA-Z]*R/.test(a) || a === '--recursive');
  const [modeText, ...operands] = args;
  const change = parseMode(modeText ?? '');
  if (change === null) {
    printErr(inv, `chmod: invalid mode: '${modeText ?? ''}'\n`);
    return 1;
  }
  return targets(inv, operands, recursive, (path, rec) => {
    const r = chmod(inv.sh.shared.tree, path, change, { recursive: rec });
    if (r.ok) inv.sh.shared.tree = r.tree;
    return r.ok;
  });
};

/** `user[:group]` (or `user.group`, `:group`, `user:`) as ids; an error message when a name is unknown. */
export function parseOwner(inv: Invocation, spec: string, groupOnly: boolean): { uid?: number; gid?: number } | string {
  const sep = spec.includes(':') ? ':' : spec.includes('.') && !groupOnly ? '.' : ':';
  const [userPart = '', groupPart] = groupOnly ? ['', spec] : spec.split(sep);
  const passwd = readPasswd(inv.sh.shared.tree);
  const out: { uid?: number; gid?: number } = {};
  if (userPart !== '') {
    const user = /^\d+$/.test(userPart) ? { uid: Number(userPart), gid: Number(userPart) } : passwd.find((p) => p.name === userPart);
    if (user === undefined) {
      // Packages create system users (postgres, redis ...) that the simulator does not track.
      noteEstimate(inv, `${inv.name} ${spec}: user ${userPart} is not in /etc/passwd as the simulator knows it (a package may create it); ownership is left unchanged`);
      return {};
    }
    out.uid = user.uid;
    if (groupPart === '') out.gid = user.gid;
  }
  if (groupPart !== undefined && groupPart !== '') {
    const gid = /^\d+$/.test(groupPart) ? Number(groupPart) : readGroups(inv.sh.shared.tree).find((g) => g.name === groupPart)?.gid;
    if (gid !== undefined) out.gid = gid;
  }
  return out;
}

function ownerCommand(groupOnly: boolean): Handler {
  return (inv) => {
    const p = parseArgs(inv.args, ['reference', 'from']);
    const recursive = p.flags.has('R') || p.flags.has('recursive');
    const noDeref = p.flags.has('h') || p.flags.has('no-dereference');
    const [spec, ...operands] = p.operands;
    const owner = parseOwner(inv, spec ?? '', groupOnly);
    if (typeof owner === 'string') {
      printErr(inv, owner);
      return 1;
    }
    return targets(inv, operands, recursive, (path, rec) => {
      const r = chown(inv.sh.shared.tree, path, owner, { recursive: rec, follow: !noDeref });
      if (r.ok) inv.sh.shared.tree = r.tree;
      return r.ok;
    });
  };
}

export const chownCmd = ownerCommand(false);
export const chgrpCmd = ownerCommand(true);
