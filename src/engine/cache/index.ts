export { cacheKey, canonicalJson, type StepInputs } from './cacheKey';
export {
  emptyCache,
  hasKey,
  parseCacheStore,
  previousForSlot,
  withRecords,
  type CacheRecord,
  type CacheStore,
} from './cacheStore';
export { explainMiss } from './explainMiss';
