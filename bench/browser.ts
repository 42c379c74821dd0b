/**
 * The browser part of `npm run bench`: builds the app, serves it with `vite preview`, and measures
 * in Chromium first paint, the JavaScript fetched before the editor, keystroke-to-graph latency
 * and Lighthouse (desktop). Returns the figures and PASS/FAIL budgets; never throws for a missing
 * browser (the budgets are then reported as not measured).
 *
 * Settings: STAGECRAFT_BENCH_OUTDIR (build dir, default dist), STAGECRAFT_BENCH_PORT (default 4318),
 * STAGECRAFT_BENCH_PRESSES (key presses per file, default 25), CHROMIUM_PATH.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { runFirstPaint, type FirstPaintResult } from './browser/firstPaint';
import { measureKeystrokes, syntheticDockerfile, type KeystrokeSeries } from './browser/keystroke';
import { runLighthouse, type LighthouseResult } from './browser/lighthouse';
import { BROWSER_FLAGS, buildApp, findChromium, NAME_HELPER_SHIM, startPreview } from './browser/server';
import { fmtMs, percentile } from './browser/stats';

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
  /** false when the figure could not be taken (no browser, or the step failed). */
  measured?: boolean;
}

export interface BrowserBenchResult {
  browser: string | null;
  firstPaint?: FirstPaintResult;
  keystroke?: { examples?: KeystrokeSeries[]; overallP95Ms?: number; synthetic100?: KeystrokeSeries | undefined };
  lighthouse?: LighthouseResult;
  errors: string[];
  durationMs: number;
}

export const BUDGET_NAMES = {
  fcp: 'first contentful paint < 1000 ms (median of 5, preview server)',
  entryJs: 'JS fetched before the editor chunk < 300,000 B gzip',
  keysExamples: 'keystroke to updated graph < 50 ms p95 on the examples',
  keys100: 'keystroke to updated graph < 250 ms p95 on a 100-stage file',
  lhPerf: 'Lighthouse desktop performance >= 90 (median of 3)',
  lhA11y: 'Lighthouse desktop accessibility >= 95',
} as const;

function notMeasured(reason: string): Budget[] {
  return Object.values(BUDGET_NAMES).map((name) => ({ name, ok: false, measured: false, detail: reason }));
}

/** Every example Dockerfile: a folder holding `Dockerfile`, or a file that is not the README. */
export function exampleDockerfiles(examplesDir: string): { name: string; text: string }[] {
  return readdirSync(examplesDir)
    .sort()
    .flatMap((entry) => {
      const path = join(examplesDir, entry);
      if (statSync(path).isDirectory()) {
        const file = join(path, 'Dockerfile');
        return existsSync(file) ? [{ name: entry, text: readFileSync(file, 'utf8') }] : [];
      }
      return /readme/i.test(entry) ? [] : [{ name: entry, text: readFileSync(path, 'utf8') }];
    });
}

const seriesLine = (s: KeystrokeSeries): string =>
  `  ${s.name.padEnd(24)} ${String(s.stages).padStart(3)} stages  p50 ${fmtMs(s.p50Ms).padStart(9)}  p95 ${fmtMs(s.p95Ms).padStart(9)}  max ${fmtMs(s.maxMs)}${s.timeouts ? `  (${s.timeouts} timeouts)` : ''}`;

