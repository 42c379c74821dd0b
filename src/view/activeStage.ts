/**
 * Which stage to highlight: the one holding the editor's cursor, else the one last clicked.
 */
import type { StageGraph } from '../engine';

/** The stage whose lines (FROM through its last instruction) contain `line`, or null. */
export function stageAtLine(graph: StageGraph | null, line: number): number | null {
  if (!graph) return null;
  for (const stage of graph.stages) {
    if (line >= stage.line && line <= stage.endLine) return stage.index;
  }
  return null;
}

export function activeStage(graph: StageGraph | null, cursorLine: number | null, selectedStage: number | null): number | null {
  const atCursor = cursorLine === null ? null : stageAtLine(graph, cursorLine);
  if (atCursor !== null) return atCursor;
  if (selectedStage !== null && graph?.stages.some((s) => s.index === selectedStage)) return selectedStage;
  return null;
}
