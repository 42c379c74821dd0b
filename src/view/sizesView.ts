/**
 * The sizes panel's view model: every built stage's image side by side (a fat build stage next to
 * the slim final image), its layers and origin categories as stacked-bar segments, the savings
 * against the biggest stage, and on-disk vs estimated pull size; and the final images of two
 * Dockerfiles side by side. All figures are the engine's (the report, compareFinalImages).
 */
// Deep imports of two tiny pure modules: the engine's index would pull the simulator into the entry chunk.
import { compareFinalImages } from '../engine/report/compareImages';
import { humanSize } from '../engine/report/humanSize';
import type { Analysis, BuildReport, ImageReport } from '../engine';

export interface BarSegment {
  /** What the segment stands for: an origin category, or `layer-<i>` (picks its colour). */
  key: string;
  label: string;
  bytes: number;
  /** Share of the bar (0..1). */
  fraction: number;
  title: string;
}

export interface ImageSizeCard {
  stageIndex: number;
  name: string;
  isFinal: boolean;
  size: number;
  sizeText: string;
  compressedText: string;
  compressedEstimated: boolean;
  compressedSource: string;
  layerCount: number;
  /** Bar length relative to the largest image (0..1). */
  scale: number;
  byLayer: BarSegment[];
  byOrigin: BarSegment[];
  efficiencyPercent: number;
  wastedText: string;
}

export interface SizesView {
  cards: ImageSizeCard[];
  /** The final image against the largest other built stage, when there is one. */
  savings: { from: string; to: string; savedText: string; savedMb: string; percent: number } | null;
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);
/** A 0..1 fraction as a percentage with one decimal. */
const percent = (fraction: number): number => Math.round(fraction * 1000) / 10;

function segments(parts: { key: string; label: string; bytes: number }[], total: number): BarSegment[] {
  return parts
    .filter((p) => p.bytes > 0)
    .map((p) => ({ key: p.key, label: p.label, bytes: p.bytes, fraction: total > 0 ? p.bytes / total : 0, title: `${p.label}: ${humanSize(p.bytes)}` }));
}

/** One image's card; `largest` is the size its bar is scaled against. */
function imageCard(img: ImageReport, isFinal: boolean, largest: number): ImageSizeCard {
  return {
    stageIndex: img.stageIndex,
    name: img.name,
    isFinal,
    size: img.size,
    sizeText: humanSize(img.size),
    compressedText: humanSize(img.compressedSize),
    compressedEstimated: img.compressedEstimated,
    compressedSource: img.compressedSource,
    layerCount: img.layerCount,
    scale: img.size / largest,
    byLayer: segments(img.history.filter((h) => !h.emptyLayer).map((h, i) => ({ key: `layer-${i}`, label: h.createdBy, bytes: h.size })), img.size),
    byOrigin: segments(img.breakdown.map((b) => ({ key: b.category, label: b.label, bytes: b.bytes })), img.size),
    efficiencyPercent: percent(img.efficiency.efficiency),
    wastedText: humanSize(img.efficiency.wastedBytes),
  };
}

/** Megabytes with one decimal, as the savings lines print them. */

export function toSizesView(report: BuildReport | null | undefined): SizesView {
  if (!report) return { cards: [], savings: null };
  const largest = Math.max(1, ...report.images.map((i) => i.size));
  const cards = report.images.map((img) => imageCard(img, img.stageIndex === report.targetIndex, largest));
  const saved = report.savings;
  const savings = saved
    ? {
        from: saved.fatName,
        to: saved.finalName,
        savedText: humanSize(saved.savedBytes),
        savedMb: megabytes(saved.savedBytes),
        percent: percent(saved.savedFraction),
      }
    : null;
  return { cards, savings };
}

/** A Dockerfile tab and its analysis (the active one's, or the compared one's). */
export interface TabAnalysis {
  path: string;
  analysis: Analysis;
}

/** One Dockerfile's final image in the comparison, or why there is none. */
export interface ComparedImage {
  path: string;
  card: ImageSizeCard | null;
  /** Why there is no card: the first error and its line or no image (errors), or no build yet. */
  problem: { text: string; isError: boolean } | null;
}

export interface DockerfileComparisonView {
  /** The active tab's final image first, the compared tab's second. */
  sides: [ComparedImage, ComparedImage];
  /** The smaller final image against the larger one, when both were built. */
  verdict: { smaller: string; larger: string; savedMb: string; percent: number } | { equal: true; sizeText: string } | null;
}

/** The first error of an analysis (the one `docker build` prints) with its line, or null. */
function firstError(analysis: Analysis): string | null {
  const error = analysis.diagnostics.find((d) => d.severity === 'error') ?? analysis.build?.result.error;
  return error ? `${error.message} (line ${error.range.startLine})` : null;
}

function problemOf(tab: TabAnalysis, withoutBuild: string): ComparedImage['problem'] {
  const error = firstError(tab.analysis);
  if (error !== null) return { text: `${tab.path} does not build: ${error}`, isError: true };
  if (tab.analysis.build === undefined) return { text: withoutBuild, isError: false };
  return tab.analysis.build.report?.final ? null : { text: `${tab.path} produced no image.`, isError: true };
}

/**
 * Two Dockerfiles' final images side by side, scaled to the larger, and which one is smaller by
 * how much. The compared tab without a build means the build could not run in the background.
 */
export function toDockerfileComparison(active: TabAnalysis, compared: TabAnalysis): DockerfileComparisonView {
  const activeFinal = active.analysis.build?.report?.final ?? null;
  const comparedFinal = compared.analysis.build?.report?.final ?? null;
  const activeProblem = problemOf(active, 'Building…');
  const comparedProblem = problemOf(compared, 'The comparison needs the background worker, which this browser does not run: no build to compare.');
  const a = activeProblem === null ? activeFinal : null;
  const b = comparedProblem === null ? comparedFinal : null;
  const largest = Math.max(1, a?.size ?? 0, b?.size ?? 0);
  const side = (tab: TabAnalysis, img: ImageReport | null, problem: ComparedImage['problem']): ComparedImage => ({
    path: tab.path,
    card: img === null ? null : imageCard(img, true, largest),
    problem,
  });
  let verdict: DockerfileComparisonView['verdict'] = null;
  if (a !== null && b !== null) {
    const c = compareFinalImages(a, b);
    verdict = c.smaller === null
      ? { equal: true, sizeText: humanSize(a.size) }
      : {
          smaller: c.smaller === 'a' ? active.path : compared.path,
          larger: c.smaller === 'a' ? compared.path : active.path,
          savedMb: megabytes(c.savedBytes),
          percent: percent(c.savedFraction),
        };
  }
  return { sides: [side(active, a, activeProblem), side(compared, b, comparedProblem)], verdict };
}
