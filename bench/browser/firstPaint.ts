/**
 * Budgets 1 and 2: first contentful paint and first stage node from the preview server, and the
 * JavaScript fetched before the Monaco editor chunk was requested (gzip sizes of the built files).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { NAME_HELPER_SHIM } from './server';
import { median, round1 } from './stats';

/** Chunks that belong to the lazily loaded editor (named after src/ui/editor/MonacoEditor.tsx). */
const EDITOR_CHUNK = /\/assets\/(MonacoEditor|editor\.worker|codicon)-[^/]*$/;

export interface FirstPaintRun {
  fcpMs: number;
  firstStageNodeMs: number;
}

export interface EntryJsFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  startMs: number;
}

export interface FirstPaintResult {
  runs: FirstPaintRun[];
  fcpMedianMs: number;
  fcpMaxMs: number;
  firstStageNodeMedianMs: number;
  firstStageNodeMaxMs: number;
  /** JS requested before the first editor resource, from the first run. */
  entryJs: { files: EntryJsFile[]; gzipBytes: number; editorRequestedAtMs: number; editorResource: string };
}

// Runs in the page before any app script: note when the graph first holds a stage node.
function watchFirstStageNode(): void {
  const w = window as unknown as { __firstStageNodeMs?: number };
  const check = (): boolean => {
    if (document.querySelector('[data-testid="graph"] .react-flow__node')) {
      w.__firstStageNodeMs = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface ResourceEntry {
  name: string;
  startTime: number;
}

/** Files fetched before the editor's first resource, with gzip sizes computed from outDir. */
export function entryJsBeforeEditor(resources: readonly ResourceEntry[], outDir: string): FirstPaintResult['entryJs'] {
  const editor = resources.filter((r) => EDITOR_CHUNK.test(new URL(r.name).pathname)).sort((a, b) => a.startTime - b.startTime)[0];
  if (!editor) throw new Error('no editor chunk (MonacoEditor-*.js) was requested: did the editor load, or was it renamed?');
  const files = resources
    .filter((r) => r.startTime < editor.startTime && new URL(r.name).pathname.endsWith('.js'))
    .map((r) => {
      const file = new URL(r.name).pathname.replace(/^\//, '');
      const path = join(outDir, file);
      if (!existsSync(path)) throw new Error(`${file} was served but is not in ${outDir}`);
      const bytes = readFileSync(path);
      return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length, startMs: round1(r.startTime) };
    });
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    editorRequestedAtMs: round1(editor.startTime),
    editorResource: new URL(editor.name).pathname,
  };
}

export async function runFirstPaint(browser: Browser, url: string, outDir: string, runs = 5): Promise<FirstPaintResult> {
  const results: FirstPaintRun[] = [];
  let entryJs: FirstPaintResult['entryJs'] | undefined;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(NAME_HELPER_SHIM);
      await page.addInitScript(watchFirstStageNode);
      await page.goto(url, { waitUntil: 'load' });
      await page.locator('[data-testid="graph"] .react-flow__node').first().waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="editor"] .monaco-editor').first().waitFor({ timeout: 30_000 });
      const timings = await page.evaluate(async () => {
        // FCP can be reported a little after load; wait for the entry rather than race it.
        for (let t = 0; t < 100 && performance.getEntriesByName('first-contentful-paint').length === 0; t++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        const resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime }));
        return { fcp: fcp?.startTime ?? Number.NaN, node: (window as unknown as { __firstStageNodeMs?: number }).__firstStageNodeMs ?? Number.NaN, resources };
      });
      results.push({ fcpMs: round1(timings.fcp), firstStageNodeMs: round1(timings.node) });
      entryJs ??= entryJsBeforeEditor(timings.resources, outDir);
    } finally {
      await context.close();
    }
  }
  if (!entryJs) throw new Error('no page loads');
  const fcps = results.map((r) => r.fcpMs);
  const nodes = results.map((r) => r.firstStageNodeMs);
  return {
    runs: results,
    fcpMedianMs: median(fcps),
    fcpMaxMs: Math.max(...fcps),
    firstStageNodeMedianMs: median(nodes),
    firstStageNodeMaxMs: Math.max(...nodes),
    entryJs,
  };
}
