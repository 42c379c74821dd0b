/**
 * Accounts: useradd/groupadd/usermod (shadow-utils on Debian), adduser/addgroup (Debian's
 * adduser, or BusyBox's with its short options on Alpine), chpasswd/passwd. They rewrite
 * /etc/passwd, /etc/group and /etc/shadow, create the home directory from /etc/skel, and, like
 * shadow's useradd without `--no-log-init`, grow /var/log/lastlog and faillog to (uid+1)
 * records: a huge uid makes a huge layer (moby/moby#5419).
 */
import { getEntry, mkdir, writeFile } from '../../../fs';
import { fileAttrs } from '../fileAttrs';
import { accountText, readGroups, readPasswd } from '../users';
import { parseArgs, printErr } from './api';
import { busybox } from './fsCommon';
import type { Handler, Invocation } from './types';

/** struct lastlog is 292 bytes on x86_64; struct faillog 32 bytes. */
const LASTLOG_RECORD = 292;
const FAILLOG_RECORD = 32;

/** /etc/skel on Debian: .bashrc 3,526 B, .profile 807 B, .bash_logout 220 B. */
const DEBIAN_SKEL: [string, number][] = [['.bashrc', 3526], ['.profile', 807], ['.bash_logout', 220]];

function write(inv: Invocation, path: string, content: string): void {
  const r = writeFile(inv.sh.shared.tree, path, { content, mtime: inv.sh.shared.ctx.mtime, origin: fileAttrs(inv.sh).origin });
  if (r.ok) inv.sh.shared.tree = r.tree;
}

function append(inv: Invocation, path: '/etc/passwd' | '/etc/group', line: string): void {
  const text = accountText(inv.sh.shared.tree, path);
  write(inv, path, text + (text.endsWith('\n') || text === '' ? '' : '\n') + line + '\n');
  if (path === '/etc/passwd') {
    const shadow = getEntry(inv.sh.shared.tree, '/etc/shadow');
    const before = shadow?.kind === 'file' && shadow.content !== undefined ? shadow.content : readPasswd(inv.sh.shared.tree).filter((p) => p.name !== line.split(':')[0]).map((p) => `${p.name}:*:19000:0:99999:7:::\n`).join('');
    write(inv, '/etc/shadow', `${before}${line.split(':')[0] ?? ''}:!:19000:0:99999:7:::\n`);
  }
}

function freeId(used: Set<number>, from: number, to: number, down: boolean): number {
  if (down) {
    for (let i = to; i >= from; i -= 1) if (!used.has(i)) return i;
  } else for (let i = from; i <= to; i += 1) if (!used.has(i)) return i;
  return from;
}

interface NewUser {
  name: string;
  uid?: number;
  group?: string;
  gid?: number;
  extraGroups: string[];
  home?: string;
  shell: string;
  system: boolean;
  createHome: boolean;
  userGroup: boolean;
  logInit: boolean;
  systemDown: boolean;
  gecos: string;
}

function groupId(inv: Invocation, group: string | undefined): number | undefined | null {
  if (group === undefined) return undefined;
  if (/^\d+$/.test(group)) return Number(group);
  return readGroups(inv.sh.shared.tree).find((g) => g.name === group)?.gid ?? null;
}

