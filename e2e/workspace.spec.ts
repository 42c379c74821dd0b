import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, replaceEditorText, test } from './fixtures';

const SAVE_KEY = 'stagecraft.workspace.v1';

async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
}

/** Wait until autosave has written something containing `text`. */
async function savedContains(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SAVE_KEY)).toContain(text);
}

async function editContextFile(page: Page, path: string, content: string): Promise<void> {
  await page.locator(`[data-testid="context-row"][data-path="${path}"]`).click();
  await page.getByTestId('context-file-text').fill(content);
}

test('a reload keeps Dockerfile, tab and context edits', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM alpine:3.19 AS kept\nRUN echo kept\n');
  await expect(page.getByTestId('stage-node-0')).toContainText('kept');
  await page.getByTestId('dockerfile-tab-add').click();
  await page.getByTestId('dockerfile-tab-name-input').fill('Dockerfile.second');
  await page.keyboard.press('Enter');
  await editContextFile(page, 'README.md', 'changed readme\n');
  await savedContains(page, 'changed readme');

  await page.reload();
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('dockerfile-tab')).toHaveCount(2);
  await expect(page.locator('[data-testid="dockerfile-tab"][data-active="true"]')).toHaveAttribute('data-path', 'Dockerfile.second');
  await page.locator('[data-testid="dockerfile-tab"][data-path="Dockerfile"] [data-testid="dockerfile-tab-select"]').click();
  await expect(page.getByTestId('editor')).toContainText('RUN echo kept');
  await page.locator('[data-testid="context-row"][data-path="README.md"]').click();
  await expect(page.getByTestId('context-file-text')).toHaveValue('changed readme\n');
});

test('a share link opened in a fresh browser reproduces the whole workspace', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM golang:1.22 AS build\nARG VERSION=dev\nRUN echo $VERSION\nFROM scratch AS final\nCOPY --from=build /etc/hostname /x\n');
  await page.getByTestId('dockerfile-tab-add').click();
  await page.getByTestId('dockerfile-tab-name-input').fill('Dockerfile.multistage');
  await page.keyboard.press('Enter');
  await replaceEditorText(page, 'FROM alpine:3.20 AS solo\nRUN echo solo\n');
  await editContextFile(page, '.dockerignore', 'bin/\n*.md\n');
  await page.getByTestId('build-args-button').click();
  await page.getByTestId('build-arg-name').first().fill('VERSION');
  await page.getByTestId('build-arg-value').first().fill('1.2.3 ünïcode');
  await page.keyboard.press('Escape');
  await page.getByTestId('mode-legacy').click();

  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#w=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on('request', (r) => !r.url().startsWith(new URL(link).origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:') && problems.push(r.url()));
  await other.goto(link);
  await expect(other.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await expect(other.getByTestId('dockerfile-tab')).toHaveCount(2);
  await expect(other.locator('[data-testid="dockerfile-tab"][data-active="true"]')).toHaveAttribute('data-path', 'Dockerfile.multistage');
  await expect(other.getByTestId('stage-node-0')).toContainText('solo');
  await expect(other.getByTestId('mode-legacy')).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('[data-testid="context-row"][data-path="README.md"]')).toHaveAttribute('data-ignored', 'true');
  await other.getByTestId('build-args-button').click();
  await expect(other.getByTestId('build-arg-value').first()).toHaveValue('1.2.3 ünïcode');
  await other.keyboard.press('Escape');
  await other.locator('[data-testid="dockerfile-tab"][data-path="Dockerfile"] [data-testid="dockerfile-tab-select"]').click();
  await expect(other.getByTestId('stage-node-1')).toContainText('final');
  // The fragment is consumed, so a reload keeps later edits instead of reopening the link.
  expect(new URL(other.url()).hash).toBe('');
  await expect(other.getByTestId('restore-notice')).toContainText('from the link');
  expect(problems).toEqual([]);
  await fresh.close();
});

test('a damaged link or file says so and keeps the current work', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM alpine AS precious\n');
  await savedContains(page, 'precious');

  await page.goto('about:blank');
  await openApp(page, '/#w=this-is-not-a-workspace');
  const alert = page.getByTestId('workspace-error');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('The link is damaged or incomplete');
  await expect(alert).toContainText('Your current work is unchanged.');
  await expect(page.getByTestId('editor')).toContainText('precious');

  await page.getByTestId('import-workspace-input').setInputFiles({ name: 'broken.stagecraft.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"stagecraft-workspace","version":1,"dockerfiles":[]}') });
  await expect(page.getByTestId('workspace-error')).toContainText('Could not open broken.stagecraft.json: "dockerfiles" must list at least one Dockerfile.');
  await expect(page.getByTestId('stage-node-0')).toContainText('precious');
});

