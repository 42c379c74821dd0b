/**
 * Which stage the layers and config panels show: the stage selected in the graph (or under the
 * editor cursor) when the build produced its image, else the build's target.
 */
import { selectBuild, selectCursorLine, selectGraph, selectSelectedStage, useAppStore } from '../../store';
import { activeStage } from '../../view/activeStage';

export function useBuildStage(): number | null {
  const build = useAppStore(selectBuild);
  const graph = useAppStore(selectGraph);
  const cursorLine = useAppStore(selectCursorLine);
  const selected = useAppStore(selectSelectedStage);
  if (!build) return null;
  const active = activeStage(graph, cursorLine, selected);
  const stages = build.result.stages;
  if (active !== null && stages[active]?.image) return active;
  if (stages[build.result.targetIndex]?.image) return build.result.targetIndex;
  return stages.find((s) => s.image)?.index ?? null;
}
