import type { Locator, Page } from '@playwright/test';
import { expect, replaceEditorText, test } from './fixtures';

/** 60 stages in chains of ten, with some COPY --from across them. */
function bigDockerfile(): string {
  let text = '';
  for (let i = 0; i < 60; i++) {
    text += `FROM ${i % 10 === 0 ? 'alpine:3.19' : `s${i - 1}`} AS s${i}\n`;
    if (i > 2 && i % 3 === 0) text += `COPY --from=s${i - 3} /out /in${i}\n`;
    text += `RUN echo ${i} > /out\n`;
  }
  return text;
}

/** Whether the element lies wholly inside the graph's visible pane. */
async function inPane(page: Page, node: Locator): Promise<boolean> {
  const pane = await page.locator('[data-testid="graph"] .react-flow').boundingBox();
  const box = await node.boundingBox();
  if (!pane || !box) return false;
  return box.x >= pane.x - 1 && box.y >= pane.y - 1 && box.x + box.width <= pane.x + pane.width + 1 && box.y + box.height <= pane.y + pane.height + 1;
}

test('a 60-stage graph opens on its target at a readable size and follows the editor', async ({ page }) => {
  await page.goto('/');
  await replaceEditorText(page, bigDockerfile());
  await expect(page.getByTestId('graph-focus-note')).toBeVisible();
  const target = page.getByTestId('stage-node-59');
  await expect.poll(() => inPane(page, target)).toBe(true);
  // Readable: the node is drawn at no less than 45% of its size.
  const box = await target.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(204 * 0.45);

  // The cursor on stage s1 (line 3) brings its node into view.
  const first = page.getByTestId('stage-node-1');
  expect(await inPane(page, first)).toBe(false);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => inPane(page, first)).toBe(true);
});
