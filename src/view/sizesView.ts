/**
 * The sizes panel's view model: every built stage's image side by side (a fat build stage next to
 * the slim final image), its layers and origin categories as stacked-bar segments, the savings
 * against the biggest stage, and on-disk vs estimated pull size. All figures are the report's.
 */
import { humanSize } from '../engine/report/humanSize';
import type { BuildReport } from '../engine';

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

function segments(parts: { key: string; label: string; bytes: number }[], total: number): BarSegment[] {
  return parts
    .filter((p) => p.bytes > 0)
    .map((p) => ({ key: p.key, label: p.label, bytes: p.bytes, fraction: total > 0 ? p.bytes / total : 0, title: `${p.label}: ${humanSize(p.bytes)}` }));
}

export function toSizesView(report: BuildReport | null | undefined): SizesView {
  if (!report) return { cards: [], savings: null };
  const largest = Math.max(1, ...report.images.map((i) => i.size));
  const cards = report.images.map((img): ImageSizeCard => ({
    stageIndex: img.stageIndex,
    name: img.name,
    isFinal: img.stageIndex === report.targetIndex,
    size: img.size,
    sizeText: humanSize(img.size),
    compressedText: humanSize(img.compressedSize),
    compressedEstimated: img.compressedEstimated,
    compressedSource: img.compressedSource,
    layerCount: img.layerCount,
    scale: img.size / largest,
    byLayer: segments(img.history.filter((h) => !h.emptyLayer).map((h, i) => ({ key: `layer-${i}`, label: h.createdBy, bytes: h.size })), img.size),
    byOrigin: segments(img.breakdown.map((b) => ({ key: b.category, label: b.label, bytes: b.bytes })), img.size),
    efficiencyPercent: Math.round(img.efficiency.efficiency * 1000) / 10,
    wastedText: humanSize(img.efficiency.wastedBytes),
  }));
  const saved = report.savings;
  const savings = saved
    ? {
        from: saved.fatName,
        to: saved.finalName,
        savedText: humanSize(saved.savedBytes),
        savedMb: (saved.savedBytes / 1e6).toFixed(1),
        percent: Math.round(saved.savedFraction * 1000) / 10,
      }
    : null;
  return { cards, savings };
}