test('an exported .stagecraft.json opens back to the same workspace', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM alpine AS exported\n');
  await editContextFile(page, 'go.mod', 'module example.com/exported\n');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
  expect(download.suggestedFilename()).toBe('workspace.stagecraft.json');
  const path = await download.path();

  await page.getByTestId('open-gallery').click();
  await page.getByTestId('gallery-item-scratch-go').click();
  await expect(page.getByTestId('editor')).not.toContainText('exported');
  const buffer = readFileSync(path);
  expect(JSON.parse(buffer.toString('utf8'))).toMatchObject({ format: 'stagecraft-workspace', version: 1, active: 'Dockerfile' });
  await page.getByTestId('import-workspace-input').setInputFiles({ name: 'workspace.stagecraft.json', mimeType: 'application/json', buffer });
  await expect(page.getByTestId('stage-node-0')).toContainText('exported');
  await page.locator('[data-testid="context-row"][data-path="go.mod"]').click();
  await expect(page.getByTestId('context-file-text')).toHaveValue('module example.com/exported\n');
  await expect(page.getByTestId('restore-notice')).toContainText('Opened workspace.stagecraft.json');
});

test('opening a gallery example shows its graph, and the previous workspace comes back', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, 'FROM alpine AS mine\n');
  await expect(page.getByTestId('stage-node-0')).toContainText('mine');
  await page.getByTestId('open-gallery').click();
  await expect(page.getByTestId('gallery')).toBeVisible();
  await page.getByTestId('gallery-item-python-venv').click();
  await expect(page.getByTestId('gallery')).toBeHidden();
  await expect(page.getByTestId('stage-node-0')).toContainText('build');
  await expect(page.getByTestId('stage-node-1')).toContainText('runtime');
  await expect(page.getByTestId('editor')).toContainText('python:3.12-slim');
  await expect(page.locator('[data-testid="context-row"][data-path="requirements.txt"]')).toBeVisible();

  await page.getByTestId('restore-workspace').click();
  await expect(page.getByTestId('stage-node-0')).toContainText('mine');
  await expect(page.locator('[data-testid="stage-node-1"]')).toHaveCount(0);
});

test('editing a context file and .dockerignore greys what the build leaves out', async ({ page }) => {
  await openApp(page);
  const readme = page.locator('[data-testid="context-row"][data-path="README.md"]');
  await expect(readme).toHaveAttribute('data-ignored', 'false');
  await expect(page.locator('[data-testid="context-row"][data-path="bin/greeter"]')).toHaveAttribute('title', 'Ignored: inside bin/, excluded by .dockerignore, line 2: bin/');

  await page.getByTestId('context-new-file').click();
  await page.getByTestId('context-new-file-input').fill('docs/notes.txt');
  await page.keyboard.press('Enter');
  await page.getByTestId('context-file-text').fill('some notes\n');
  await expect(page.locator('[data-testid="context-row"][data-path="docs/notes.txt"]')).toContainText('11 B');

  await editContextFile(page, '.dockerignore', '# docs stay out\n*.md\ndocs\n');
  await expect(readme).toHaveAttribute('data-ignored', 'true');
  await expect(readme).toHaveAttribute('title', 'Ignored by .dockerignore, line 2: *.md');
  await expect(page.locator('[data-testid="context-row"][data-path="docs/notes.txt"]')).toHaveAttribute('data-ignored', 'true');
  await expect(page.locator('[data-testid="context-row"][data-path="bin/greeter"]')).toHaveAttribute('data-ignored', 'false');
  await expect(page.getByTestId('context-ignore-summary')).toContainText('.dockerignore leaves out 2 files');

  await page.locator('[data-testid="context-row"][data-path="docs"]').click();
  await page.getByTestId('context-delete').click();
  await expect(page.locator('[data-testid="context-row"][data-path="docs"]')).toHaveCount(0);
  await page.getByTestId('undo-removal').click();
  await expect(page.locator('[data-testid="context-row"][data-path="docs"]')).toContainText('11 B');
});

