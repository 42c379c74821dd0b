/**
 * A small timing harness: warm up, then run batches until a time budget is spent and report the
 * median time per call. Benchmarks measure; tests never time anything.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  /** Median milliseconds per call over the batches. */
  medianMs: number;
  /** Calls made in total (after warm-up). */
  calls: number;
}

/** Times `fn` (which should do one unit of work) and returns the median ms per call. */
export function measure(fn: () => unknown, budgetMs = 300, minBatches = 7): Measurement {
  // Warm-up: let the JIT settle and estimate how many calls make a ~20 ms batch.
  let calls = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < Math.min(100, budgetMs / 3) || calls < 3) {
    fn();
    calls++;
  }
  const perCall = (performance.now() - warmStart) / calls;
  const batchSize = Math.max(1, Math.round(20 / Math.max(perCall, 1e-6)));
  const samples: number[] = [];
  let total = 0;
  const start = performance.now();
  while (samples.length < minBatches || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    for (let i = 0; i < batchSize; i++) fn();
    samples.push((performance.now() - t0) / batchSize);
    total += batchSize;
    if (samples.length > 200) break;
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)] ?? 0, calls: total };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : Infinity;
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

/**
 * Times two functions in alternating batches, so background load (another process on a shared
 * machine) hits both sides alike; returns the median ms per call of each.
 */
export function measurePair(a: () => unknown, b: () => unknown, budgetMs = 600, minRounds = 9): [Measurement, Measurement] {
  const batch = (fn: () => unknown) => {
    let calls = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 15 || calls < 1) {
      fn();
      calls++;
    }
    return { ms: (performance.now() - t0) / calls, calls };
  };
  batch(a);
  batch(b);
  const sa: number[] = [];
  const sb: number[] = [];
  let ca = 0;
  let cb = 0;
  const start = performance.now();
  while (sa.length < minRounds || performance.now() - start < budgetMs) {
    const ra = batch(a);
    const rb = batch(b);
    sa.push(ra.ms);
    sb.push(rb.ms);
    ca += ra.calls;
    cb += rb.calls;
    if (sa.length > 200) break;
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return [
    { medianMs: median(sa), calls: ca },
    { medianMs: median(sb), calls: cb },
  ];
}