/** Runs `fn` on a fresh page (1440x900, like the e2e tests) that has loaded the app. */
async function withAppPage<T>(browser: Browser, url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript(NAME_HELPER_SHIM);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function keystrokesOnExamples(browser: Browser, url: string, sharedDir: string, presses: number, log: (l: string) => void) {
  return withAppPage(browser, url, async (page) => {
    const examples: KeystrokeSeries[] = [];
    for (const { name, text } of exampleDockerfiles(join(sharedDir, 'examples'))) {
      const series = await measureKeystrokes(page, name, text, presses);
      examples.push(series);
      log(seriesLine(series));
    }
    return { examples, overallP95Ms: percentile(examples.flatMap((e) => e.samplesMs), 95) };
  });
}

function logFirstPaint(fp: FirstPaintResult, log: (l: string) => void): void {
  log(`  first contentful paint: median ${fmtMs(fp.fcpMedianMs)}, max ${fmtMs(fp.fcpMaxMs)}  (runs ${fp.runs.map((r) => r.fcpMs).join(', ')})`);
  log(`  first stage node:       median ${fmtMs(fp.firstStageNodeMedianMs)}, max ${fmtMs(fp.firstStageNodeMaxMs)}`);
  log(`  JS before the editor (first editor request ${fp.entryJs.editorResource} at ${fmtMs(fp.entryJs.editorRequestedAtMs)}):`);
  for (const f of fp.entryJs.files) log(`    ${f.file.padEnd(40)} ${String(f.rawBytes).padStart(9)} B raw  ${String(f.gzipBytes).padStart(8)} B gzip`);
  log(`    total ${fp.entryJs.gzipBytes} B gzip`);
}

function logLighthouse(lh: LighthouseResult, log: (l: string) => void): void {
  const m = lh.median;
  log(`  Lighthouse desktop (run with the median performance of ${lh.runs.length}; performance per run ${lh.runs.map((r) => r.performance).join(', ')}):`);
  log(`    performance ${m.performance}, accessibility ${m.accessibility}, best practices ${m.bestPractices}, SEO ${m.seo}`);
  log(`    FCP ${fmtMs(m.fcpMs)}, LCP ${fmtMs(m.lcpMs)} (${m.lcpElement || 'element unknown'}), TBT ${fmtMs(m.tbtMs)}, CLS ${m.cls}, Speed Index ${fmtMs(m.speedIndexMs)}`);
  for (const a of lh.failingAccessibilityAudits) log(`    a11y audit failing: ${a.id} (${a.title}) ${a.elements.join(' | ')}`);
  for (const a of lh.otherFailingAudits) log(`    other audit failing: ${a.id} (${a.title}) ${a.elements.join(' | ')}`);
}

export async function runBrowserBench(root: string, sharedDir: string, log: (line: string) => void): Promise<{ result: BrowserBenchResult; budgets: Budget[] }> {
  const started = Date.now();
  const outDir = resolve(root, process.env.STAGECRAFT_BENCH_OUTDIR ?? 'dist');
  const port = Number(process.env.STAGECRAFT_BENCH_PORT ?? 4318);
  const presses = Number(process.env.STAGECRAFT_BENCH_PRESSES ?? 25);
  const result: BrowserBenchResult = { browser: findChromium(), errors: [], durationMs: 0 };
  log('\nBrowser (production build, vite preview, Chromium)');
  const chromePath = result.browser;
  if (!chromePath) {
    const reason = 'no Chromium found (npx playwright install chromium, apt-get install chromium, or set CHROMIUM_PATH)';
    log(`  NOTICE: ${reason}; the browser budgets are NOT MEASURED.`);
    return { result, budgets: notMeasured(reason) };
  }
  log(`  browser ${chromePath}; building into ${outDir}; serving on 127.0.0.1:${port}`);
  let server: Awaited<ReturnType<typeof startPreview>>;
  try {
    buildApp(root, outDir);
    server = await startPreview(root, outDir, port);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result.errors.push(reason);
    log(`  ERROR ${reason}`);
    return { result, budgets: notMeasured(reason) };
  }
  let browser: Browser | undefined;
  // Each step is fenced: a failure is recorded and leaves its budgets unmeasured, not the others.
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      // The first line is enough for the report (Playwright appends a long call log).
      const message = `${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
      result.errors.push(message);
      log(`  ERROR ${message}`);
      return undefined;
    }
  };
  try {
    browser = await step('launching Chromium', () => chromium.launch({ executablePath: chromePath, args: BROWSER_FLAGS }));
    const b = browser;
    if (b) {
      result.firstPaint = await step('first paint', () => runFirstPaint(b, server.url, outDir, 5));
      if (result.firstPaint) logFirstPaint(result.firstPaint, log);
      log(`  keystroke to updated graph (${presses} presses each):`);
      const examples = await step('keystrokes on the examples', () => keystrokesOnExamples(b, server.url, sharedDir, presses, log));
      if (examples) log(`  overall p95 across examples: ${fmtMs(examples.overallP95Ms)}`);
      const synthetic = await step('keystrokes on 100 stages', () =>
        withAppPage(b, server.url, (page) => measureKeystrokes(page, 'synthetic 100 stages', syntheticDockerfile(100), presses)),
      );
      if (synthetic) log(seriesLine(synthetic));
      result.keystroke = { ...examples, synthetic100: synthetic };
      // Lighthouse starts a Chromium of its own; close this one first so it does not compete.
      await b.close();
    }
    result.lighthouse = await step('lighthouse', () => runLighthouse(server.url, chromePath, 3));
    if (result.lighthouse) logLighthouse(result.lighthouse, log);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    result.durationMs = Date.now() - started;
  }
  return { result, budgets: browserBudgets(result) };
}

function browserBudgets(r: BrowserBenchResult): Budget[] {
  const missing = (name: string): Budget => ({ name, ok: false, measured: false, detail: r.errors.join('; ') || 'not measured' });
  const budgets: Budget[] = [];
  const fp = r.firstPaint;
  budgets.push(fp ? { name: BUDGET_NAMES.fcp, ok: fp.fcpMedianMs < 1000, detail: `median ${fmtMs(fp.fcpMedianMs)}, max ${fmtMs(fp.fcpMaxMs)}; first stage node median ${fmtMs(fp.firstStageNodeMedianMs)}, max ${fmtMs(fp.firstStageNodeMaxMs)}` } : missing(BUDGET_NAMES.fcp));
  budgets.push(fp ? { name: BUDGET_NAMES.entryJs, ok: fp.entryJs.gzipBytes < 300_000, detail: `${fp.entryJs.gzipBytes} B gzip in ${fp.entryJs.files.length} file(s): ${fp.entryJs.files.map((f) => f.file).join(', ')}` } : missing(BUDGET_NAMES.entryJs));
  const ks = r.keystroke;
  if (ks?.examples && ks.overallP95Ms !== undefined) {
    const worst = [...ks.examples].sort((a, b) => b.p95Ms - a.p95Ms)[0];
    budgets.push({ name: BUDGET_NAMES.keysExamples, ok: ks.overallP95Ms < 50, detail: `overall p95 ${fmtMs(ks.overallP95Ms)} over ${ks.examples.length} examples; worst example ${worst?.name ?? '-'} p95 ${fmtMs(worst?.p95Ms ?? Number.NaN)}` });
  } else budgets.push(missing(BUDGET_NAMES.keysExamples));
  const s100 = ks?.synthetic100;
  budgets.push(s100 ? { name: BUDGET_NAMES.keys100, ok: s100.p95Ms < 250, detail: `p95 ${fmtMs(s100.p95Ms)}, p50 ${fmtMs(s100.p50Ms)}, max ${fmtMs(s100.maxMs)}` } : missing(BUDGET_NAMES.keys100));
  const lh = r.lighthouse;
  if (lh) {
    const failing = lh.failingAccessibilityAudits.map((a) => a.id).join(', ');
    budgets.push({ name: BUDGET_NAMES.lhPerf, ok: lh.median.performance >= 90, detail: `${lh.median.performance} (runs ${lh.runs.map((x) => x.performance).join(', ')}); FCP ${fmtMs(lh.median.fcpMs)}, LCP ${fmtMs(lh.median.lcpMs)}, TBT ${fmtMs(lh.median.tbtMs)}, CLS ${lh.median.cls}` });
    budgets.push({ name: BUDGET_NAMES.lhA11y, ok: lh.median.accessibility >= 95, detail: `${lh.median.accessibility}${failing ? `; failing: ${failing}` : ''}; best practices ${lh.median.bestPractices}, SEO ${lh.median.seo}` });
  } else budgets.push(missing(BUDGET_NAMES.lhPerf), missing(BUDGET_NAMES.lhA11y));
  return budgets;
}
