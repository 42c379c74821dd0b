/**
 * Where the engine runs when the Worker cannot: on the main thread, loaded on first use (the
 * full engine with the simulator is too big for the first page's JavaScript). A page without
 * Workers (or whose Worker fails to start) then still gets builds, only less smoothly.
 */
import type { Analysis, AnalyzeInput } from '../engine';
import type { Analyzer } from '../store';
import { SupersededError } from './createWorkerAnalyzer';

/** The engine's `analyze`, loaded on the first request. */
export function createInlineAnalyzer(load: () => Promise<{ analyze(input: AnalyzeInput): Analysis }> = () => import('../engine/analyze')): Analyzer {
  return { analyze: async (input) => (await load()).analyze(input) };
}

/**
 * `primary` until it fails for a reason other than being superseded; from then on `fallback`
 * answers every request, starting with the one that failed.
 */
export function withFallback(primary: Analyzer, fallback: Analyzer, onSwitch: (error: unknown) => void = () => undefined): Analyzer {
  let failed = false;
  return {
    async analyze(input) {
      if (failed) return fallback.analyze(input);
      try {
        return await primary.analyze(input);
      } catch (error) {
        if (error instanceof SupersededError) throw error;
        if (!failed) {
          failed = true;
          onSwitch(error);
          primary.dispose?.();
        }
        return fallback.analyze(input);
      }
    },
    dispose() {
      primary.dispose?.();
      fallback.dispose?.();
    },
  };
}
