/**
 * The report for a whole build: every built stage's image, the final one, and the fat/slim
 * comparison of each stage's image against the final image (what a multi-stage build saves).
 */
import type { BuildResult } from '../simulate';
import { compareFinalImages } from './compareImages';
import { imageReport } from './imageReport';
import type { BuildReport, Savings, StageComparison } from './types';

export function buildReport(build: BuildResult): BuildReport {
  const images = build.stages.flatMap((s) => (s.image === undefined ? [] : [imageReport(s.index, s.name, s.image)]));
  const final = images.find((i) => i.stageIndex === build.targetIndex) ?? null;
  const comparison: StageComparison[] = images.map((i) => ({
    stageIndex: i.stageIndex,
    name: i.name,
    isFinal: i.stageIndex === build.targetIndex,
    size: i.size,
    compressedSize: i.compressedSize,
    differenceBytes: final === null ? 0 : i.size - final.size,
    ratio: final === null || final.size === 0 ? 0 : i.size / final.size,
  }));
  return { targetIndex: build.targetIndex, images, final, comparison, savings: savingsOf(comparison) };
}

/** The largest non-final image against the final one. */
function savingsOf(comparison: readonly StageComparison[]): Savings | null {
  const final = comparison.find((c) => c.isFinal);
  let fat: StageComparison | undefined;
  for (const c of comparison) if (!c.isFinal && (fat === undefined || c.size > fat.size)) fat = c;
  if (final === undefined || fat === undefined) return null;
  const c = compareFinalImages(fat, final);
  if (c.smaller !== 'b') return null;
  return { fatStageIndex: fat.stageIndex, fatName: fat.name, finalName: final.name, savedBytes: c.savedBytes, savedFraction: c.savedFraction };
}
