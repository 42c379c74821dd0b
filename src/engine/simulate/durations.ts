/**
 * The simulated clock. No real build is timed: every duration comes from a small, documented
 * model, and each step carries the model's sentence so the UI can say where a number comes from.
 * The rates are round figures chosen to be typical, not measured on any machine:
 * - a pull downloads the compressed image at 100 Mbit/s (12.5 MB/s), then unpacks the on-disk
 *   bytes at 200 MB/s;
 * - a copy costs 40 ms plus its bytes at 200 MB/s;
 * - a RUN takes what the simulated shell reports (its own model includes the container start);
 * - an ADD <url> downloads at the pull rate;
 * - metadata resolution takes 300 ms per build (images resolved in parallel);
 * - the context transfer costs 20 ms plus its bytes at 100 MB/s;
 * - exporting costs 100 ms plus the new layers' bytes at 250 MB/s.
 */
export const TIME_MODEL = {
  downloadBytesPerSecond: 12.5e6,
  unpackBytesPerSecond: 200e6,
  copyBytesPerSecond: 200e6,
  copyOverheadMs: 40,
  workdirMs: 15,
  metadataMs: 300,
  contextOverheadMs: 20,
  contextBytesPerSecond: 100e6,
  exportOverheadMs: 100,
  exportBytesPerSecond: 250e6,
} as const;

/** A duration and the sentence that explains it. */
export interface Timed {
  ms: number;
  source: string;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const at = (bytes: number, perSecond: number): number => (bytes / perSecond) * 1000;

export function pullTime(compressedBytes: number, onDiskBytes: number): Timed {
  const ms = Math.round(at(compressedBytes, TIME_MODEL.downloadBytesPerSecond) + at(onDiskBytes, TIME_MODEL.unpackBytesPerSecond));
  return { ms, source: `model: pull ${mb(compressedBytes)} compressed at 12.5 MB/s (100 Mbit/s) + unpack ${mb(onDiskBytes)} at 200 MB/s` };
}

export function copyTime(bytes: number): Timed {
  const ms = Math.round(TIME_MODEL.copyOverheadMs + at(bytes, TIME_MODEL.copyBytesPerSecond));
  return { ms, source: `model: copy 40 ms + ${mb(bytes)} at 200 MB/s` };
}

export function downloadTime(bytes: number): Timed {
  const ms = Math.round(at(bytes, TIME_MODEL.downloadBytesPerSecond));
  return { ms, source: `model: download ${mb(bytes)} at 12.5 MB/s (100 Mbit/s)` };
}

export function runTime(commandMs: number, commandSource: string): Timed {
  return { ms: Math.round(Math.max(0, commandMs)), source: `model: ${commandSource}` };
}

export function workdirTime(): Timed {
  return { ms: TIME_MODEL.workdirMs, source: 'model: mkdir 15 ms' };
}

export function contextTime(bytes: number): Timed {
  const ms = Math.round(TIME_MODEL.contextOverheadMs + at(bytes, TIME_MODEL.contextBytesPerSecond));
  return { ms, source: `model: context transfer 20 ms + ${mb(bytes)} at 100 MB/s` };
}

export function exportTime(newBytes: number): Timed {
  const ms = Math.round(TIME_MODEL.exportOverheadMs + at(newBytes, TIME_MODEL.exportBytesPerSecond));
  return { ms, source: `model: export 100 ms + ${mb(newBytes)} of new layers at 250 MB/s` };
}
