/**
 * Turning `USER` / `--chown` values into numeric ids, the way BuildKit does when it creates files:
 * numbers are taken as they are; names are looked up in the image's /etc/passwd and /etc/group.
 * Our base-image skeletons often list those files by size only, so well-known users of the
 * official images stand in, and an unknown name falls back to 1000 with a note.
 */
import { getEntry, type FileTree } from '../fs';

export interface ResolvedUser {
  uid: number;
  gid: number;
  /** Set when the ids are a guess (the name was not found in a readable passwd file). */
  note?: string;
}

/** Users the official images create, with their usual ids (alpine ids where they differ). */
const KNOWN: Record<string, [number, number]> = {
  root: [0, 0], daemon: [1, 1], bin: [2, 2], nobody: [65534, 65534], node: [1000, 1000], nonroot: [65532, 65532],
  'www-data': [82, 82], nginx: [101, 101], postgres: [999, 999], redis: [999, 1000], mysql: [999, 999],
  neo4j: [7474, 7474], zookeeper: [1000, 1000], app: [1000, 1000],
};

function readTable(tree: FileTree, path: string): Map<string, [number, number]> | null {
  const entry = getEntry(tree, path);
  if (entry?.kind !== 'file' || entry.content === undefined) return null;
  const table = new Map<string, [number, number]>();
  for (const line of entry.content.split('\n')) {
    const fields = line.split(':');
    if (fields.length < 3 || fields[0] === '') continue;
    const id = Number(fields[2]);
    const gid = path.endsWith('passwd') ? Number(fields[3]) : id;
    if (Number.isInteger(id)) table.set(fields[0]!, [id, Number.isInteger(gid) ? gid : id]);
  }
  return table;
}

function lookup(name: string, table: Map<string, [number, number]> | null, which: 'user' | 'group'): { id: number; gid: number; note?: string } {
  if (/^\d+$/.test(name)) return { id: Number(name), gid: Number(name) };
  const found = table?.get(name) ?? (table === null ? KNOWN[name] : undefined) ?? (name === 'root' ? KNOWN.root : undefined);
  if (found !== undefined) return { id: found[0], gid: found[1] };
  const guess = KNOWN[name] ?? [1000, 1000];
  return { id: guess[0], gid: guess[1], note: `${which} "${name}" is not in the simulated image's ${which === 'user' ? '/etc/passwd' : '/etc/group'}; assumed id ${guess[0]}` };
}

/** `user`, `user:group`, `uid:gid`; '' is root. */
export function resolveUser(tree: FileTree, spec: string): ResolvedUser {
  if (spec === '') return { uid: 0, gid: 0 };
  const colon = spec.indexOf(':');
  const userPart = colon < 0 ? spec : spec.slice(0, colon);
  const groupPart = colon < 0 ? '' : spec.slice(colon + 1);
  const user = lookup(userPart, readTable(tree, '/etc/passwd'), 'user');
  const out: ResolvedUser = { uid: user.id, gid: user.gid };
  if (groupPart !== '') {
    const group = lookup(groupPart, readTable(tree, '/etc/group'), 'group');
    out.gid = group.id;
    if (group.note) out.note = group.note;
  }
  if (user.note) out.note = user.note;
  return out;
}