function createUser(inv: Invocation, u: NewUser): number {
  const passwd = readPasswd(inv.sh.shared.tree);
  if (passwd.some((p) => p.name === u.name)) {
    printErr(inv, busybox(inv) ? `adduser: user '${u.name}' in use\n` : `${inv.name}: user '${u.name}' already exists\n`);
    return inv.name === 'useradd' ? 9 : 1;
  }
  const used = new Set(passwd.map((p) => p.uid));
  const uid = u.uid ?? (u.system ? freeId(used, 100, 999, u.systemDown) : freeId(used, 1000, 59999, false));
  let gid = groupId(inv, u.group);
  if (gid === null) {
    printErr(inv, `${inv.name}: group '${u.group ?? ''}' does not exist\n`);
    return 6;
  }
  if (gid === undefined) {
    if (u.userGroup) {
      const groups = readGroups(inv.sh.shared.tree);
      const existing = groups.find((g) => g.name === u.name);
      gid = existing?.gid ?? (groups.some((g) => g.gid === uid) ? freeId(new Set(groups.map((g) => g.gid)), u.system ? 100 : 1000, 59999, false) : uid);
      if (existing === undefined) append(inv, '/etc/group', `${u.name}:x:${gid}:`);
    } else gid = u.system ? 65534 : 100;
  }
  // Debian's adduser gives system users /nonexistent; shadow's useradd and BusyBox use /home/<name>.
  const home = u.home ?? (u.system && inv.name === 'adduser' && !busybox(inv) ? '/nonexistent' : `/home/${u.name}`);
  append(inv, '/etc/passwd', `${u.name}:x:${uid}:${gid}:${u.gecos}:${home}:${u.shell}`);
  for (const g of u.extraGroups) addMember(inv, g, u.name);
  if (u.createHome && getEntry(inv.sh.shared.tree, home) === undefined) {
    const r = mkdir(inv.sh.shared.tree, home, { parents: true, uid, gid, mode: 0o755, mtime: inv.sh.shared.ctx.mtime, origin: fileAttrs(inv.sh).origin });
    if (r.ok) inv.sh.shared.tree = r.tree;
    if (!busybox(inv)) {
      for (const [f, size] of DEBIAN_SKEL) {
        const w = writeFile(inv.sh.shared.tree, `${home}/${f}`, { size, seed: `/etc/skel/${f}`, uid, gid, mtime: inv.sh.shared.ctx.mtime });
        if (w.ok) inv.sh.shared.tree = w.tree;
      }
    }
  }
  if (u.logInit && inv.name === 'useradd' && !busybox(inv)) {
    for (const [path, rec] of [['/var/log/lastlog', LASTLOG_RECORD], ['/var/log/faillog', FAILLOG_RECORD]] as const) {
      const w = writeFile(inv.sh.shared.tree, path, { size: (uid + 1) * rec, seed: `${path}:${uid}`, mtime: inv.sh.shared.ctx.mtime, mode: 0o664 });
      if (w.ok) inv.sh.shared.tree = w.tree;
    }
  }
  return 0;
}

function addMember(inv: Invocation, group: string, user: string): boolean {
  const text = accountText(inv.sh.shared.tree, '/etc/group');
  let found = false;
  const next = text
    .split('\n')
    .map((line) => {
      const f = line.split(':');
      if (f[0] !== group || f.length < 4) return line;
      found = true;
      const members = (f[3] ?? '').split(',').filter((m) => m !== '' && m !== user);
      return `${f.slice(0, 3).join(':')}:${[...members, user].join(',')}`;
    })
    .join('\n');
  if (found) write(inv, '/etc/group', next);
  return found;
}

export const useraddCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['u', 'uid', 'g', 'gid', 'G', 'groups', 'd', 'home-dir', 's', 'shell', 'c', 'comment', 'k', 'K', 'e', 'f', 'p', 'b']);
  const name = p.operands[p.operands.length - 1];
  if (name === undefined) {
    printErr(inv, 'Usage: useradd [options] LOGIN\n');
    return 2;
  }
  const uidText = p.values.get('u')?.[0] ?? p.values.get('uid')?.[0];
  return createUser(inv, {
    name,
    ...(uidText !== undefined ? { uid: Number(uidText) } : {}),
    ...(p.values.has('g') || p.values.has('gid') ? { group: p.values.get('g')?.[0] ?? p.values.get('gid')?.[0] ?? '' } : {}),
    extraGroups: (p.values.get('G')?.[0] ?? p.values.get('groups')?.[0] ?? '').split(',').filter((g) => g !== ''),
    ...(p.values.has('d') || p.values.has('home-dir') ? { home: p.values.get('d')?.[0] ?? p.values.get('home-dir')?.[0] ?? '' } : {}),
    shell: p.values.get('s')?.[0] ?? p.values.get('shell')?.[0] ?? '/bin/sh',
    system: p.flags.has('r') || p.flags.has('system'),
    createHome: p.flags.has('m') || p.flags.has('create-home'),
    userGroup: !(p.flags.has('N') || p.flags.has('no-user-group')),
    logInit: !(p.flags.has('l') || p.flags.has('no-log-init')),
    systemDown: true,
    gecos: p.values.get('c')?.[0] ?? p.values.get('comment')?.[0] ?? '',
  });
};

