import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, replaceEditorText, test } from './fixtures';

const SHOTS = 'e2e/screenshots';

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('timeline')).toBeVisible();
}

async function build(page: Page): Promise<void> {
  await page.getByTestId('build-button').click();
  await expect(page.getByTestId('analysis-status')).toHaveText('');
}

const step = (page: Page, id: string) => page.getByTestId(id);

test('building twice hits the cache; a context edit re-runs exactly the dependent steps', async ({ page }) => {
  await openApp(page);
  // The first build (on load) has nothing cached.
  await expect(step(page, 'step-0-3')).toHaveAttribute('data-cached', 'false');
  await expect(step(page, 'step-0-3')).toHaveAttribute('title', /not built before/);
  // Replaying the first build replays its log: a step in, the export has not been printed yet;
  // Play runs to the end.
  await expect(page.getByTestId('analysis-status')).toHaveText('');
  await page.getByTestId('timeline-step').click();
  await expect(page.getByTestId('build-log')).toContainText('load build definition');
  await expect(page.getByTestId('build-log')).not.toContainText('exporting to image');
  await page.getByTestId('timeline-speed').selectOption('4');
  await page.getByTestId('timeline-play').click();
  await expect(page.getByTestId('build-log')).toContainText('exporting to image', { timeout: 10_000 });

  await build(page);
  await expect(page.getByTestId('build-log')).toContainText('CACHED');
  for (const id of ['step-0-0', 'step-0-3', 'step-1-0', 'step-1-1', 'step-3-1', 'step-3-2']) {
    await expect(step(page, id)).toHaveAttribute('data-cached', 'true');
  }
  await expect(page.getByTestId('stage-build-0')).toHaveAttribute('data-status', 'cached');
  await expect(page.getByTestId('stage-build-2')).toHaveAttribute('data-status', 'skipped');

  // Replay: Step moves the cursor to the first event; the summary shows the playback time.
  await page.getByTestId('timeline-step').click();
  await expect(page.getByTestId('timeline-summary')).toContainText(' / ');
  await expect(page.locator('.timeline-step.is-cached').first()).toBeVisible();

  // Change the service's source: the module download stays cached, the compile and the final COPY re-run.
  await page.locator('[data-testid="context-row"][data-path="cmd/greeter/main.go"]').click();
  await page.getByTestId('context-file-text').fill('package main\n\nfunc main() {}\n');
  await expect(step(page, 'step-1-0')).toHaveAttribute('data-cached', 'false');
  await expect(step(page, 'step-1-0')).toHaveAttribute('title', /cmd\/greeter\/main\.go changed/);
  await expect(step(page, 'step-1-1')).toHaveAttribute('data-cached', 'false');
  await expect(step(page, 'step-3-2')).toHaveAttribute('data-cached', 'false');
  for (const id of ['step-0-0', 'step-0-1', 'step-0-2', 'step-0-3', 'step-3-0', 'step-3-1']) {
    await expect(step(page, id)).toHaveAttribute('data-cached', 'true');
  }

  // --no-cache runs every step again.
  await page.getByTestId('no-cache-toggle').check();
  await expect(step(page, 'step-0-3')).toHaveAttribute('data-cached', 'false');
  await page.getByTestId('no-cache-toggle').uncheck();
  await expect(step(page, 'step-0-3')).toHaveAttribute('data-cached', 'true');
});

test('a Dockerfile edit re-runs the edited step and the steps after it; Ctrl+Enter rebuilds', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM alpine:3.20 AS app\nRUN echo one\nRUN echo two\nCMD ["sh"]\n');
  await expect(step(page, 'step-0-2')).toHaveAttribute('title', /echo two/);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(step(page, 'step-0-2')).toHaveAttribute('data-cached', 'true');
  await replaceEditorText(page, 'FROM alpine:3.20 AS app\nRUN echo one\nRUN echo three\nCMD ["sh"]\n');
  await expect(step(page, 'step-0-2')).toHaveAttribute('data-cached', 'false');
  await expect(step(page, 'step-0-0')).toHaveAttribute('data-cached', 'true');
  await expect(step(page, 'step-0-1')).toHaveAttribute('data-cached', 'true');
  await page.getByTestId('build-tab-config').click();
  await expect(page.getByTestId('image-config')).toContainText('["sh"]');
});

