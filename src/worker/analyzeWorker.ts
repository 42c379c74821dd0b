/** The module Worker that runs the engine off the main thread. */
import { analyze } from '../engine';
import { createRequestHandler } from './handleRequests';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createRequestHandler({
  analyze,
  post: (response: AnalyzeResponse) => scope.postMessage(response),
  defer: (run) => setTimeout(run, 0),
});

scope.onmessage = (event: MessageEvent<AnalyzeRequest>) => handle(event.data);
