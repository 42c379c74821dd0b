/**
 * An image used only as a source (`COPY --from=<image>`, `RUN --mount from=<image>`): BuildKit
 * adds an implicit state for it whose FROM vertex has no `[k/n]` prefix (its step total is 0),
 * e.g. `FROM docker.io/library/busybox:latest`. It is pulled once per build, in parallel with
 * everything else, and is cached like any image once pulled.
 */
import { cacheKey, type StepInputs } from '../cache';
import { diagnostic, lineRange } from '../diagnostics';
import { resolveBaseImage, type BaseImage } from './baseImage';
import { pullTime } from './durations';
import type { BuildSession } from './session';

/** A vertex outside any stage, shown in the log and timeline. */
export interface ImageVertex {
  label: string;
  startMs: number;
  endMs: number;
  cached: boolean;
  durationSource: string;
}

export function imageFromInputs(base: BaseImage): StepInputs {
  return { op: 'from', image: `${base.reference} (${base.lookup.image.version})`, platform: 'linux/amd64' };
}

export function imageSource(session: BuildSession, ref: string, line = 0): { base: BaseImage; readyMs: number } {
  const base = resolveBaseImage(ref);
  const known = session.imageVertices.get(base.reference);
  if (known !== undefined) return { base, readyMs: known.endMs };
  const inputs = imageFromInputs(base);
  const key = cacheKey(inputs);
  const cached = session.executed.has(key) || session.input.store.records[key] !== undefined;
  const timed = pullTime(base.lookup.image.compressedSize, base.lookup.image.size);
  const vertex: ImageVertex = {
    label: `FROM ${base.reference}`,
    startMs: session.startMs,
    endMs: session.startMs + (cached ? 0 : timed.ms),
    cached,
    durationSource: cached ? 'cached: 0 ms' : timed.source,
  };
  session.imageVertices.set(base.reference, vertex);
  session.executed.set(key, vertex.endMs);
  session.records.push({ key, slot: `image:${base.reference}`, instruction: `FROM ${ref}`, inputs });
  if (base.lookup.warning !== '' && line > 0) session.diagnostics.push(diagnostic('SC5006', base.lookup.warning, lineRange(line)));
  return { base, readyMs: vertex.endMs };
}