test('layers, files and the fat vs slim comparison; screenshots in both themes', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openApp(page);
  await page.getByTestId('build-tab-layers').click();
  const layers = page.getByTestId('layers');
  await expect(layers).toContainText('final');
  await layers.getByText('COPY /out/greeter').click();
  await expect(page.getByTestId('layer-file-row').first()).toContainText('/usr/local/bin/greeter');
  await expect(page.getByTestId('layer-file-row').first()).toHaveAttribute('data-status', 'added');
  // Where the binary came from: made by the build stage's RUN, brought in by the COPY --from.
  await page.getByTestId('layer-file-row').first().getByTestId('file-path').click();
  await expect(page.getByTestId('file-made-by')).toContainText('stage build, line 13: RUN CGO_ENABLED=0 go build');
  await expect(page.getByTestId('file-carried-by')).toContainText('line 23: COPY /out/greeter /usr/local/bin/greeter');
  // The image up to this layer, the COPY's file marked A among the base image's unmarked files.
  await page.getByTestId('files-cumulative').click();
  await page.getByTestId('layer-files-search').fill('/etc/');
  await expect(page.locator('[data-testid="layer-file-row"][data-status=""]').first()).toBeVisible();
  await page.getByTestId('layer-files-search').fill('greeter');
  await expect(page.locator('[data-testid="layer-file-row"][data-status="added"]')).toContainText('/usr/local/bin/greeter');
  // A file whose content the simulator keeps shows it.
  await page.getByTestId('layer-files-search').fill('/etc/passwd');
  await page.getByTestId('file-path').first().click();
  await expect(page.getByTestId('file-content')).toContainText('greeter:x:');
  await page.getByTestId('layer-files-search').fill('');

  await page.getByTestId('build-tab-sizes').click();
  const sizes = page.getByTestId('sizes');
  await expect(sizes).toContainText('build');
  await expect(page.getByTestId('sizes-savings')).toContainText(/final is [\d.]+ MB \([\d.]+%\) smaller than build/);
  await expect(page.getByTestId('size-pull-3')).toContainText('estimated');

  // Screenshot a rebuild after a source edit: cached and re-run steps side by side.
  await build(page);
  await page.locator('[data-testid="context-row"][data-path="cmd/greeter/main.go"]').click();
  await page.getByTestId('context-file-text').fill('package main\n\nfunc main() {}\n');
  await page.getByTestId('build-tab-timeline').click();
  await expect(step(page, 'step-1-0')).toHaveAttribute('data-cached', 'false');
  await page.getByTestId('build-tab-layers').click();
  await page.getByTestId('layers').getByText('COPY /out/greeter').click();
  await page.getByTestId('file-path').first().click();
  await expect(page.getByTestId('file-details')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme) await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const tab of ['timeline', 'layers', 'sizes', 'config'] as const) {
      await page.getByTestId(`build-tab-${tab}`).click();
      await page.screenshot({ path: `${SHOTS}/build-${tab}-${theme}.png` });
    }
  }
});

test('without Web Workers the build still runs, on the main thread', async ({ page }) => {
  await page.addInitScript(() => {
    // A page (or browser) that offers no Worker.
    Reflect.deleteProperty(window, 'Worker');
  });
  await openApp(page);
  await expect(step(page, 'step-0-3')).toHaveAttribute('data-cached', 'false');
  await build(page);
  await expect(step(page, 'step-0-3')).toHaveAttribute('data-cached', 'true');
  await page.getByTestId('build-tab-sizes').click();
  await expect(page.getByTestId('sizes-savings')).toContainText('smaller than');
});
