/**
 * Reads Debian's package index on this machine (Debian 12 bookworm, after `apt-get update`)
 * through `apt-cache dumpavail`, which prints the candidate stanza of every available package.
 */
import { writeFileSync } from 'node:fs';
import { run } from './common';

export interface DebStanza {
  name: string;
  version: string;
  installedKiB: number;
  sizeBytes: number;
  depends: string[];
  recommends: string[];
  provides: string[];
  priority: string;
  essential: boolean;
}

function fields(stanza: string): Map<string, string> {
  const map = new Map<string, string>();
  let key = '';
  for (const line of stanza.split('\n')) {
    if (line.startsWith(' ') && key !== '') {
      map.set(key, `${map.get(key) ?? ''}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    key = line.slice(0, colon);
    map.set(key, line.slice(colon + 1).trim());
  }
  return map;
}

/** `libc6 (>= 2.34), a:any | b (<< 2)` -> ['libc6', 'a|b'] (versions and arch qualifiers dropped). */
export function parseRelations(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((group) =>
    group
      .split('|')
      .map((alt) => alt.trim().replace(/\s*\(.*?\)\s*/g, '').replace(/\s*\[.*?\]\s*/g, '').replace(/:\w+$/, ''))
      .filter((alt) => alt !== '')
      .join('|'),
  ).filter((group) => group !== '');
}

/**
 * Reads the repositories' candidates only: an empty dpkg status hides packages installed on this
 * machine from elsewhere (a local .deb would otherwise shadow Debian's version).
 */
export function readDebIndex(): Map<string, DebStanza> {
  const emptyStatus = '/tmp/stagecraft-empty-dpkg-status';
  writeFileSync(emptyStatus, '');
  const dump = run('apt-cache', ['-o', `Dir::State::status=${emptyStatus}`, 'dumpavail']);
  const index = new Map<string, DebStanza>();
  for (const stanza of dump.split(/\n\n+/)) {
    const f = fields(stanza);
    const name = f.get('Package');
    if (name === undefined) continue;
    if (f.get('Architecture') !== undefined && !['amd64', 'all'].includes(f.get('Architecture') ?? '')) continue;
    index.set(name, {
      name,
      version: f.get('Version') ?? '',
      installedKiB: Number(f.get('Installed-Size') ?? 0),
      sizeBytes: Number(f.get('Size') ?? 0),
      depends: [...parseRelations(f.get('Pre-Depends')), ...parseRelations(f.get('Depends'))],
      recommends: parseRelations(f.get('Recommends')),
      provides: parseRelations(f.get('Provides')).map((p) => p.split('|')[0] ?? p),
      priority: f.get('Priority') ?? 'optional',
      essential: f.get('Essential') === 'yes',
    });
  }
  return index;
}

/** Virtual name -> provider: a required/important provider first, then the alphabetically first. */
export function virtualProviders(index: Map<string, DebStanza>): Map<string, string> {
  const rank: Record<string, number> = { required: 0, important: 1, standard: 2, optional: 3, extra: 4 };
  const candidates = new Map<string, DebStanza[]>();
  for (const stanza of index.values()) {
    for (const provided of stanza.provides) {
      if (index.has(provided)) continue;
      candidates.set(provided, [...(candidates.get(provided) ?? []), stanza]);
    }
  }
  const out = new Map<string, string>();
  for (const [name, list] of candidates) {
    list.sort((a, b) => (rank[a.priority] ?? 5) - (rank[b.priority] ?? 5) || a.name.localeCompare(b.name));
    out.set(name, list[0]?.name ?? '');
  }
  return out;
}

/** Every provided name -> the packages providing it (real names included: sysvinit-utils provides lsb-base). */
export function allProviders(index: Map<string, DebStanza>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const stanza of index.values()) {
    for (const provided of stanza.provides) out.set(provided, [...(out.get(provided) ?? []), stanza.name]);
  }
  return out;
}
