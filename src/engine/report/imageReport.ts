/**
 * One stage's image as the report shows it: history rows, sizes (compressed marked when it is an
 * estimate, with the ratio's source), dive's efficiency, and the size breakdown.
 */
import { efficiency } from '../fs';
import { COMPRESSION_SOURCE, type StageImage } from '../simulate';
import { sizeBreakdown } from './breakdown';
import { humanSize } from './humanSize';
import type { HistoryRow, ImageReport } from './types';

export function historyRows(image: StageImage): HistoryRow[] {
  return image.layers.map((layer) => {
    const row: HistoryRow = {
      createdBy: layer.createdBy,
      size: layer.size,
      sizeText: humanSize(layer.size),
      comment: layer.stageIndex !== undefined ? 'buildkit.dockerfile.v0' : '',
      emptyLayer: !layer.hasLayer,
      sizeSource: layer.sizeSource.source,
      estimated: layer.sizeSource.estimated,
    };
    if (layer.stageIndex !== undefined) row.stageIndex = layer.stageIndex;
    if (layer.line !== undefined) row.line = layer.line;
    return row;
  });
}

export function imageReport(stageIndex: number, name: string, image: StageImage): ImageReport {
  const layers = image.layers.filter((l) => l.hasLayer);
  const ours = layers.filter((l) => l.diff !== undefined && l.size > 0);
  const baseEstimated = layers.some((l) => l.diff === undefined && l.sizeSource.estimated);
  const dive = efficiency({ layers: image.fsLayers });
  return {
    stageIndex,
    name,
    size: image.size,
    compressedSize: image.compressedSize,
    compressedEstimated: ours.length > 0 || baseEstimated,
    compressedSource:
      ours.length > 0
        ? `base layers: registry sizes from the catalog${baseEstimated ? ' (some estimated)' : ''}; new layers: ${COMPRESSION_SOURCE}`
        : `registry sizes from the catalog${baseEstimated ? ' (some estimated)' : ''}`,
    layerCount: layers.length,
    history: historyRows(image),
    config: image.config,
    efficiency: {
      efficiency: dive.efficiency,
      wastedBytes: dive.wastedBytes,
      userSizeBytes: dive.userSizeBytes,
      wastedUserPercent: dive.wastedUserPercent,
      inefficiencies: dive.inefficiencies.slice(0, 20),
    },
    breakdown: sizeBreakdown(image, image.baseImageId),
  };
}
