import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, replaceEditorText, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
// The default example's context is a Go project: the same service built in one stage.
const SINGLE_STAGE = 'FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/greeter ./cmd/greeter\n';

async function addTab(page: Page, path: string, text: string): Promise<void> {
  await page.getByTestId('dockerfile-tab-add').click();
  await page.getByTestId('dockerfile-tab-name-input').fill(path);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="dockerfile-tab"][data-active="true"]')).toHaveAttribute('data-path', path);
  await replaceEditorText(page, text);
}

async function expectAccessibleSizes(page: Page, theme: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-testid="sizes"]').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const bytesOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-bytes'));

test('two Dockerfiles side by side: the single-stage image is the bigger one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('build-tab-sizes').click();
  // One tab: nothing to compare with.
  await expect(page.getByTestId('size-card-3')).toBeVisible();
  await expect(page.getByTestId('compare-select')).toHaveCount(0);

  await addTab(page, 'Dockerfile.single', SINGLE_STAGE);
  await expect(page.getByTestId('compare-select')).toHaveValue('');
  await page.getByTestId('compare-select').selectOption('Dockerfile');

  const verdict = page.getByTestId('compare-verdict');
  await expect(verdict).toHaveText(/^Dockerfile's final image is [\d.]+ MB \([\d.]+%\) smaller than Dockerfile\.single's$/, { timeout: 15_000 });
  await expect(page.getByTestId('compare-side-0')).toContainText('Dockerfile.single');
  await expect(page.getByTestId('compare-side-1')).toContainText('Dockerfile');
  for (const i of [0, 1]) {
    await expect(page.getByTestId(`compare-card-${i}`)).toContainText(/\d[\d.]*[kMG]?B on disk/);
    await expect(page.getByTestId(`compare-card-${i}`)).toContainText(/\d+ layers/);
    await expect(page.getByTestId(`compare-card-${i}`).getByRole('img', { name: /by origin/ })).toBeVisible();
  }
  await expect(page.getByTestId('compare-pull-0')).toContainText('estimated');
  await expect(page.getByTestId('compare-pull-0')).toHaveAttribute('title', /.+/);

  // The sentence's figures follow from the two sizes shown.
  const single = await bytesOf(page, 'compare-card-0');
  const multi = await bytesOf(page, 'compare-card-1');
  expect(single).toBeGreaterThan(multi);
  const mb = ((single - multi) / 1e6).toFixed(1);
  const percent = Math.round(((single - multi) / single) * 1000) / 10;
  await expect(verdict).toContainText(`${mb} MB (${percent}%)`);

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/sizes-compare.png` });
  await expectAccessibleSizes(page, 'light');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${SHOTS}/sizes-compare-dark.png` });
  await expectAccessibleSizes(page, 'dark');

  // A Dockerfile that fails to build: its first error and line, no crash.
  await addTab(page, 'Dockerfile.broken', 'FROM alpine:3.19\nRUN exit 3\n');
  await page.locator('[data-testid="dockerfile-tab"][data-path="Dockerfile.single"] [data-testid="dockerfile-tab-select"]').click();
  await page.getByTestId('compare-select').selectOption('Dockerfile.broken');
  await expect(page.getByTestId('compare-problem-1')).toContainText(/exit code: 3 \(line 2\)/, { timeout: 15_000 });
  await expect(verdict).toHaveCount(0);
  await expect(page.getByTestId('compare-card-0')).toBeVisible();

  // Closing the compared tab stops the comparison.
  await page.locator('[data-testid="dockerfile-tab"][data-path="Dockerfile.broken"] [data-testid="dockerfile-tab-close"]').click();
  await expect(page.getByTestId('compare-select')).toHaveValue('');
  await expect(page.getByTestId('compare-side-1')).toHaveCount(0);
});
