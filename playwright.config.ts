import { defineConfig, devices } from '@playwright/test';

// scripts/run-e2e.mjs sets STAGECRAFT_BROWSER to a system Chromium when no Playwright browser is installed.
const executablePath = process.env.STAGECRAFT_BROWSER || undefined;
const PORT = 4317;

export default defineConfig({
  testDir: 'e2e',
  // Keep artifacts apart: Playwright empties its outputDir, and test-results/ also holds Vitest's report.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-features=AutofillServerCommunication',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
