/**
 * The cache that outlives a build: which keys exist, and enough about each step's inputs to say
 * in words why a later build missed. Plain data, so the UI keeps it between edits and the CLI
 * saves it with `--cache FILE`.
 */
import type { StepInputs } from './cacheKey';
import type { MountItem } from './cacheMounts';

/** One file a COPY/ADD source selected, with its content checksum (for naming what changed). */
export interface SourceFile {
  path: string;
  checksum: string;
}

/** What the store remembers of one executed step. */
export interface CacheRecord {
  key: string;
  /** Stage display name and step position: how a later build finds "the same step". */
  slot: string;
  /** The instruction text as written. */
  instruction: string;
  inputs: StepInputs;
  /**
   * RUN only: the proxy variables it ran with. They are not part of the key (BuildKit leaves
   * proxies out), so a later cache hit must replay the output made with these values.
   */
  proxyEnv?: string[];
  /** COPY/ADD only: the files its sources selected (capped), so a miss can name the file that changed. */
  sourceFiles?: SourceFile[];
}

export interface CacheStore {
  version: 1;
  /** Records by key. */
  records: Record<string, CacheRecord>;
  /** The latest key seen for each slot, for miss reasons. */
  latestBySlot: Record<string, string>;
  /** `RUN --mount=type=cache` contents by cache id (they persist between builds). */
  cacheMounts?: Record<string, MountItem[]>;
}

export function emptyCache(): CacheStore {
  return { version: 1, records: {}, latestBySlot: {} };
}

export function hasKey(store: CacheStore, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(store.records, key);
}

/** The record a slot had in earlier builds, if any. */
export function previousForSlot(store: CacheStore, slot: string): CacheRecord | undefined {
  const key = store.latestBySlot[slot];
  return key === undefined ? undefined : store.records[key];
}

/** Returns a new store with the records added (the old store is unchanged). */
export function withRecords(store: CacheStore, records: readonly CacheRecord[]): CacheStore {
  if (records.length === 0) return store;
  const next: CacheStore = { version: 1, records: { ...store.records }, latestBySlot: { ...store.latestBySlot } };
  if (store.cacheMounts !== undefined) next.cacheMounts = store.cacheMounts;
  for (const record of records) {
    next.records[record.key] = record;
    next.latestBySlot[record.slot] = record.key;
  }
  return next;
}

/** Reads a store saved as JSON; anything malformed gives an empty store and a reason. */
export function parseCacheStore(text: string): { store: CacheStore; error?: string } {
  try {
    const value = JSON.parse(text) as Partial<CacheStore>;
    if (value?.version !== 1 || typeof value.records !== 'object' || typeof value.latestBySlot !== 'object' || !value.records || !value.latestBySlot) {
      return { store: emptyCache(), error: 'not a Stagecraft cache file (version 1)' };
    }
    const store: CacheStore = { version: 1, records: value.records, latestBySlot: value.latestBySlot };
    if (value.cacheMounts && typeof value.cacheMounts === 'object') store.cacheMounts = value.cacheMounts;
    return { store };
  } catch (error) {
    return { store: emptyCache(), error: `cache file is not valid JSON: ${(error as Error).message}` };
  }
}