export const adduserCmd: Handler = (inv) => {
  if (busybox(inv)) {
    const p = parseArgs(inv.args, ['h', 'g', 's', 'G', 'u', 'k', 'home', 'gecos', 'shell', 'ingroup', 'uid']);
    const [name, group] = p.operands;
    if (name === undefined) return 1;
    if (group !== undefined) return addMember(inv, group, name) ? 0 : 1;
    const v = (...keys: string[]): string | undefined => keys.map((k) => p.values.get(k)?.[0]).find((x) => x !== undefined);
    const uid = v('u', 'uid');
    const system = p.flags.has('S') || p.flags.has('system');
    const ingroup = v('G', 'ingroup');
    const home = v('h', 'home');
    return createUser(inv, {
      name, ...(uid !== undefined ? { uid: Number(uid) } : {}), ...(ingroup !== undefined ? { group: ingroup } : {}),
      extraGroups: [], ...(home !== undefined ? { home } : {}), shell: v('s', 'shell') ?? (system ? '/sbin/nologin' : '/bin/sh'),
      system, createHome: !p.flags.has('H') && !p.flags.has('no-create-home'), userGroup: !system, logInit: false, systemDown: false, gecos: v('g', 'gecos') ?? 'Linux User,,,',
    });
  }
  const p = parseArgs(inv.args, ['uid', 'gid', 'ingroup', 'home', 'shell', 'gecos', 'comment', 'firstuid', 'lastuid']);
  const [name, group] = p.operands;
  if (name === undefined) return 1;
  if (group !== undefined) return addMember(inv, group, name) ? 0 : 1;
  const system = p.flags.has('system');
  if (p.flags.has('group') && system) return groupCreate(inv, name, p.values.get('gid')?.[0], true);
  const uid = p.values.get('uid')?.[0];
  return createUser(inv, {
    name, ...(uid !== undefined ? { uid: Number(uid) } : {}),
    ...(p.values.has('ingroup') || p.values.has('gid') ? { group: p.values.get('ingroup')?.[0] ?? p.values.get('gid')?.[0] ?? '' } : {}),
    extraGroups: [], ...(p.values.has('home') ? { home: p.values.get('home')?.[0] ?? '' } : {}),
    shell: p.values.get('shell')?.[0] ?? (system ? '/usr/sbin/nologin' : '/bin/bash'), system, createHome: !p.flags.has('no-create-home') && !system,
    userGroup: !system || p.flags.has('group'), logInit: false, systemDown: false, gecos: p.values.get('gecos')?.[0] ?? p.values.get('comment')?.[0] ?? '',
  });
};

function groupCreate(inv: Invocation, name: string, gidText: string | undefined, system: boolean): number {
  const groups = readGroups(inv.sh.shared.tree);
  if (groups.some((g) => g.name === name)) {
    printErr(inv, busybox(inv) ? `addgroup: group '${name}' in use\n` : `${inv.name}: group '${name}' already exists\n`);
    return inv.name === 'groupadd' ? 9 : 1;
  }
  const used = new Set(groups.map((g) => g.gid));
  const gid = gidText !== undefined ? Number(gidText) : system ? freeId(used, 100, 999, inv.name === 'groupadd') : freeId(used, 1000, 59999, false);
  append(inv, '/etc/group', `${name}:x:${gid}:`);
  return 0;
}

export const groupaddCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['g', 'gid', 'K', 'p']);
  const name = p.operands[p.operands.length - 1];
  if (name === undefined) return 2;
  if (p.flags.has('f') && readGroups(inv.sh.shared.tree).some((g) => g.name === name)) return 0;
  return groupCreate(inv, name, p.values.get('g')?.[0] ?? p.values.get('gid')?.[0], p.flags.has('r') || p.flags.has('system'));
};

export const addgroupCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['g', 'gid']);
  const [name, group] = p.operands;
  if (name === undefined) return 1;
  if (group !== undefined) return addMember(inv, group, name) ? 0 : 1;
  return groupCreate(inv, name, p.values.get('g')?.[0] ?? p.values.get('gid')?.[0], p.flags.has('S') || p.flags.has('system'));
};

export const usermodCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['G', 'groups', 'u', 'uid', 'g', 'gid', 'd', 'home', 's', 'shell', 'l', 'login', 'c']);
  const name = p.operands[p.operands.length - 1] ?? '';
  const groups = (p.values.get('G')?.[0] ?? p.values.get('groups')?.[0] ?? '').split(',').filter((g) => g !== '');
  for (const g of groups) addMember(inv, g, name);
  const text = accountText(inv.sh.shared.tree, '/etc/passwd');
  const next = text.split('\n').map((line) => {
    const f = line.split(':');
    if (f[0] !== name) return line;
    const uid = p.values.get('u')?.[0] ?? p.values.get('uid')?.[0];
    const home = p.values.get('d')?.[0] ?? p.values.get('home')?.[0];
    const shell = p.values.get('s')?.[0] ?? p.values.get('shell')?.[0];
    if (uid !== undefined) f[2] = uid;
    if (home !== undefined) f[5] = home;
    if (shell !== undefined) f[6] = shell;
    return f.join(':');
  });
  if (!readPasswd(inv.sh.shared.tree).some((u) => u.name === name)) {
    printErr(inv, `usermod: user '${name}' does not exist\n`);
    return 6;
  }
  write(inv, '/etc/passwd', next.join('\n'));
  return 0;
};
