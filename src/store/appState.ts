/**
 * The app's state: inputs (what the person chose), the derived analysis (only the analysis step
 * writes it), and the actions (which write inputs only).
 */
import type { Analysis, AnalyzeInput, BuilderMode } from '../engine';

/** What the person chose. Everything else is derived from these. */
export interface AppInputs {
  /** The Dockerfile text in the editor. */
  dockerfile: string;
  /** `--target`; '' means the last stage. */
  target: string;
  /** `--build-arg KEY=VALUE` pairs. */
  buildArgs: Record<string, string>;
  /** Which builder decides what gets built. */
  mode: BuilderMode;
  /** The stage last clicked in the graph, or null. */
  selectedStage: number | null;
  /** The editor's cursor line (1-based); drives which stage is highlighted. */
  cursorLine: number | null;
  /**
   * A request for the editor to show lines, from a graph click or a diagnostic click. `seq` grows
   * with every request so clicking the same thing twice still moves the editor.
   */
  revealRequest: RevealRequest | null;
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
}

export interface AppActions {
  setDockerfile(text: string): void;
  setTarget(target: string): void;
  setBuildArgs(buildArgs: Record<string, string>): void;
  setMode(mode: BuilderMode): void;
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
