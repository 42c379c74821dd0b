// Finds a Chromium for Playwright: an installed Playwright browser first, then a system Chromium,
// and (as root on Debian) installs Debian's chromium when neither exists.
// Prints the executable path ('' means "use Playwright's own browser") or exits 1 with advice.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemBrowser() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return SYSTEM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error('[e2e] No Chromium found; installing Debian\'s chromium with apt-get (as root) ...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch (error) {
    console.error(`[e2e] apt-get install chromium failed: ${error.message}`);
    return false;
  }
}

/** Returns { path, kind } or null. */
export function findBrowser({ install = true } = {}) {
  const own = playwrightBrowser();
  if (own) return { path: own, kind: 'playwright' };
  const system = systemBrowser();
  if (system) return { path: system, kind: 'system' };
  if (install && installWithApt()) {
    const installed = systemBrowser();
    if (installed) return { path: installed, kind: 'system' };
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findBrowser();
  if (!found) {
    console.error([
      '[e2e] No browser for the end-to-end tests.',
      '  Do one of:',
      '  - npx playwright install chromium      (where downloads are allowed)',
      '  - sudo apt-get install chromium        (Debian/Ubuntu), or set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'));
    process.exit(1);
  }
  console.log(found.path);
}
