/**
 * The account database a RUN sees: /etc/passwd and /etc/group. Base images keep these inside
 * bulk entries (their text is not in the catalog), so until a command writes them we use the
 * distribution's stock tables (Debian base-passwd, Alpine alpine-baselayout), plus the users
 * official images add (`node` uid 1000 in node images, `nonroot` 65532 in distroless).
 */
import { getEntry } from '../../fs';
import type { FileTree } from '../../fs';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
tape:x:26:root
video:x:27:root
netdev:x:28:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

function isAlpineLike(tree: FileTree): boolean {
  return getEntry(tree, '/etc/alpine-release') !== undefined || getEntry(tree, '/bin/busybox') !== undefined;
}

/** The stock /etc/passwd text of the tree's distribution (before any command wrote it). */
export function stockPasswd(tree: FileTree): string {
  const alpine = isAlpineLike(tree);
  let text = alpine ? ALPINE_PASSWD : DEBIAN_PASSWD;
  if (getEntry(tree, '/home/node') !== undefined) text += `node:x:1000:1000::/home/node:${alpine ? '/bin/sh' : '/bin/bash'}\n`;
  if (getEntry(tree, '/home/nonroot') !== undefined) text += 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';
  return text;
}

/** The stock /etc/group text of the tree's distribution. */
export function stockGroup(tree: FileTree): string {
  let text = isAlpineLike(tree) ? ALPINE_GROUP : DEBIAN_GROUP;
  if (getEntry(tree, '/home/node') !== undefined) text += 'node:x:1000:\n';
  if (getEntry(tree, '/home/nonroot') !== undefined) text += 'nonroot:x:65532:\n';
  return text;
}

/** The text of an account file: its content when a command wrote it, else the stock table. */
export function accountText(tree: FileTree, path: '/etc/passwd' | '/etc/group'): string {
  const entry = getEntry(tree, path);
  if (entry?.kind === 'file' && entry.content !== undefined) return entry.content;
  return path === '/etc/passwd' ? stockPasswd(tree) : stockGroup(tree);
}

export function readPasswd(tree: FileTree): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const line of accountText(tree, '/etc/passwd').split('\n')) {
    const f = line.split(':');
    if (f.length < 7) continue;
    out.push({ name: f[0] ?? '', uid: Number(f[2]), gid: Number(f[3]), gecos: f[4] ?? '', home: f[5] ?? '', shell: f[6] ?? '' });
  }
  return out;
}

export function readGroups(tree: FileTree): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const line of accountText(tree, '/etc/group').split('\n')) {
    const f = line.split(':');
    if (f.length < 3) continue;
    out.push({ name: f[0] ?? '', gid: Number(f[2]), members: (f[3] ?? '').split(',').filter((m) => m !== '') });
  }
  return out;
}

/** Home directory of a user name, for `~user`. */
export function homeOfUser(tree: FileTree, user: string): string | undefined {
  return readPasswd(tree).find((p) => p.name === user)?.home;
}

/** What a USER value means for file ownership and HOME: `''` is root; `name`, `uid`, `name:group`. */
export function resolveUser(tree: FileTree, spec: string): { uid: number; gid: number; home: string; name: string } {
  if (spec === '') return { uid: 0, gid: 0, home: '/root', name: 'root' };
  const [userPart = '', groupPart] = spec.split(':');
  const passwd = readPasswd(tree);
  const byName = passwd.find((p) => p.name === userPart);
  const numeric = /^\d+$/.test(userPart) ? Number(userPart) : undefined;
  const entry = byName ?? (numeric !== undefined ? passwd.find((p) => p.uid === numeric) : undefined);
  const uid = entry?.uid ?? numeric ?? 0;
  let gid = entry?.gid ?? uid;
  if (groupPart !== undefined && groupPart !== '') {
    const g = /^\d+$/.test(groupPart) ? Number(groupPart) : readGroups(tree).find((x) => x.name === groupPart)?.gid;
    if (g !== undefined) gid = g;
  }
  return { uid, gid, home: entry?.home ?? '/', name: entry?.name ?? userPart };
}
