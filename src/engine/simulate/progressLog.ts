/**
 * The log in the shape of `docker build --progress=plain` (util/progress/progressui/printer.go;
 * SEMANTICS.md §9): numbered blocks `#N <vertex>` ending in `#N DONE 1.2s`, `#N CACHED` or
 * `#N ERROR: ...`, RUN output as `#N <elapsed> <text>`, and after a failure the `------` summary
 * and `ERROR: failed to solve: ...`. The first line says that the build is simulated.
 */
import { sha256Hex } from '../fs';
import { resolveBaseImage } from './baseImage';
import type { ExportSpan } from './events';
import type { BuildSession } from './session';
import type { StepResult } from './types';

export const SIMULATED_BANNER = '#0 simulated build: Stagecraft models this build; no Docker ran, times and sizes come from its models';

/** `%.1f` seconds. */
function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** Log-line elapsed time: 3 decimals under 10 s, 2 under 100 s, 1 above. */
export function elapsed(ms: number): string {
  const s = ms / 1000;
  return s < 10 ? s.toFixed(3) : s < 100 ? s.toFixed(2) : s.toFixed(1);
}

interface Block {
  atMs: number;
  /** When the block's last line (DONE, CACHED, ERROR) is printed. */
  endMs: number;
  order: number;
  lines: (n: number) => string[];
}

/** The log's lines and, for a replay, the simulated time at which each one is printed. */
export interface ProgressLog {
  lines: string[];
  /** Same length as `lines`, non-decreasing within a block. */
  atMs: number[];
}

function stepLines(step: StepResult, n: number): string[] {
  const out = [`#${n} ${step.label}`];
  if (step.kind === 'from') out.push(`#${n} resolve ${step.label.replace(/^.*FROM /, '')} 0.0s done`);
  if (step.cached) return [...out, `#${n} CACHED`];
  const lines = [...step.output, ...step.notSimulated.map((c) => `[stagecraft] not simulated: ${c}`)];
  lines.forEach((text, i) => out.push(`#${n} ${elapsed(((i + 1) / (lines.length + 1)) * step.durationMs)} ${text}`));
  out.push(step.error !== undefined ? `#${n} ERROR: ${step.error}` : `#${n} DONE ${seconds(step.durationMs)}s`);
  return out;
}

export function progressLog(session: BuildSession, error: string | undefined, exported: ExportSpan | null): ProgressLog {
  const { plan } = session.input;
  const blocks: Block[] = [];
  let order = 0;
  const add = (atMs: number, lines: (n: number) => string[], endMs = atMs) => blocks.push({ atMs, endMs, order: order++, lines });
  add(0, (n) => [`#${n} [internal] load build definition from Dockerfile`, `#${n} transferring dockerfile: ${session.input.dockerfileBytes ?? 0}B done`, `#${n} DONE 0.0s`]);
  for (const image of new Set(plan.images.map((ref) => resolveBaseImage(ref).reference))) {
    add(0, (n) => [`#${n} [internal] load metadata for ${image}`, `#${n} DONE ${seconds(session.startMs)}s`]);
  }
  // With no .dockerignore BuildKit still transfers an empty one, which it reports as 2B.
  const ignoreBytes = session.input.dockerignoreBytes ?? 2;
  add(0, (n) => [`#${n} [internal] load .dockerignore`, `#${n} transferring context: ${ignoreBytes}B done`, `#${n} DONE 0.0s`]);
  for (const v of session.imageVertices.values()) {
    add(v.startMs, (n) => [`#${n} ${v.label}`, ...(v.cached ? [`#${n} CACHED`] : [`#${n} DONE ${seconds(v.endMs - v.startMs)}s`])], v.endMs);
  }
  const ctx = session.contextLoad;
  if (ctx !== null) {
    add(ctx.startMs, (n) => [`#${n} [internal] load build context`, `#${n} transferring context: ${ctx.bytes}B done`, `#${n} DONE ${seconds(ctx.endMs - ctx.startMs)}s`], ctx.endMs);
  }
  for (const step of session.steps) add(step.startMs, (n) => stepLines(step, n), step.endMs);
  if (exported !== null) {
    const target = session.input.plan.targetIndex;
    const digest = sha256Hex(session.steps.filter((s) => s.stageIndex === target).map((s) => s.cacheKey).join(':'));
    add(exported.startMs, (n) => [
      `#${n} exporting to image`,
      `#${n} exporting layers ${seconds(exported.endMs - exported.startMs)}s done`,
      `#${n} writing image sha256:${digest} done`,
      `#${n} DONE ${seconds(exported.endMs - exported.startMs)}s`,
    ], exported.endMs);
  }
  blocks.sort((a, b) => a.atMs - b.atMs || a.order - b.order);
  const out: string[] = [SIMULATED_BANNER];
  const times: number[] = [0];
  let lastMs = 0;
  blocks.forEach((b, i) => {
    const lines = b.lines(i + 1);
    out.push('', ...lines);
    times.push(b.atMs);
    // The header prints when the vertex starts, the closing line when it ends, output in between.
    lines.forEach((_, k) => times.push(lines.length < 2 ? b.atMs : b.atMs + ((b.endMs - b.atMs) * k) / (lines.length - 1)));
    lastMs = Math.max(lastMs, b.endMs);
  });
  if (error !== undefined) {
    const failed = session.steps.find((s) => s.error !== undefined);
    if (failed !== undefined) out.push('------', ` > ${failed.label}:`, ...failed.output.slice(-10).map((l) => `${elapsed(failed.durationMs)} ${l}`), '------');
    out.push(`ERROR: failed to solve: ${error}`);
  }
  while (times.length < out.length) times.push(lastMs);
  return { lines: out, atMs: times };
}
