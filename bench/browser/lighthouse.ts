/**
 * Budget 4: Lighthouse with its desktop config against the preview server, in a Chromium started
 * by chrome-launcher (headless, no network beyond loopback). Median of the runs for performance.
 */
import { BROWSER_FLAGS } from './server';
import { median, round1 } from './stats';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** The element Lighthouse took as the largest contentful paint. */
  lcpElement: string;
}

export interface FailingAudit {
  id: string;
  title: string;
  /** Selectors or snippets of the elements the audit flagged (first few). */
  elements: string[];
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  /** The run with the median performance score; its figures are the ones reported. */
  median: LighthouseRun;
  failingAccessibilityAudits: FailingAudit[];
  /** Other audits that scored below 1 in best practices and SEO. */
  otherFailingAudits: FailingAudit[];
}

const score = (value: number | null | undefined): number => Math.round((value ?? 0) * 100);

interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: unknown;
}

function flaggedElements(audit: AuditLike): string[] {
  type Item = { node?: { selector?: string; snippet?: string }; source?: { snippet?: string }; scriptUrl?: string; url?: string };
  const details = audit.details as { items?: Item[] } | undefined;
  const found = (details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? item.source?.snippet ?? item.scriptUrl ?? item.url ?? '');
  return [...new Set(found.filter((s) => s !== ''))].slice(0, 8);
}

function lcpElement(audit: AuditLike | undefined): string {
  // Lighthouse 13 names the LCP element in the LCP breakdown insight: a list holding a node item.
  const details = audit?.details as { items?: { type?: string; selector?: string; nodeLabel?: string }[] } | undefined;
  const node = details?.items?.find((item) => item.type === 'node');
  if (!node) return '';
  const label = (node.nodeLabel ?? '').slice(0, 60);
  return label ? `${node.selector ?? ''} "${label}"` : (node.selector ?? '');
}

export async function runLighthouse(url: string, chromePath: string, runs = 3): Promise<LighthouseResult> {
  // Loaded only when the browser bench runs: Lighthouse is large and slow to import.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...BROWSER_FLAGS, '--headless=new'], logLevel: 'silent' });
  const results: { run: LighthouseRun; audits: Record<string, AuditLike>; categories: Record<string, { auditRefs: { id: string; weight: number }[] }> }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        desktopConfig,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      const metric = (id: string): number => round1(audits[id]?.numericValue ?? Number.NaN);
      results.push({
        run: {
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          seo: score(categories.seo?.score),
          fcpMs: metric('first-contentful-paint'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
          speedIndexMs: metric('speed-index'),
          lcpElement: lcpElement(audits['lcp-breakdown-insight'] as unknown as AuditLike | undefined),
        },
        audits: audits as unknown as Record<string, AuditLike>,
        categories: categories as unknown as Record<string, { auditRefs: { id: string; weight: number }[] }>,
      });
    }
  } finally {
    await chrome.kill();
  }
  const medianPerf = median(results.map((r) => r.run.performance));
  const chosen = results.find((r) => r.run.performance === medianPerf) ?? results[0];
  if (!chosen) throw new Error('no Lighthouse runs');
  const failing = (category: string): AuditLike[] =>
    (chosen.categories[category]?.auditRefs ?? [])
      .map((ref) => chosen.audits[ref.id])
      .filter((a): a is AuditLike => a !== undefined && a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1);
  return {
    runs: results.map((r) => r.run),
    median: chosen.run,
    failingAccessibilityAudits: failing('accessibility').map((a) => ({ id: a.id, title: a.title, elements: flaggedElements(a) })),
    otherFailingAudits: [...failing('best-practices'), ...failing('seo')].map((a) => ({ id: a.id, title: a.title, elements: flaggedElements(a) })),
  };
}
