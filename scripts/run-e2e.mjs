// Runs the Playwright suite against a production build, with a browser found by findBrowser.mjs.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './findBrowser.mjs';

const found = findBrowser();
if (!found) {
  console.error('[e2e] No Chromium available: run `npx playwright install chromium`, or install Debian\'s `chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log(`[e2e] browser: ${found.path} (${found.kind})`);
const env = { ...process.env, STAGECRAFT_BROWSER: found.kind === 'system' ? found.path : '' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env, shell: false });

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build.status !== 0) process.exit(build.status ?? 1);
const test = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
process.exit(test.status ?? 1);
