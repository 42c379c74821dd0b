/**
 * Rebuilds every catalog data file in dependency order: apt.json (Debian index on this machine),
 * npm.json (cached in scripts/catalog/cache unless --refresh), images.json (needs apt.json),
 * other.json and artifacts.json.
 *
 * Run: npx tsx scripts/catalog/generateAll.ts [--refresh]
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extra = process.argv.includes('--refresh') ? ['--refresh'] : [];

for (const script of ['generateApt.ts', 'generateNpm.ts', 'generateImages.ts', 'generateOther.ts']) {
  console.log(`== ${script}`);
  execFileSync('npx', ['tsx', join(here, script), ...extra], { stdio: 'inherit' });
}
