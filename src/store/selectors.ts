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

export const selectBuild = (s: AppState) => s.analysis.build;
export const selectBuildCount = (s: AppState) => s.buildCount;
export const selectNoCache = (s: AppState) => s.noCache;
export const selectNoCacheFilter = (s: AppState) => s.noCacheFilter;

export const selectBuildActions = (s: AppState) => ({
  setNoCache: s.setNoCache,
  setNoCacheFilter: s.setNoCacheFilter,
  runBuild: s.runBuild,
  revealLine: s.revealLine,
  selectStage: s.selectStage,
});

export const selectActions = (s: AppState) => ({
  setDockerfile: s.setDockerfile,
  setTarget: s.setTarget,
  setBuildArgs: s.setBuildArgs,
  setMode: s.setMode,
  selectStage: s.selectStage,
  revealLine: s.revealLine,
  setCursorLine: s.setCursorLine,
});

export const selectDockerfiles = (s: AppState) => s.dockerfiles;
export const selectActiveDockerfile = (s: AppState) => s.activeDockerfile;
export const selectContext = (s: AppState) => s.context;
export const selectBuildArgs = (s: AppState) => s.buildArgs;
export const selectReplacedWorkspace = (s: AppState) => s.replacedWorkspace;
export const selectWorkspaceNotice = (s: AppState) => s.workspaceNotice;
export const selectLastRemoval = (s: AppState) => s.lastRemoval;

export const selectWorkspaceActions = (s: AppState) => ({
  addDockerfile: s.addDockerfile,
  renameDockerfile: s.renameDockerfile,
  closeDockerfile: s.closeDockerfile,
  setActiveDockerfile: s.setActiveDockerfile,
  setContextFile: s.setContextFile,
  renameContextPath: s.renameContextPath,
  deleteContextPath: s.deleteContextPath,
  undoRemoval: s.undoRemoval,
  dismissRemoval: s.dismissRemoval,
  openWorkspace: s.openWorkspace,
  restoreWorkspace: s.restoreWorkspace,
  dismissReplacedWorkspace: s.dismissReplacedWorkspace,
  setWorkspaceNotice: s.setWorkspaceNotice,
});

export const selectCompareDockerfile = (s: AppState) => s.compareDockerfile;
export const selectComparison = (s: AppState) => s.comparison;
export const selectIsComparing = (s: AppState) => s.isComparing;
export const selectSetCompareDockerfile = (s: AppState) => s.setCompareDockerfile;
