/**
 * The Worker's message loop, separate from the Worker global so it can be tested in Node.
 * Requests that queue up while the engine is busy collapse to the newest: only it is analysed,
 * the rest are answered `superseded`.
 */
import type { Analysis, AnalyzeInput } from '../engine';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

export interface RequestHandlerDeps {
  analyze(input: AnalyzeInput): Analysis;
  post(response: AnalyzeResponse): void;
  /** Defers work until already-queued messages have been delivered (setTimeout 0 in a Worker). */
  defer(run: () => void): void;
}

export function createRequestHandler(deps: RequestHandlerDeps): (request: AnalyzeRequest) => void {
  let pending: AnalyzeRequest | null = null;
  let scheduled = false;

  const runLatest = (): void => {
    scheduled = false;
    const request = pending;
    pending = null;
    if (!request) return;
    try {
      deps.post({ id: request.id, kind: 'result', analysis: deps.analyze(request.input) });
    } catch (error) {
      // The engine promises never to throw on input; if it does, say so instead of going silent.
      deps.post({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (request) => {
    if (pending) deps.post({ id: pending.id, kind: 'superseded' });
    pending = request;
    if (!scheduled) {
      scheduled = true;
      deps.defer(runLatest);
    }
  };
}
