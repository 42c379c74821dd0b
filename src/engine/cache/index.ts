export { cacheKey, canonicalJson, type StepInputs } from './cacheKey';
export {
  emptyCache,
  hasKey,
  parseCacheStore,
  previousForSlot,
  withRecords,
  type CacheRecord,
  type CacheStore,
  type SourceFile,
} from './cacheStore';
export { explainMiss } from './explainMiss';
export { deserializeMount, serializeMount, type MountItem } from './cacheMounts';
