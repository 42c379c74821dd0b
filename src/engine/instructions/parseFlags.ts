/**
 * Instruction flag validation, after BuildKit's instructions/bflag.go (`BFlags.Parse`): each
 * instruction declares the flags it accepts and their kind; the parser's raw `--x=y` words are
 * checked against that list.
 */
import { withSuggestion } from '../suggest';

/** `bool`: `--x`, `--x=true|false`; `string`: `--x=v` once; `strings`: `--x=v`, repeatable. */
export type FlagKind = 'bool' | 'string' | 'strings';

export interface FlagDef {
  name: string;
  kind: FlagKind;
  /** Default of a string flag (e.g. RUN `--network` is `default`). */
  defaultValue?: string;
}

/** The flags after a successful parse. */
export interface FlagValues {
  /** A string flag's value (its default when not given). */
  string(name: string): string;
  /** A bool flag's value. */
  bool(name: string): boolean;
  /** Every value of a repeatable flag, in order. */
  strings(name: string): string[];
  /** True when the flag was given. */
  isUsed(name: string): boolean;
  /** Names of the given flags, in first-use order. */
  used: string[];
}

export type FlagsParse = { ok: true; flags: FlagValues } | { ok: false; error: string };

/**
 * Check `args` (the words the parser extracted, e.g. `--from=build`) against `defs`.
 * Stops at the first problem with BuildKit's message; a bare `--` ends the flags.
 */
export function parseFlags(args: readonly string[], defs: readonly FlagDef[]): FlagsParse {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const used: string[] = [];
  for (const d of defs) {
    if (d.kind === 'bool') values.set(d.name, 'false');
    else if (d.kind === 'string') values.set(d.name, d.defaultValue ?? '');
    else lists.set(d.name, []);
  }
  for (const a of args) {
    if (a === '--') break;
    if (!a.startsWith('--')) return { ok: false, error: `arg should start with -- : ${a}` };
    const eq = a.indexOf('=');
    const hasValue = eq !== -1;
    const flagName = hasValue ? a.slice(0, eq) : a;
    const value = hasValue ? a.slice(eq + 1) : '';
    const name = flagName.slice(2);
    const def = byName.get(name);
    if (def === undefined) {
      const names = defs.map((d) => d.name);
      return { ok: false, error: withSuggestion(`unknown flag: ${flagName}`, name, names, true) };
    }
    if (used.includes(name) && def.kind !== 'strings') {
      return { ok: false, error: `duplicate flag specified: ${flagName}` };
    }
    if (!used.includes(name)) used.push(name);
    if (def.kind === 'bool') {
      if (hasValue && value === '') return { ok: false, error: `missing a value on flag: ${flagName}` };
      const lower = value.toLowerCase();
      if (lower === 'true' || lower === '') values.set(name, 'true');
      else if (lower === 'false') values.set(name, 'false');
      else return { ok: false, error: `expecting boolean value for flag ${flagName}, not: ${value}` };
    } else {
      if (!hasValue) return { ok: false, error: `missing a value on flag: ${flagName}` };
      if (def.kind === 'string') values.set(name, value);
      else lists.get(name)!.push(value);
    }
  }
  const flags: FlagValues = {
    string: (name) => values.get(name) ?? '',
    bool: (name) => values.get(name) === 'true',
    strings: (name) => [...(lists.get(name) ?? [])],
    isUsed: (name) => used.includes(name),
    used,
  };
  return { ok: true, flags };
}
