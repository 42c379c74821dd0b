/**
 * The app's state: inputs (what the person chose), the derived analysis (only the analysis step
 * writes it), and the actions (which write inputs only).
 */
import type { Analysis, AnalyzeInput, BuilderMode, CacheStore } from '../engine';
import type { ContextFileChange } from './workspaceEdits';
import type { Removal, ReplacedWorkspace, Workspace, WorkspaceContext, WorkspaceDockerfile, WorkspaceNotice, WorkspaceOrigin } from './workspaceTypes';

/** What the person chose. Everything else is derived from these. */
export interface AppInputs {
  /**
   * The active Dockerfile's text: what the editor shows and the analysis reads. Always equal to
   * the text of the `dockerfiles` entry named by `activeDockerfile`; the actions keep both.
   */
  dockerfile: string;
  /** Every Dockerfile of the workspace (the editor's tabs), in tab order; never empty. */
  dockerfiles: WorkspaceDockerfile[];
  /** Path of the active tab. */
  activeDockerfile: string;
  /**
   * The build context. Kept here so it reaches the engine as soon as `analyze()` accepts one;
   * today only the context panel (and `.dockerignore`) reads it.
   */
  context: WorkspaceContext;
  /** The workspace the last open (example, link, file, folder) replaced, until restored or dismissed. */
  replacedWorkspace: ReplacedWorkspace | null;
  /** What the last tab close or context delete removed, until undone or dismissed (not saved). */
  lastRemoval: Removal | null;
  /** A message about the workspace (a failed load, a finished import), until dismissed. */
  workspaceNotice: WorkspaceNotice | null;
  /** `--target`; '' means the last stage. */
  target: string;
  /** `--build-arg KEY=VALUE` pairs. */
  buildArgs: Record<string, string>;
  /** Which builder decides what gets built. */
  mode: BuilderMode;
  /** `--no-cache` for the simulated build. */
  noCache: boolean;
  /** `--no-cache-filter` stage names. */
  noCacheFilter: string[];
  /** The stage last clicked in the graph, or null. */
  selectedStage: number | null;
  /** The editor's cursor line (1-based); drives which stage is highlighted. */
  cursorLine: number | null;
  /**
   * A request for the editor to show lines, from a graph click or a diagnostic click. `seq` grows
   * with every request so clicking the same thing twice still moves the editor.
   */
  revealRequest: RevealRequest | null;
  /**
   * Path of another tab whose final image the sizes panel sets beside the active one's, or null.
   * Not part of the workspace (not saved, not shared).
   */
  compareDockerfile: string | null;
}

export interface RevealRequest {
  startLine: number;
  endLine: number;
  /** Select the lines (a stage) or only put the cursor on the first one (a diagnostic). */
  select: boolean;
  seq: number;
}

/** State the analysis step writes. */
export interface AppDerived {
  /** The engine's result for the inputs of the last finished request. */
  analysis: Analysis;
  /** The inputs `analysis` was computed from (so views can tell when it is stale). */
  analyzedInput: AnalyzeInput;
  /** A newer request is waiting or running. */
  isAnalyzing: boolean;
  /** The cache store the last simulated build returned; the next build starts from it. */
  buildCache: CacheStore | undefined;
  /** How many analyses (builds) have landed; lets views restart an animation per build. */
  buildCount: number;
  /** The build of the `compareDockerfile` tab (last landed answer), or null when none is chosen. */
  comparison: DockerfileComparison | null;
  /** A comparison build is waiting or running. */
  isComparing: boolean;
}

/** Another tab built with the active tab's context, build args and mode (its own last stage as target). */
export interface DockerfileComparison {
  /** The compared tab's path. */
  path: string;
  analysis: Analysis;
}

export interface AppActions {
  setDockerfile(text: string): void;
  setTarget(target: string): void;
  setBuildArgs(buildArgs: Record<string, string>): void;
  setMode(mode: BuilderMode): void;
  setNoCache(noCache: boolean): void;
  setNoCacheFilter(stages: string[]): void;
  /** Re-run the simulated build with the current inputs and the kept cache. */
  runBuild(): void;
  /** Open a new Dockerfile tab and make it active; returns why not, or null. */
  addDockerfile(path: string, text?: string): string | null;
  /** Rename a tab; returns why not, or null. */
  renameDockerfile(from: string, to: string): string | null;
  /** Close a tab (never the last one; it can be put back with `undoRemoval`); returns why not, or null. */
  closeDockerfile(path: string): string | null;
  /** Show another tab in the editor and analyse it. */
  setActiveDockerfile(path: string): void;
  /** Add or replace a context file; returns why not, or null. */
  setContextFile(path: string, change: ContextFileChange): string | null;
  /** Rename a context file or folder; returns why not, or null. */
  renameContextPath(from: string, to: string): string | null;
  /** Delete a context file or folder (it can be put back with `undoRemoval`); returns why not, or null. */
  deleteContextPath(path: string): string | null;
  /** Put back what the last close or delete removed; returns why not, or null. */
  undoRemoval(): string | null;
  /** Forget the last removal (its undo offer goes away). */
  dismissRemoval(): void;
  /** Replace the whole workspace, keeping the current one in `replacedWorkspace` so it can come back. */
  openWorkspace(workspace: Workspace, origin: WorkspaceOrigin, label: string): void;
  /** Bring back the workspace the last open replaced (the replaced one can come back in turn). */
  restoreWorkspace(): void;
  /** Forget the replaced workspace (the restore offer goes away). */
  dismissReplacedWorkspace(): void;
  /** Show a workspace message, or clear it with null. */
  setWorkspaceNotice(notice: WorkspaceNotice | null): void;
  /** Build another tab too and compare its final image with the active one's; null stops comparing. */
  setCompareDockerfile(path: string | null): void;
  /** Select a stage (graph click) and ask the editor to select its lines. */
  selectStage(index: number | null): void;
  /** Ask the editor to put the cursor on a line (diagnostic click). */
  revealLine(line: number): void;
  /** The editor reports where its cursor is. */
  setCursorLine(line: number | null): void;
  /** Stop pending analysis work (timers, worker requests). */
  dispose(): void;
}

export type AppState = AppInputs & AppDerived & AppActions;

/** Runs the engine somewhere (a Worker, or inline). May reject; the store then falls back to inline. */
export interface Analyzer {
  analyze(input: AnalyzeInput): Promise<Analysis>;
  dispose?(): void;
}
