/**
 * A small persistent hash array mapped trie (Bagwell's HAMT) from names to values: the children
 * of one directory. Updates copy only the path from the root of this map to the changed slot
 * (at most 7 arrays of <= 32 items), so editing a directory with 100k entries costs the same as
 * editing one with ten, and two versions share every untouched sub-trie. `diffHamt` uses that:
 * identical sub-tries are skipped by identity.
 *
 * Nodes are plain objects and arrays (no Map), so a tree can be structured-cloned to a Worker
 * or written as JSON. Iteration order is by hash; callers sort names when order matters.
 */

/** A key/value pair with the key's hash. */
export interface HamtLeaf<V> {
  readonly t: 0;
  readonly k: string;
  readonly h: number;
  readonly v: V;
}
/** An interior node: `b` is the bitmap of occupied 5-bit indexes, `s` the occupied slots. */
export interface HamtBranch<V> {
  readonly t: 1;
  readonly b: number;
  readonly s: readonly HamtSlot<V>[];
}
/** Keys whose full 32-bit hashes are equal. */
export interface HamtCollision<V> {
  readonly t: 2;
  readonly h: number;
  readonly l: readonly HamtLeaf<V>[];
}
export type HamtSlot<V> = HamtLeaf<V> | HamtBranch<V> | HamtCollision<V>;
/** A persistent map; `null` is the empty map. */
export type Hamt<V> = HamtSlot<V> | null;