test('a picked project folder becomes the context, its Dockerfile a tab, node_modules left out', async ({ page }) => {
  const root = join(mkdtempSync(join(tmpdir(), 'stagecraft-e2e-')), 'shop');
  const files: Record<string, string> = {
    Dockerfile: 'FROM node:20-alpine AS shop\nCOPY . .\n',
    '.dockerignore': 'node_modules\n',
    'package.json': '{"name":"shop"}\n',
    'src/index.js': 'console.log("hi")\n',
    'node_modules/left-pad/index.js': 'module.exports = 1\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  await openApp(page);
  await page.getByTestId('context-folder-input').setInputFiles(root);
  await expect(page.getByTestId('import-note')).toContainText('Imported 3 files');
  await expect(page.getByTestId('import-note')).toContainText('Left out node_modules/ (1 file)');
  await expect(page.getByTestId('stage-node-0')).toContainText('shop');
  await expect(page.locator('[data-testid="context-row"][data-path="src/index.js"]')).toBeVisible();
  await expect(page.locator('[data-testid="context-row"][data-path="node_modules"]')).toHaveCount(0);
  await expect(page.getByTestId('restore-notice')).toContainText('Imported “shop”');
});

test('tabs: add, rename, switch, close and undo', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('dockerfile-tab-add').click();
  await page.getByTestId('dockerfile-tab-name-input').fill('Dockerfile');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dockerfile-tab-error')).toHaveText('"Dockerfile" already exists.');
  await page.getByTestId('dockerfile-tab-name-input').fill('api.Dockerfile');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="dockerfile-tab"][data-active="true"]')).toHaveAttribute('data-path', 'api.Dockerfile');
  await expect(page.locator('[data-testid="context-row"][data-path="api.Dockerfile"]')).toBeVisible();
  await expect(page.getByTestId('stage-node-0')).toContainText('stage-0');

  await page.locator('[data-testid="dockerfile-tab"][data-path="api.Dockerfile"] [data-testid="dockerfile-tab-close"]').click();
  await expect(page.getByTestId('dockerfile-tab')).toHaveCount(1);
  await expect(page.getByTestId('stage-node-0')).toContainText('deps');
  await page.getByTestId('undo-removal').click();
  await expect(page.getByTestId('dockerfile-tab')).toHaveCount(2);
  await expect(page.getByTestId('editor')).toContainText('FROM alpine:3.20');
});

test('the theme toggle switches and persists, and Monaco follows', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible({ timeout: 15_000 });
});

test('the system dark preference is followed until a theme is chosen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('splitters resize with the keyboard', async ({ page }) => {
  await openApp(page);
  const splitter = page.getByTestId('splitter-sidebar');
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 16));
  const width = await page.locator('#layout-sidebar').evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(before + 16);
  await page.keyboard.press('Home');
  await expect(splitter).toHaveAttribute('aria-valuenow', '180');

  // The bar between the stage graph and the build panels: down makes the graph taller, and the
  // height survives a reload.
  const rows = page.getByTestId('splitter-graph');
  const graphHeight = () => page.locator('#stack-top-graph').evaluate((el) => Math.round(el.getBoundingClientRect().height));
  const start = await graphHeight();
  await rows.focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(graphHeight).toBe(start + 64);
  await page.waitForTimeout(300); // the size is saved once the keys stop
  await page.reload();
  await expect.poll(graphHeight).toBe(start + 64);
});

test('has no serious accessibility violations in either theme, and screenshots', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') await page.getByTestId('theme-toggle').click();
    // A fresh load per theme: axe's scan leaves Monaco's background colouring stalled.
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('[data-testid^="stage-node-"]').first()).toBeVisible();
    await page.locator('[data-testid="context-row"][data-path=".dockerignore"]').click();
    const keyword = page.getByTestId('editor').locator('.view-line span span', { hasText: 'ENTRYPOINT' });
    await expect(keyword).toHaveCSS('color', theme === 'dark' ? 'rgb(124, 179, 251)' : 'rgb(29, 78, 216)');
    await page.screenshot({ path: `e2e/screenshots/workspace-${theme}.png` });
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The examples gallery, in the same theme.
    await page.getByTestId('open-gallery').click();
    await expect(page.getByTestId('gallery')).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/gallery-${theme}.png` });
    const gallery = await new AxeBuilder({ page }).include('[data-testid="gallery"]').analyze();
    const badInGallery = gallery.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(badInGallery.map((v) => `${theme} gallery ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('gallery')).toBeHidden();
  }
});
