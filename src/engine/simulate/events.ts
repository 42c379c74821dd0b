/**
 * Build events in simulated-time order: what the UI animates and the timeline draws. Stages that
 * run in parallel (BuildKit mode) interleave here exactly as their steps overlap in time.
 */
import type { BuildSession } from './session';
import type { BuildEvent, StageResult } from './types';

export interface ExportSpan {
  startMs: number;
  endMs: number;
  source: string;
}

export function buildEvents(session: BuildSession, stages: readonly StageResult[], exported: ExportSpan | null): BuildEvent[] {
  const events: BuildEvent[] = [];
  for (const stage of stages) {
    if (!stage.built) continue;
    const first = stage.steps[0]?.startMs ?? session.startMs;
    events.push({ kind: 'stage-started', stage: stage.index, atMs: first });
    stage.steps.forEach((s, step) => {
      events.push({ kind: 'step-started', stage: stage.index, step, atMs: s.startMs });
      if (s.error !== undefined) events.push({ kind: 'step-failed', stage: stage.index, step, atMs: s.endMs, error: s.error });
      else if (s.cached) events.push({ kind: 'step-cached', stage: stage.index, step, atMs: s.startMs });
      else {
        events.push({ kind: 'step-done', stage: stage.index, step, atMs: s.endMs, durationMs: s.durationMs });
        if (s.kind !== 'from') events.push({ kind: 'layer-committed', stage: stage.index, step, atMs: s.endMs, size: s.layerSize });
      }
    });
  }
  const target = session.input.plan.targetIndex;
  const image = stages[target]?.image;
  if (exported !== null && image !== undefined) events.push({ kind: 'image-exported', stage: target, atMs: exported.endMs, size: image.size });
  // Stable: events at the same instant keep stage and step order.
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i).map((x) => x.e);
}
