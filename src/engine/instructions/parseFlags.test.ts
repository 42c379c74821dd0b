import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagDef } from './parseFlags';

// Cases from BuildKit's instructions/bflag_test.go; messages from bflag.go (SEMANTICS.md §1.6).
const STR_BOOL: FlagDef[] = [
  { name: 'str1', kind: 'string', defaultValue: 'HI' },
  { name: 'bool1', kind: 'bool' },
];

function error(args: string[], defs: FlagDef[]): string | undefined {
  const r = parseFlags(args, defs);
  return r.ok ? undefined : r.error;
}

describe('parseFlags (BuildKit BFlags.Parse)', () => {
  it('accepts no flags and a bare --', () => {
    expect(parseFlags([], []).ok).toBe(true);
    expect(parseFlags(['--'], []).ok).toBe(true);
  });

  it('keeps defaults and reports nothing used', () => {
    const r = parseFlags([], STR_BOOL);
    expect(r.ok && [r.flags.string('str1'), r.flags.bool('bool1'), r.flags.isUsed('str1')]).toEqual(['HI', false, false]);
  });

  it.each([
    [['--str1='], 'str1', ''],
    [['--str1=BYE'], 'str1', 'BYE'],
  ])('%j sets a string', (args, name, value) => {
    const r = parseFlags(args, STR_BOOL);
    expect(r.ok && r.flags.string(name)).toBe(value);
  });

  it.each([
    [['--bool1'], true],
    [['--bool1=true'], true],
    [['--bool1=TRUE'], true],
    [['--bool1=false'], false],
    [['--bool1=False'], false],
  ])('%j sets a bool', (args, value) => {
    const r = parseFlags(args, STR_BOOL);
    expect(r.ok && r.flags.bool('bool1')).toBe(value);
  });

  it.each([
    [['--str1'], 'missing a value on flag: --str1'],
    [['--bool1='], 'missing a value on flag: --bool1'],
    [['--bool1=false1'], 'expecting boolean value for flag --bool1, not: false1'],
    [['--bool2'], 'unknown flag: --bool2 (did you mean bool1?)'],
    [['--zzzzzzz'], 'unknown flag: --zzzzzzz'],
    [['--str1=a', '--str1=b'], 'duplicate flag specified: --str1'],
    [['--bool1', '--bool1'], 'duplicate flag specified: --bool1'],
    [['-x'], 'arg should start with -- : -x'],
  ])('%j fails', (args, message) => {
    expect(error(args, STR_BOOL)).toBe(message);
  });

  it('stops at a bare --', () => {
    expect(parseFlags(['--bool1', '--', '--unknown'], STR_BOOL).ok).toBe(true);
  });

  it('repeats list flags and records first use', () => {
    const defs: FlagDef[] = [
      { name: 'mount', kind: 'strings' },
      { name: 'network', kind: 'string', defaultValue: 'default' },
    ];
    const r = parseFlags(['--mount=a', '--network=none', '--mount=b'], defs);
    expect(r.ok && [r.flags.strings('mount'), r.flags.string('network'), r.flags.used]).toEqual([
      ['a', 'b'],
      'none',
      ['mount', 'network'],
    ]);
    expect(error(['--mount'], defs)).toBe('missing a value on flag: --mount');
  });

  // bflag_test.go: Used() lists exactly the given flags.
  it('lists the used flags', () => {
    const defs: FlagDef[] = [
      ...['bool1', 'bool2', 'bool3', 'bool4', 'bool5'].map((name) => ({ name, kind: 'bool' as const })),
      ...['str1', 'str2', 'str3', 'str4'].map((name) => ({ name, kind: 'string' as const })),
    ];
    const args = ['--bool2=false', '--bool3', '--bool4=true', '--bool5', '--str2= ', '--str3=def3', '--str4=my-val'];
    const r = parseFlags(args, defs);
    expect(r.ok && [...r.flags.used].sort().join(', ')).toBe('bool2, bool3, bool4, bool5, str2, str3, str4');
  });
});
