/**
 * What a stage node says about its stage's build: built, cached, skipped or failed, its layer
 * count, image size and cache-hit ratio, all read from the engine's BuildResult.
 */
import { humanSize } from '../engine/report/humanSize';
import type { BuildResult } from '../engine';

export type StageBuildStatus = 'built' | 'cached' | 'skipped' | 'failed';

export interface StageBuildSummary {
  /** The stage's display name in the build this summary comes from. */
  name: string;
  status: StageBuildStatus;
  layerCount: number;
  /** Human-readable image size ('' when the stage made no image). */
  sizeText: string;
  cachedSteps: number;
  totalSteps: number;
  /** `3/5 steps` (cache hits of all steps). */
  cacheText: string;
}

export function toStageBuildSummaries(result: BuildResult | undefined): Map<number, StageBuildSummary> {
  const out = new Map<number, StageBuildSummary>();
  if (!result) return out;
  for (const stage of result.stages) {
    const cachedSteps = stage.steps.filter((s) => s.cached).length;
    const totalSteps = stage.steps.length;
    let status: StageBuildStatus;
    if (stage.failed === true || stage.steps.some((s) => s.error !== undefined)) status = 'failed';
    else if (!stage.built) status = 'skipped';
    else if (totalSteps > 0 && cachedSteps === totalSteps) status = 'cached';
    else status = 'built';
    const image = stage.image;
    out.set(stage.index, {
      name: stage.name,
      status,
      layerCount: image ? image.layers.filter((l) => l.hasLayer).length : 0,
      sizeText: image ? humanSize(image.size) : '',
      cachedSteps,
      totalSteps,
      cacheText: totalSteps > 0 ? `${cachedSteps}/${totalSteps} steps` : '',
    });
  }
  return out;
}
