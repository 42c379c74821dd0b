import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Download, Page } from '@playwright/test';
import { expect, replaceEditorText, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function openGraph(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-testid^="stage-node-"]').first()).toBeVisible({ timeout: 15_000 });
}

async function exportVia(page: Page, name: string, savePath: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  await download.saveAs(savePath);
  return { download, bytes: await readFile(savePath) };
}

/** Width, height and the top-left pixel's brightness (0-255) of an 8-bit RGB(A) PNG. */
function readPng(bytes: Buffer): { width: number; height: number; cornerBrightness: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [bitDepth, colourType] = [bytes[24], bytes[25]];
  expect(bitDepth).toBe(8);
  expect([2, 6]).toContain(colourType);
  // Concatenate the IDAT chunks and inflate. Row 0's first pixel is stored as is whatever the row's filter.
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const [r = 0, g = 0, b = 0] = raw.subarray(1, 4);
  return { width, height, cornerBrightness: Math.round((r + g + b) / 3) };
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  if ((await page.locator('html').getAttribute('data-theme')) !== theme) await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('exports the whole stage graph as PNG and SVG in both themes', async ({ page }, testInfo) => {
  await openGraph(page);
  const titles = await page.locator('.stage-node-title').allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  const png = page.getByRole('button', { name: 'Export graph as PNG' });
  const svg = page.getByRole('button', { name: 'Export graph as SVG' });
  await expect(png).toBeEnabled();

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    const exported = await exportVia(page, 'Export graph as PNG', testInfo.outputPath(`graph-${theme}.png`));
    expect(exported.download.suggestedFilename()).toBe('stagecraft-graph.png');
    const image = readPng(exported.bytes);
    expect(image.width).toBeGreaterThan(200);
    expect(image.height).toBeGreaterThan(100);
    // The whole graph, not just the visible part: at least as wide as all stage nodes side by side.
    const graphWidth = await page.locator('.react-flow__node').evaluateAll((nodes) => {
      const boxes = nodes.map((n) => n.getBoundingClientRect());
      return Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
    });
    const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(image.width).toBeGreaterThanOrEqual(Math.floor(graphWidth / zoom));
    // The canvas colour of the theme, not a transparent or fixed background.
    if (theme === 'light') expect(image.cornerBrightness).toBeGreaterThan(200);
    else expect(image.cornerBrightness).toBeLessThan(60);
  }

  // SVG (dark theme still), from the keyboard this time.
  const liveStrokes = await page.locator('.react-flow__edge-path').evaluateAll((paths) => paths.map((p) => getComputedStyle(p).stroke));
  await svg.focus();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(svgDownload.suggestedFilename()).toBe('stagecraft-graph.svg');
  const svgPath = testInfo.outputPath('graph.svg');
  await svgDownload.saveAs(svgPath);
  const svgText = await readFile(svgPath, 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('</svg>');
  for (const title of titles) expect(svgText).toContain(`>${title}<`);
  // Edges keep the theme's colours, which the page sets in CSS rather than inline.
  const exportedStrokes = [...svgText.matchAll(/<path [^>]*class="react-flow__edge-path"[^>]*>/g)].map(
    ([tag]) => /style="(?:[^"]*;)?\s*stroke:\s*([^;"]+)/.exec(tag)?.[1]?.trim(),
  );
  expect(exportedStrokes).toEqual(liveStrokes);
  expect(svgText, 'minimap and controls are left out').not.toContain('react-flow__minimap');
  expect(svgText).not.toContain('react-flow__controls');
  await expect(page.getByTestId('graph-export-status')).toHaveText('');

  // Nothing to export without stages.
  await replaceEditorText(page, '# no stages yet\n');
  await expect(page.locator('[data-testid^="stage-node-"]')).toHaveCount(0);
  await expect(png).toBeDisabled();
  await expect(svg).toBeDisabled();
});

test('a failed export says why next to the buttons, without a console error', async ({ page }) => {
  await openGraph(page);
  // Break the step html-to-image ends with, as an unexpected browser failure would.
  await page.evaluate(() => {
    XMLSerializer.prototype.serializeToString = () => {
      throw new Error('serializer broke');
    };
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export graph as SVG' }).click();
  await expect(page.getByTestId('graph-export-status')).toHaveText('Could not export the graph: serializer broke.');
  await expect(page.getByRole('button', { name: 'Export graph as PNG' })).toBeEnabled();
  expect(downloads).toBe(0);
});
