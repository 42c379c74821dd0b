/**
 * `npm run bench`: every benchmark, side by side with the peer where there is one.
 * Prints a table and writes bench/results/latest.json. Budgets are checked and reported, not asserted
 * by unit tests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuildBench } from './build.bench';
import { runParserBench } from './parser.bench';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = process.env.STAGECRAFT_SHARED ?? resolve(root, '../shared');
if (!existsSync(join(sharedDir, 'corpus'))) {
  console.error(`bench: ../shared/corpus not found at ${sharedDir}`);
  process.exit(1);
}

const log = (line: string) => console.log(line);
const budgets: { name: string; ok: boolean; detail: string }[] = [];

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

log('\nBudgets:');
for (const b of budgets) log(`  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}: ${b.detail}`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify({ parser, build, budgets }, null, 2));
process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
