/**
 * Locates ../shared (BuildKit's test data, the corpus, the examples) for conformance tests.
 *
 * Under CI (CI=true) a missing ../shared is a failure; elsewhere the suites skip with a visible
 * notice, so a checkout without the reference data still runs its own tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Absolute path of ../shared next to the repository (override with STAGECRAFT_SHARED). */
export const SHARED_DIR = process.env.STAGECRAFT_SHARED ?? resolve(repoRoot, '../shared');

/** True when ../shared is present. */
export const hasShared = existsSync(join(SHARED_DIR, 'anchors'));

const isCi = process.env.CI === 'true' || process.env.CI === '1';

if (!hasShared) {
  const notice = `../shared not found at ${SHARED_DIR}: BuildKit conformance suites are skipped`;
  if (isCi) throw new Error(`${notice}, and CI=true requires them`);
  console.warn(`\n*** NOTICE: ${notice} ***\n`);
}

/** Path inside ../shared. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
