/**
 * `npm run bench`: every benchmark, side by side with the peer where there is one.
 * Prints a table and writes bench/results/latest.json. Budgets are checked and reported, not asserted
 * by unit tests.
 *
 * Flags: --browser (only the browser part), --no-browser (everything but the browser part). A partial
 * run replaces its own figures and budgets in latest.json and keeps the rest from the previous file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGET_NAMES, runBrowserBench, type Budget } from './browser';
import { runBuildBench } from './build.bench';
import { runParserBench } from './parser.bench';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = process.env.STAGECRAFT_SHARED ?? resolve(root, '../shared');
const args = process.argv.slice(2);
const onlyBrowser = args.includes('--browser');
const runNode = !onlyBrowser;
const runBrowser = !args.includes('--no-browser');
if (onlyBrowser && !runBrowser) {
  console.error('bench: --browser and --no-browser leave nothing to run');
  process.exit(2);
}
if (!existsSync(join(sharedDir, runNode ? 'corpus' : 'examples'))) {
  console.error(`bench: ../shared/${runNode ? 'corpus' : 'examples'} not found at ${sharedDir}`);
  process.exit(1);
}

const log = (line: string) => console.log(line);
const budgets: Budget[] = [];
const output: Record<string, unknown> = {};

if (runNode) {
  const parser = runParserBench(sharedDir, log);
  const corpusSized = parser.synthetic.find((r) => r.input.startsWith('synthetic 1x'));
  budgets.push({
    name: 'parser >= 10x faster than dockerfile-ast on corpus-sized files',
    ok: parser.corpus.ratio >= 10 && (corpusSized?.ratio ?? 0) >= 10,
    detail: `corpus ${parser.corpus.ratio.toFixed(1)}x, 1x-median file ${corpusSized?.ratio.toFixed(1)}x`,
  });
  budgets.push({
    name: 'parser time grows linearly (64x input < 80x time)',
    ok: parser.growth64x < 80,
    detail: `${parser.growth64x.toFixed(1)}x`,
  });

  const build = runBuildBench(sharedDir, log);
  budgets.push({
    name: 'full simulated build of every example < 5 ms (median)',
    ok: build.maxFullMs < 5,
    detail: `slowest ${build.maxFullMs.toFixed(2)} ms; warm rebuild slowest ${build.maxWarmMs.toFixed(2)} ms`,
  });
  budgets.push({
    name: 'simulated build of a 200-stage Dockerfile < 200 ms',
    ok: build.synthetic200Ms < 200,
    detail: `${build.synthetic200Ms.toFixed(1)} ms`,
  });
  Object.assign(output, { parser, build });
}

if (runBrowser) {
  const browser = await runBrowserBench(root, sharedDir, log);
  budgets.push(...browser.budgets);
  output.browser = browser.result;
}

log('\nBudgets:');
const status = (b: Budget) => (b.measured === false ? 'NOT MEASURED' : b.ok ? 'PASS' : 'FAIL');
for (const b of budgets) log(`  ${status(b)}  ${b.name}: ${b.detail}`);

const resultsDir = join(root, 'bench', 'results');
const latest = join(resultsDir, 'latest.json');
mkdirSync(resultsDir, { recursive: true });
// A partial run keeps the other part's figures and budgets from the previous file.
const previous = (runNode && runBrowser) || !existsSync(latest) ? {} : (JSON.parse(readFileSync(latest, 'utf8')) as Record<string, unknown>);
const browserNames = new Set<string>(Object.values(BUDGET_NAMES));
const keptBudgets = ((previous.budgets ?? []) as Budget[]).filter((b) => browserNames.has(b.name) !== runBrowser);
if (keptBudgets.length) log(`  (latest.json keeps ${keptBudgets.length} budget(s) from the previous run for the part not run now)`);
writeFileSync(latest, JSON.stringify({ ...previous, ...output, budgets: [...keptBudgets, ...budgets] }, null, 2));
// Unmeasured budgets are not met either: the exit code says whether every budget was shown to pass.
process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
