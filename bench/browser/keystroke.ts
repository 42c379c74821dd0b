/**
 * Budget 3: keystroke to updated graph. Each example is put into Monaco, a stage `k` is appended,
 * and then a letter is pressed again and again; in the page we time from the key's capture-phase
 * `keydown` to the MutationObserver seeing a stage titled with the new name, plus one animation frame.
 */
import type { Page } from '@playwright/test';
import { percentile, round1 } from './stats';

const GRAPH = '[data-testid="graph"]';
const PRESS_TIMEOUT_MS = 5000;

export interface KeystrokeSeries {
  name: string;
  stages: number;
  samplesMs: number[];
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Presses whose stage never showed up within PRESS_TIMEOUT_MS (counted as Infinity in p95). */
  timeouts: number;
}

interface BenchWindow {
  /** `arm` names the title the next keydown must produce; `landed` resolves with its latency. */
  __keystrokeBench?: { arm: (title: string) => void; landed: () => Promise<number> };
}

// Runs in the page once: a capture-phase keydown listener and a MutationObserver on the graph.
function installProbe({ graphSelector, timeoutMs }: { graphSelector: string; timeoutMs: number }): void {
  const w = window as unknown as BenchWindow;
  if (w.__keystrokeBench) return;
  let pending: { title: string; start: number | null; done: (ms: number) => void } | null = null;
  const hasTitle = (title: string): boolean => {
    const graph = document.querySelector(graphSelector);
    if (!graph) return false;
    for (const el of graph.querySelectorAll('.react-flow__node .stage-node-title')) if (el.textContent === title) return true;
    return false;
  };
  const check = (): void => {
    if (!pending || pending.start === null || !hasTitle(pending.title)) return;
    const { start, done } = pending;
    pending = null;
    requestAnimationFrame(() => done(performance.now() - start));
  };
  window.addEventListener('keydown', () => {
    if (pending && pending.start === null) pending.start = performance.now();
  }, { capture: true });
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  let result: Promise<number> = Promise.resolve(Number.NaN);
  w.__keystrokeBench = {
    arm: (title) => {
      result = new Promise<number>((resolve) => {
        const timer = setTimeout(() => ((pending = null), resolve(Number.POSITIVE_INFINITY)), timeoutMs);
        pending = { title, start: null, done: (ms) => (clearTimeout(timer), resolve(ms)) };
      });
    },
    landed: () => result,
  };
}

async function waitForStageTitle(page: Page, title: string): Promise<void> {
  await page
    .locator(`${GRAPH} .react-flow__node .stage-node-title`)
    .filter({ hasText: new RegExp(`^${title}$`) })
    .first()
    // Attached, not visible: React Flow keeps a node hidden until it has measured it.
    .waitFor({ state: 'attached', timeout: 30_000 });
}

async function replaceEditorText(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('editor');
  await editor.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  await editor.locator('.view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Measures `presses` keystrokes on `text` (plus an appended stage `k`). */
export async function measureKeystrokes(page: Page, name: string, text: string, presses: number): Promise<KeystrokeSeries> {
  await page.evaluate(installProbe, { graphSelector: GRAPH, timeoutMs: PRESS_TIMEOUT_MS });
  await replaceEditorText(page, text);
  await page.locator(`${GRAPH} .react-flow__node`).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('FROM scratch AS k');
  await waitForStageTitle(page, 'k');
  const stages = await page.locator(`${GRAPH} .react-flow__node .stage-node-title`).count();
  const samples: number[] = [];
  let title = 'k';
  for (let i = 0; i < presses; i++) {
    title += 'x';
    const expected = title;
    // Arm first and wait for it, so the probe is ready before the key event is dispatched.
    await page.evaluate((t) => (window as unknown as BenchWindow).__keystrokeBench?.arm(t), expected);
    await page.keyboard.press('x');
    const ms = await page.evaluate(() => (window as unknown as BenchWindow).__keystrokeBench?.landed() ?? Number.NaN);
    samples.push(Number.isFinite(ms) ? round1(ms) : ms);
    // After a timeout, let the page settle on this title before the next press.
    if (!Number.isFinite(ms)) await waitForStageTitle(page, expected);
  }
  const finite = samples.filter(Number.isFinite);
  return {
    name,
    stages,
    samplesMs: samples,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: Math.max(...samples),
    timeouts: samples.length - finite.length,
  };
}

/** A Dockerfile of `count` stages, each copying from the one before. */
export function syntheticDockerfile(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`FROM alpine:3.19 AS s${i}`);
    if (i > 0) lines.push(`COPY --from=s${i - 1} /out /in`);
    lines.push(`RUN mkdir -p /out && echo stage ${i} > /out/s${i}.txt`);
  }
  return `${lines.join('\n')}\n`;
}
