/**
 * Build-simulator benchmark: a full simulated build (parse -> plan -> simulate -> report) of every
 * shared example with its context, a 200-stage synthetic Dockerfile, and the rebuild of each example
 * against the cache its first build left (every step CACHED).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImage } from '../src/engine/build';
import { exampleContexts } from '../src/examples/contexts';
import { toBuildContext } from '../src/examples/contexts/contextUse';
import { formatMs, measure } from './measure';

export interface BuildBenchRow {
  id: string;
  /** Median ms of a build from an empty cache. */
  fullMs: number;
  /** Median ms of the rebuild against the first build's cache. */
  warmMs: number;
}

export interface BuildBenchReport {
  examples: BuildBenchRow[];
  /** The slowest example's median full build. */
  maxFullMs: number;
  maxWarmMs: number;
  synthetic200Ms: number;
}

/** 200 stages, each copying the previous stage's file: every stage is needed by the last. */
export function syntheticStages(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`FROM alpine:3.19 AS s${i}`, 'WORKDIR /app', `ENV STEP=${i}`, `RUN echo ${i} > /f${i}`);
    if (i > 0) lines.push(`COPY --from=s${i - 1} /f${i - 1} /`);
  }
  return `${lines.join('\n')}\n`;
}

export function runBuildBench(sharedDir: string, log: (line: string) => void): BuildBenchReport {
  log('\nBuild simulator (parse -> plan -> simulate -> report), median per build:');
  log(`  ${'example'.padEnd(24)} ${'full'.padStart(10)} ${'warm rebuild'.padStart(13)}`);
  const examples: BuildBenchRow[] = [];
  for (const ex of exampleContexts) {
    const dockerfile = readFileSync(join(sharedDir, 'examples', ex.id, 'Dockerfile'), 'utf8');
    const context = toBuildContext(ex.files);
    const first = buildImage({ dockerfile, context });
    const full = measure(() => buildImage({ dockerfile, context }), 200);
    const warm = measure(() => buildImage({ dockerfile, context, cache: first.cache }), 200);
    examples.push({ id: ex.id, fullMs: full.medianMs, warmMs: warm.medianMs });
    log(`  ${ex.id.padEnd(24)} ${formatMs(full.medianMs).padStart(10)} ${formatMs(warm.medianMs).padStart(13)}`);
  }
  const synthetic = syntheticStages(200);
  const big = measure(() => buildImage({ dockerfile: synthetic }), 1000, 5);
  log(`  ${'synthetic 200 stages'.padEnd(24)} ${formatMs(big.medianMs).padStart(10)}`);
  return {
    examples,
    maxFullMs: Math.max(...examples.map((e) => e.fullMs)),
    maxWarmMs: Math.max(...examples.map((e) => e.warmMs)),
    synthetic200Ms: big.medianMs,
  };
}
