/**
 * "Compare with": another tab of the workspace built with the active tab's context, build args
 * and builder mode (target: its own last stage), so the sizes panel can set both final images
 * side by side.
 *
 * It goes to the same analyzer (the Worker) as the main analysis, as a request of its own, and
 * never while a main request is out: the Worker answers only the newest of the requests queued
 * behind a running one, so a comparison sent then could cancel the main build. It waits instead,
 * and the main analysis landing sends it. Only the latest answer lands (a sequence number).
 */
import type { Analysis, AnalyzeInput, CacheStore } from '../engine';
import type { Analyzer, AppActions, AppState } from './appState';
import type { WorkspaceDockerfile } from './workspaceTypes';

export interface ComparisonDeps {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  /** Where the comparison builds; without one it is analysed inline with `analyzeSync`. */
  analyzer?: Analyzer;
  analyzeSync(input: AnalyzeInput): Analysis;
  /** The engine input for `dockerfile` with the state's context, build args and mode. */
  toInput(state: AppState, dockerfile: string, cache: CacheStore | undefined): AnalyzeInput;
}

export interface ComparisonController {
  initialState: Pick<AppState, 'compareDockerfile' | 'comparison' | 'isComparing'>;
  setCompareDockerfile: AppActions['setCompareDockerfile'];
  /**
   * After a workspace change, before anything is analysed: follow a rename of the compared tab,
   * drop it when it was closed, and swap when the compared tab became the active one.
   */
  followTabs(before: AppState): void;
  /** Request the comparison build when what it reads changed (and no main request is out). */
  sync(): void;
  dispose(): void;
}

/** What the comparison build reads; a new request goes out only when one of these changed. */
interface ComparedInputs {
  path: string;
  text: string;
  context: AppState['context'];
  buildArgs: AppState['buildArgs'];
  mode: AppState['mode'];
}

function sameInputs(a: ComparedInputs, b: ComparedInputs): boolean {
  return a.path === b.path && a.text === b.text && a.context === b.context && a.buildArgs === b.buildArgs && a.mode === b.mode;
}

function wantedInputs(state: AppState): ComparedInputs | null {
  const path = state.compareDockerfile;
  const tab = path === null || path === state.activeDockerfile ? undefined : state.dockerfiles.find((d) => d.path === path);
  if (tab === undefined) return null;
  return { path: tab.path, text: tab.text, context: state.context, buildArgs: state.buildArgs, mode: state.mode };
}

/** The new path of `path` when the only change was its rename (same place, same text), else null. */
function renamedTo(before: readonly WorkspaceDockerfile[], after: readonly WorkspaceDockerfile[], path: string): string | null {
  const index = before.findIndex((d) => d.path === path);
  const candidate = after[index];
  if (index < 0 || candidate === undefined || before.length !== after.length) return null;
  if (candidate.text !== before[index]?.text || before.some((d) => d.path === candidate.path)) return null;
  return candidate.path;
}

export function createComparison(deps: ComparisonDeps): ComparisonController {
  const { get, set, analyzer } = deps;
  let seq = 0;
  /** The inputs of the request out or landed; null when the next sync must ask again. */
  let requested: ComparedInputs | null = null;
  let disposed = false;

  const land = (analysis: Analysis, id: number): void => {
    // The path is read now: a rename while the build was out relabels it.
    const path = requested?.path;
    if (!disposed && id === seq && path !== undefined) set({ comparison: { path, analysis }, isComparing: false });
  };

  const show = (comparison: AppState['comparison'], isComparing: boolean): void => {
    const state = get();
    if (state.comparison !== comparison || state.isComparing !== isComparing) set({ comparison, isComparing });
  };

  const sync = (): void => {
    if (disposed) return;
    const state = get();
    const wanted = wantedInputs(state);
    if (wanted === null) {
      seq++;
      requested = null;
      show(null, false);
      return;
    }
    if (requested !== null && sameInputs(requested, wanted)) return;
    // Another tab's old result says nothing about this one; the same tab's stays until the new lands.
    const previous = state.comparison?.path === wanted.path ? state.comparison : null;
    if (analyzer && state.isAnalyzing) {
      seq++;
      requested = null;
      show(previous, true);
      return;
    }
    const id = ++seq;
    requested = wanted;
    const input = deps.toInput(state, wanted.text, previous?.analysis.build?.cache);
    if (!analyzer) {
      land(deps.analyzeSync(input), id);
      return;
    }
    show(previous, true);
    analyzer.analyze(input).then(
      (analysis) => land(analysis, id),
      (error: unknown) => {
        if (disposed || id !== seq) return;
        // A main request took its place in the Worker: the main analysis landing asks again.
        if (get().isAnalyzing) {
          requested = null;
          return;
        }
        console.warn('Stagecraft: background comparison build failed, analysing on the main thread.', error);
        land(deps.analyzeSync(input), id);
      },
    );
  };

  return {
    initialState: { compareDockerfile: null, comparison: null, isComparing: false },
    setCompareDockerfile: (path) => {
      const state = get();
      const valid = path !== null && path !== state.activeDockerfile && state.dockerfiles.some((d) => d.path === path) ? path : null;
      if (valid === state.compareDockerfile) return;
      set({ compareDockerfile: valid });
      sync();
    },
    followTabs: (before) => {
      const state = get();
      let path = state.compareDockerfile;
      if (path === null) return;
      if (!state.dockerfiles.some((d) => d.path === path)) {
        const renamed = renamedTo(before.dockerfiles, state.dockerfiles, path);
        // Same text under a new name: relabel what is out or shown, no new build.
        if (renamed !== null && requested?.path === path) requested = { ...requested, path: renamed };
        if (renamed !== null && state.comparison?.path === path) set({ comparison: { ...state.comparison, path: renamed } });
        path = renamed;
      }
      if (path !== null && path === state.activeDockerfile) {
        // Switched to the compared tab: compare with the tab just left, the same pair the other way.
        const left = before.activeDockerfile;
        path = left !== path && state.dockerfiles.some((d) => d.path === left) ? left : null;
      }
      if (path !== state.compareDockerfile) set({ compareDockerfile: path });
    },
    sync,
    dispose: () => {
      disposed = true;
    },
  };
}
