import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffHamt, hamtDelete, hamtForEach, hamtFromEntries, hamtGet, hamtMap, hamtSet, hashName, type Hamt } from './hamt';

function toMap<V>(m: Hamt<V>): Map<string, V> {
  const out = new Map<string, V>();
  hamtForEach(m, (k, v) => out.set(k, v));
  return out;
}

function build(entries: [string, number][]): Hamt<number> {
  let m: Hamt<number> = null;
  for (const [k, v] of entries) m = hamtSet(m, k, v);
  return m;
}

/** Two distinct names with the same 32-bit hash, found by brute force (birthday bound ~77k). */
function findCollision(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const k = `f${i}`;
    const h = hashName(k);
    const other = seen.get(h);
    if (other !== undefined) return [other, k];
    seen.set(h, k);
  }
}

describe('hamt', () => {
  it('FNV-1a matches the published test vectors', () => {
    // Test vectors from the FNV reference (draft-eastlake-fnv, FNV-1a 32-bit).
    expect(hashName('')).toBe(0x811c9dc5);
    expect(hashName('a')).toBe(0xe40c292c);
    expect(hashName('foobar')).toBe(0xbf9cf968);
  });

  it('behaves like a Map under random sets and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 4 }), fc.integer())), (ops) => {
        let m: Hamt<number> = null;
        const model = new Map<string, number>();
        for (const [isSet, k, v] of ops) {
          if (isSet) {
            m = hamtSet(m, k, v);
            model.set(k, v);
          } else {
            m = hamtDelete(m, k);
            model.delete(k);
          }
        }
        expect(toMap(m)).toEqual(model);
        for (const [k, v] of model) expect(hamtGet(m, k)).toBe(v);
      }),
    );
  });

  it('keeps colliding keys apart', () => {
    const [a, b] = findCollision();
    expect(hashName(a)).toBe(hashName(b));
    let m = build([[a, 1], [b, 2], ['other', 3]]);
    expect(hamtGet(m, a)).toBe(1);
    expect(hamtGet(m, b)).toBe(2);
    m = hamtDelete(m, a);
    expect(hamtGet(m, a)).toBeUndefined();
    expect(hamtGet(m, b)).toBe(2);
    expect(toMap(m).size).toBe(2);
  });

  it('returns the same map when nothing changes', () => {
    const m = build([['a', 1], ['b', 2]]);
    expect(hamtSet(m, 'a', 1)).toBe(m);
    expect(hamtDelete(m, 'zzz')).toBe(m);
  });

  it('shares untouched sub-tries between versions', () => {
    const entries: [string, number][] = Array.from({ length: 5000 }, (_, i) => [`file${i}`, i]);
    const m = build(entries);
    const m2 = hamtSet(m, 'file42', -1);
    if (m === null || m.t !== 1 || m2.t !== 1) throw new Error('expected branch roots');
    const root2 = m2;
    const shared = m.s.filter((slot, i) => root2.s[i] === slot).length;
    expect(shared).toBe(m.s.length - 1);
    expect(hamtGet(m, 'file42')).toBe(42);
  });

  it('has one shape per key set, whatever the edit order', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}`);
    const direct = build(keys.slice(0, 100).map((k) => [k, 1]));
    let viaDeletes = build(keys.map((k) => [k, 1]));
    for (const k of keys.slice(100)) viaDeletes = hamtDelete(viaDeletes, k);
    expect(JSON.stringify(viaDeletes)).toBe(JSON.stringify(direct));
  });

  it('bulk-loads to the same shape as one-by-one insertion', () => {
    const [a, b] = findCollision();
    const entries: [string, number][] = [...Array.from({ length: 2000 }, (_, i): [string, number] => [`n${i}`, i]), [a, 1], [b, 2]];
    expect(JSON.stringify(hamtFromEntries(entries))).toBe(JSON.stringify(build(entries)));
    expect(hamtFromEntries([])).toBeNull();
  });

  it('maps values without changing keys', () => {
    const m = hamtMap(build([['a', 1], ['b', 2]]), (v, k) => `${k}${v * 10}`);
    expect(toMap(m)).toEqual(new Map([['a', 'a10'], ['b', 'b20']]));
  });

  it('diffs two versions, reporting exactly the changed keys', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 })),
        fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.option(fc.integer({ min: 0, max: 3 })))),
        (start, edits) => {
          const before = build(Object.entries(start));
          let after = before;
          for (const [k, v] of edits) after = v === null ? hamtDelete(after, k) : hamtSet(after, k, v);
          const seen: string[] = [];
          diffHamt(before, after, {
            removed: (k) => seen.push(`-${k}`),
            added: (k) => seen.push(`+${k}`),
            changed: (k) => seen.push(`~${k}`),
          });
          const a = toMap(before);
          const b = toMap(after);
          const expected: string[] = [];
          for (const [k, v] of a) if (!b.has(k)) expected.push(`-${k}`);
          else if (b.get(k) !== v) expected.push(`~${k}`);
          for (const k of b.keys()) if (!a.has(k)) expected.push(`+${k}`);
          expect(seen.sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