/** 32-bit FNV-1a over UTF-16 code units: fast, deterministic, good spread for file names. */
export function hashName(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function slotHash<V>(slot: HamtLeaf<V> | HamtCollision<V>): number {
  return slot.h;
}

/** Look a key up. */
export function hamtGet<V>(map: Hamt<V>, key: string): V | undefined {
  const h = hashName(key);
  let node: Hamt<V> = map;
  let shift = 0;
  while (node !== null) {
    if (node.t === 0) return node.k === key ? node.v : undefined;
    if (node.t === 2) return node.l.find((leaf) => leaf.k === key)?.v;
    const bit = 1 << ((h >>> shift) & 31);
    if ((node.b & bit) === 0) return undefined;
    node = node.s[popcount(node.b & (bit - 1))] as HamtSlot<V>;
    shift += 5;
  }
  return undefined;
}

function merge<V>(a: HamtLeaf<V> | HamtCollision<V>, b: HamtLeaf<V>, shift: number): HamtSlot<V> {
  const ha = slotHash(a);
  if (ha === b.h) {
    const leaves = a.t === 0 ? [a] : a.l;
    return { t: 2, h: ha, l: [...leaves, b] };
  }
  const ia = (ha >>> shift) & 31;
  const ib = (b.h >>> shift) & 31;
  if (ia === ib) return { t: 1, b: 1 << ia, s: [merge(a, b, shift + 5)] };
  return { t: 1, b: (1 << ia) | (1 << ib), s: ia < ib ? [a, b] : [b, a] };
}

function setIn<V>(node: Hamt<V>, shift: number, leaf: HamtLeaf<V>): HamtSlot<V> {
  if (node === null) return leaf;
  if (node.t === 0) {
    if (node.k === leaf.k) return node.v === leaf.v ? node : leaf;
    return merge(node, leaf, shift);
  }
  if (node.t === 2) {
    if (node.h !== leaf.h) return merge(node, leaf, shift);
    const i = node.l.findIndex((l) => l.k === leaf.k);
    if (i < 0) return { t: 2, h: node.h, l: [...node.l, leaf] };
    if ((node.l[i] as HamtLeaf<V>).v === leaf.v) return node;
    const l = node.l.slice();
    l[i] = leaf;
    return { t: 2, h: node.h, l };
  }
  const bit = 1 << ((leaf.h >>> shift) & 31);
  const idx = popcount(node.b & (bit - 1));
  if ((node.b & bit) === 0) {
    const s = node.s.slice();
    s.splice(idx, 0, leaf);
    return { t: 1, b: node.b | bit, s };
  }
  const child = node.s[idx] as HamtSlot<V>;
  const next = setIn(child, shift + 5, leaf);
  if (next === child) return node;
  const s = node.s.slice();
  s[idx] = next;
  return { t: 1, b: node.b, s };
}

/** A map with `key` set to `value` (the same map when nothing changes). */
export function hamtSet<V>(map: Hamt<V>, key: string, value: V): HamtSlot<V> {
  return setIn(map, 0, { t: 0, k: key, h: hashName(key), v: value });
}

function deleteIn<V>(node: HamtSlot<V>, shift: number, h: number, key: string): Hamt<V> {
  if (node.t === 0) return node.k === key ? null : node;
  if (node.t === 2) {
    const l = node.l.filter((leaf) => leaf.k !== key);
    if (l.length === node.l.length) return node;
    return l.length === 1 ? (l[0] as HamtLeaf<V>) : { t: 2, h: node.h, l };
  }
  const bit = 1 << ((h >>> shift) & 31);
  if ((node.b & bit) === 0) return node;
  const idx = popcount(node.b & (bit - 1));
  const child = node.s[idx] as HamtSlot<V>;
  const next = deleteIn(child, shift + 5, h, key);
  if (next === child) return node;
  const s = node.s.slice();
  let b = node.b;
  if (next === null) {
    s.splice(idx, 1);
    b &= ~bit;
  } else {
    s[idx] = next;
  }
  if (s.length === 0) return null;
  // A lone leaf or collision moves up, so a key set has one shape whatever the edit history.
  const only = s[0] as HamtSlot<V>;
  if (s.length === 1 && only.t !== 1) return only;
  return { t: 1, b, s };
}

/** A map without `key` (the same map when the key is absent). */
export function hamtDelete<V>(map: Hamt<V>, key: string): Hamt<V> {
  return map === null ? null : deleteIn(map, 0, hashName(key), key);
}

/** Visit every entry (hash order). */
export function hamtForEach<V>(map: Hamt<V>, visit: (key: string, value: V) => void): void {
  if (map === null) return;
  if (map.t === 0) visit(map.k, map.v);
  else if (map.t === 2) for (const leaf of map.l) visit(leaf.k, leaf.v);
  else for (const slot of map.s) hamtForEach(slot, visit);
}

/** The same keys with mapped values; the shape is reused, nothing is rehashed. */
export function hamtMap<V, W>(map: Hamt<V>, fn: (value: V, key: string) => W): Hamt<W> {
  if (map === null) return null;
  if (map.t === 0) return { t: 0, k: map.k, h: map.h, v: fn(map.v, map.k) };
  if (map.t === 2) return { t: 2, h: map.h, l: map.l.map((l) => ({ t: 0, k: l.k, h: l.h, v: fn(l.v, l.k) })) };
  return { t: 1, b: map.b, s: map.s.map((slot) => hamtMap(slot, fn) as HamtSlot<W>) };
}

/** Callbacks for {@link diffHamt}; values are compared by identity. */
export interface HamtDiffVisitor<V> {
  removed(key: string, before: V): void;
  added(key: string, after: V): void;
  changed(key: string, before: V, after: V): void;
}

function collect<V>(map: Hamt<V>): Map<string, V> {
  const out = new Map<string, V>();
  hamtForEach(map, (k, v) => out.set(k, v));
  return out;
}

/** Report the differences between two maps, skipping sub-tries the two versions share. */
export function diffHamt<V>(before: Hamt<V>, after: Hamt<V>, visit: HamtDiffVisitor<V>): void {
  if (before === after) return;
  if (before !== null && after !== null && before.t === 1 && after.t === 1) {
    const bits = before.b | after.b;
    for (let i = 0; i < 32; i++) {
      const bit = 1 << i;
      if ((bits & bit) === 0) continue;
      const x = (before.b & bit) === 0 ? null : (before.s[popcount(before.b & (bit - 1))] as HamtSlot<V>);
      const y = (after.b & bit) === 0 ? null : (after.s[popcount(after.b & (bit - 1))] as HamtSlot<V>);
      diffHamt(x, y, visit);
    }
    return;
  }
  const a = collect(before);
  const b = collect(after);
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined && !b.has(k)) visit.removed(k, v);
    else if (w !== v) visit.changed(k, v, w as V);
  }
  for (const [k, w] of b) if (!a.has(k)) visit.added(k, w);
}

function load<V>(leaves: HamtLeaf<V>[], shift: number): HamtSlot<V> {
  const first = leaves[0] as HamtLeaf<V>;
  if (leaves.length === 1) return first;
  if (leaves.every((l) => l.h === first.h)) return { t: 2, h: first.h, l: leaves };
  const buckets = new Map<number, HamtLeaf<V>[]>();
  for (const leaf of leaves) {
    const i = (leaf.h >>> shift) & 31;
    const bucket = buckets.get(i);
    if (bucket) bucket.push(leaf);
    else buckets.set(i, [leaf]);
  }
  let b = 0;
  const s: HamtSlot<V>[] = [];
  for (const i of [...buckets.keys()].sort((x, y) => x - y)) {
    b |= 1 << i;
    s.push(load(buckets.get(i) as HamtLeaf<V>[], shift + 5));
  }
  return { t: 1, b, s };
}

/**
 * A map from distinct keys in one pass (no intermediate versions), with the same shape that
 * inserting them one by one would give.
 */
export function hamtFromEntries<V>(entries: Iterable<readonly [string, V]>): Hamt<V> {
  const leaves: HamtLeaf<V>[] = [];
  for (const [k, v] of entries) leaves.push({ t: 0, k, h: hashName(k), v });
  return leaves.length === 0 ? null : load(leaves, 0);
}
