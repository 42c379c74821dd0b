/**
 * An `Analyzer` backed by the module Worker. Each request gets an id; superseded or failed
 * requests reject, and the store's scheduler ignores every answer but the newest.
 */
import type { Analysis, AnalyzeInput } from '../engine';
import type { Analyzer } from '../store';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

export class SupersededError extends Error {
  constructor() {
    super('analysis request superseded by a newer one');
  }
}

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: unknown): void;
}

/** Minimal Worker surface, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalyzeResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export function createWorkerAnalyzer(worker: WorkerLike = startAnalyzeWorker()): Analyzer {
  let nextId = 0;
  let broken: unknown = null;
  const pending = new Map<number, Pending>();

  worker.addEventListener('message', (event) => {
    const response = event.data;
    const entry = pending.get(response.id);
    if (!entry) return;
    pending.delete(response.id);
    if (response.kind === 'result') entry.resolve(response.analysis);
    else if (response.kind === 'superseded') entry.reject(new SupersededError());
    else entry.reject(new Error(response.message));
  });
  // A Worker that fails to load never answers: fail everything now and later, so the store
  // falls back to analysing inline.
  worker.addEventListener('error', (event) => {
    broken = new Error(`analysis worker failed: ${event.message || 'could not start'}`);
    for (const entry of pending.values()) entry.reject(broken);
    pending.clear();
  });

  return {
    analyze(input: AnalyzeInput) {
      if (broken) return Promise.reject(broken);
      const id = ++nextId;
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, input });
      });
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}

function startAnalyzeWorker(): WorkerLike {
  return new Worker(new URL('./analyzeWorker.ts', import.meta.url), { type: 'module', name: 'stagecraft-analyze' }) as WorkerLike;
}
