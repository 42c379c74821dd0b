import AxeBuilder from '@axe-core/playwright';
import { expect, replaceEditorText, test } from './fixtures';

test('opens on the default example with its stage graph', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.getByTestId('graph')).toBeVisible();
  await expect(page.locator('[data-testid^="stage-node-"]').first()).toBeVisible();
  expect(await page.locator('[data-testid^="stage-node-"]').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: 'e2e/screenshots/first-page.png' });
  expect(watch.consoleErrors).toEqual([]);
});

test('the graph follows a pasted Dockerfile', async ({ page, watch }) => {
  await page.goto('/');
  await replaceEditorText(page, [
    'FROM alpine:3.19 AS one',
    'RUN echo one > /one',
    'FROM alpine:3.19 AS two',
    'RUN echo two > /two',
    'FROM scratch',
    'COPY --from=one /one /one',
    'COPY --from=two /two /two',
    '',
  ].join('\n'));
  await expect(page.locator('[data-testid^="stage-node-"]')).toHaveCount(3);
  await expect(page.getByTestId('stage-node-0')).toContainText('one');
  await expect(page.getByTestId('stage-node-1')).toContainText('two');
  expect(watch.foreignRequests).toEqual([]);
});

test('a parse error shows at its line and keeps the text', async ({ page }) => {
  await page.goto('/');
  const text = 'FROM alpine\nFNTRYPOINT ["sh"]\n';
  await replaceEditorText(page, text);
  await expect(page.getByTestId('diagnostics')).toContainText('unknown instruction: FNTRYPOINT (did you mean ENTRYPOINT?)');
  await expect(page.getByTestId('diagnostics')).toContainText('2');
  await expect(page.getByTestId('editor')).toContainText('FNTRYPOINT');
});

test('picking a target marks the stages it does not need as skipped', async ({ page }) => {
  await page.goto('/');
  await replaceEditorText(page, [
    'FROM alpine AS build',
    'RUN echo build',
    'FROM build AS test',
    'RUN echo test',
    'FROM alpine AS final',
    'COPY --from=build /etc/hostname /x',
    '',
  ].join('\n'));
  await expect(page.getByTestId('stage-node-1')).toHaveAttribute('data-needed', 'false');
  await page.getByTestId('target-select').selectOption({ label: 'test' });
  await expect(page.getByTestId('stage-node-1')).toHaveAttribute('data-needed', 'true');
  await expect(page.getByTestId('stage-node-2')).toHaveAttribute('data-needed', 'false');
});

test('has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-testid^="stage-node-"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
