import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../engine';
import { fakeAnalysis } from '../store/testAnalysis';
import { createRequestHandler } from './handleRequests';
import { createWorkerAnalyzer, SupersededError, type WorkerLike } from './createWorkerAnalyzer';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

const input = (dockerfile: string): AnalyzeInput => ({ dockerfile });

describe('createRequestHandler', () => {
  it('analyses only the newest of the requests queued while busy', () => {
    const posted: AnalyzeResponse[] = [];
    const deferred: (() => void)[] = [];
    const analysed: string[] = [];
    const handle = createRequestHandler({
      analyze: (i) => (analysed.push(i.dockerfile), fakeAnalysis(i)),
      post: (r) => posted.push(r),
      defer: (run) => deferred.push(run),
    });
    handle({ id: 1, input: input('FROM a') });
    handle({ id: 2, input: input('FROM b') });
    handle({ id: 3, input: input('FROM c') });
    expect(deferred).toHaveLength(1);
    deferred.shift()!();
    expect(analysed).toEqual(['FROM c']);
    expect(posted.map((p) => [p.id, p.kind])).toEqual([[1, 'superseded'], [2, 'superseded'], [3, 'result']]);
  });

  it('reports an engine exception as an error response', () => {
    const posted: AnalyzeResponse[] = [];
    const handle = createRequestHandler({
      analyze: () => { throw new Error('boom'); },
      post: (r) => posted.push(r),
      defer: (run) => run(),
    });
    handle({ id: 9, input: input('x') });
    expect(posted).toEqual([{ id: 9, kind: 'error', message: 'boom' }]);
  });
});

/** A Worker stand-in that runs the real request handler in-process. */
function inProcessWorker(): WorkerLike & { fail(message: string): void } {
  const listeners: { message: ((e: MessageEvent<AnalyzeResponse>) => void)[]; error: ((e: ErrorEvent) => void)[] } = { message: [], error: [] };
  const handle = createRequestHandler({
    analyze: fakeAnalysis,
    post: (data) => queueMicrotask(() => listeners.message.forEach((l) => l({ data } as MessageEvent<AnalyzeResponse>))),
    defer: (run) => setTimeout(run, 0),
  });
  return {
    postMessage: (message: AnalyzeRequest) => handle(message),
    addEventListener: ((type: 'message' | 'error', listener: never) => listeners[type].push(listener)) as WorkerLike['addEventListener'],
    terminate: () => undefined,
    fail: (message) => listeners.error.forEach((l) => l({ message } as ErrorEvent)),
  };
}

describe('createWorkerAnalyzer', () => {
  it('resolves the newest request and rejects the superseded ones', async () => {
    const analyzer = createWorkerAnalyzer(inProcessWorker());
    const first = analyzer.analyze(input('FROM a\n'));
    const second = analyzer.analyze(input('FROM b\n'));
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    const result = await second;
    expect(result.graph?.stages.map((s) => s.line)).toEqual([1]);
  });

  it('rejects pending and later requests once the worker fails', async () => {
    const worker = inProcessWorker();
    const analyzer = createWorkerAnalyzer(worker);
    const pending = analyzer.analyze(input('FROM a\n'));
    worker.fail('404');
    await expect(pending).rejects.toThrow('analysis worker failed: 404');
    await expect(analyzer.analyze(input('FROM b\n'))).rejects.toThrow('404');
  });
});
