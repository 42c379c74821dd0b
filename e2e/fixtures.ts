/**
 * Shared e2e fixture: every test records console errors and requests that leave the app's origin,
 * and fails if there were any.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
    });
    await use(watch);
    expect(watch.foreignRequests, 'no request may leave the origin').toEqual([]);
    expect(watch.consoleErrors, 'no console errors').toEqual([]);
  },
});

export { expect };

/** Replaces the editor's whole text, as a person pasting would. */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('editor');
  await editor.locator('.monaco-editor').first().waitFor();
  await editor.locator('.view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
