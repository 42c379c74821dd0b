/**
 * The set of Debian packages `apt-get install` would add, computed from a package table the way
 * apt satisfies dependencies: Depends and Pre-Depends (and Recommends, which apt installs by
 * default unless --no-install-recommends), recursively; an OR group is already satisfied when any
 * alternative is present, otherwise its first installable alternative is chosen; a virtual name
 * resolves to its provider. Version constraints and conflicts are not modelled.
 */

/** One package as stored in apt.json (short keys keep the file small; see apt.json `_meta`). */
export interface AptPackageRecord {
  /** Version string from the index. */
  v: string;
  /** Installed-Size in KiB (package only, no dependencies). */
  i: number;
  /** Size of the .deb in bytes (download size). */
  s: number;
  /** Depends + Pre-Depends as OR groups: `libc6`, `libcurl4t64|libcurl4`. */
  d: string[];
  /** Recommends as OR groups. */
  r: string[];
  /** Priority field (`required`, `important`, `optional`, ...). */
  p: string;
  /** Fraction of the installed bytes under slim images' dpkg path-excludes (docs, man, locale). */
  x?: number;
  /** Key into `_meta.sources`. */
  source: string;
}

export interface AptTable {
  packages: Record<string, AptPackageRecord>;
  /** Virtual package name -> chosen provider. */
  virtual: Record<string, string>;
  /** Any name (real or virtual) -> packages that declare `Provides:` for it. */
  providedBy?: Record<string, string[]>;
}

export interface ClosureOptions {
  /** Follow Recommends too (apt's default); false models `--no-install-recommends`. */
  recommends?: boolean;
}

export interface ClosureResult {
  /** Packages to install, in the order apt's resolver would reach them (breadth first). */
  install: string[];
  /** Requested names (or dependencies) the table does not know. */
  unknown: string[];
  /** Requested names already present in the installed set. */
  alreadyInstalled: string[];
}

function resolveName(table: AptTable, name: string): string | undefined {
  if (table.packages[name] !== undefined) return name;
  const provider = table.virtual[name];
  return provider !== undefined && table.packages[provider] !== undefined ? provider : undefined;
}

/** apt counts a dependency as met when the package, or any package providing that name, is present. */
function groupSatisfied(table: AptTable, alternatives: string[], present: Set<string>): boolean {
  return alternatives.some((alt) => present.has(alt) || (table.providedBy?.[alt] ?? []).some((p) => present.has(p)));
}

/** Packages that `apt-get install names...` adds on top of `installed`. */
export function computeAptClosure(
  table: AptTable,
  names: readonly string[],
  installed: ReadonlySet<string>,
  options: ClosureOptions = {},
): ClosureResult {
  const withRecommends = options.recommends ?? true;
  const present = new Set(installed);
  const install: string[] = [];
  const unknown: string[] = [];
  const alreadyInstalled: string[] = [];
  const queue: string[] = [];

  const add = (name: string): void => {
    present.add(name);
    install.push(name);
    queue.push(name);
  };

  for (const requested of names) {
    const resolved = resolveName(table, requested);
    if (resolved === undefined) {
      unknown.push(requested);
      continue;
    }
    if (present.has(resolved)) {
      if (installed.has(resolved)) alreadyInstalled.push(requested);
      continue;
    }
    add(resolved);
  }

  while (queue.length > 0) {
    const current = queue.shift() as string;
    const record = table.packages[current];
    if (record === undefined) continue;
    const groups = withRecommends ? [...record.d, ...record.r] : record.d;
    for (const group of groups) {
      const alternatives = group.split('|');
      if (groupSatisfied(table, alternatives, present)) continue;
      const chosen = alternatives.map((alt) => resolveName(table, alt)).find((alt) => alt !== undefined);
      if (chosen === undefined) {
        // A Recommends nobody can satisfy is skipped by apt; an unsatisfiable Depends is reported.
        if (record.d.includes(group) && !unknown.includes(group)) unknown.push(group);
        continue;
      }
      if (!present.has(chosen)) add(chosen);
    }
  }
  return { install, unknown, alreadyInstalled };
}
