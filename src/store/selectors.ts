/**
 * Module-level selectors, so components subscribe to exactly what they read. Object results go
 * through `useShallow` at the call site.
 */
import type { AppState } from './appState';

export const selectDockerfile = (s: AppState) => s.dockerfile;
export const selectTarget = (s: AppState) => s.target;
export const selectMode = (s: AppState) => s.mode;
export const selectAnalysis = (s: AppState) => s.analysis;
export const selectGraph = (s: AppState) => s.analysis.graph;
export const selectDiagnostics = (s: AppState) => s.analysis.diagnostics;
export const selectIsAnalyzing = (s: AppState) => s.isAnalyzing;
export const selectSelectedStage = (s: AppState) => s.selectedStage;
export const selectCursorLine = (s: AppState) => s.cursorLine;
export const selectRevealRequest = (s: AppState) => s.revealRequest;

export const selectActions = (s: AppState) => ({
  setDockerfile: s.setDockerfile,
  setTarget: s.setTarget,
  setBuildArgs: s.setBuildArgs,
  setMode: s.setMode,
  selectStage: s.selectStage,
  revealLine: s.revealLine,
  setCursorLine: s.setCursorLine,
});
