/**
 * Debounces analysis requests and lets only the latest one land: typing fast sends one request
 * per pause, and a slow answer for old text never overwrites a newer one.
 */
import type { Analysis, AnalyzeInput } from '../engine';
import type { Analyzer } from './appState';

export interface AnalysisScheduler {
  /** Queue `input`; with `immediate` it is sent at once (choices like target), else after the debounce. */
  schedule(input: AnalyzeInput, options?: { immediate?: boolean }): void;
  dispose(): void;
}

export interface SchedulerOptions {
  analyzer: Analyzer;
  debounceMs: number;
  /** Called with the result of the newest request only. */
  onResult(analysis: Analysis, input: AnalyzeInput): void;
  /** The analyzer failed for the newest request (e.g. the Worker could not start). */
  onError(input: AnalyzeInput, error: unknown): void;
}

export function createAnalysisScheduler(options: SchedulerOptions): AnalysisScheduler {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const send = (input: AnalyzeInput, seq: number): void => {
    options.analyzer.analyze(input).then(
      (analysis) => {
        if (!disposed && seq === latest) options.onResult(analysis, input);
      },
      (error: unknown) => {
        if (!disposed && seq === latest) options.onError(input, error);
      },
    );
  };

  return {
    schedule(input, { immediate = false } = {}) {
      if (disposed) return;
      const seq = ++latest;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (immediate || options.debounceMs <= 0) {
        send(input, seq);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        send(input, seq);
      }, options.debounceMs);
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      options.analyzer.dispose?.();
    },
  };
}
