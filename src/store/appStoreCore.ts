/**
 * One store per app instance (and per test), xyflow style: `createAppStore()` builds it and
 * `AppStoreProvider` hands it down. Actions write inputs; the analysis step writes `analysis`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Analysis, AnalyzeInput, CacheStore } from '../engine';
import { createBuildContext, type BuildContext } from '../engine/context';
import { createAnalysisScheduler } from './analysisScheduler';
import { createComparison } from './comparison';
import type { Analyzer, AppInputs, AppState } from './appState';
import { createWorkspaceActions } from './workspaceActions';
import { setActiveText } from './workspaceEdits';
import { selectWorkspace, singleDockerfileWorkspace, workspacePatch } from './workspaceState';
import type { ReplacedWorkspace, Workspace, WorkspaceContext } from './workspaceTypes';

export type AppStore = StoreApi<AppState>;

export interface CreateAppStoreOptions {
  /** The inline first analysis has no build (graph only): ask the `analyzer` for the build at once. */
  buildInAnalyzerAtStart?: boolean;
  /** Starting inputs; anything left out takes the defaults below. */
  initial?: Partial<Pick<AppInputs, 'dockerfile' | 'target' | 'buildArgs' | 'mode'>>;
  /** A whole starting workspace (autosaved, or from a link); wins over `initial`. */
  workspace?: Workspace;
  /** A workspace replaced before this store existed (kept by autosave), offered for restore. */
  replacedWorkspace?: ReplacedWorkspace | null;
  /**
   * Where analysis runs after an edit (normally the Worker). Without one, every action analyses
   * inline and synchronously: the path for tests and for browsers without Worker support.
   */
  analyzer?: Analyzer;
  /** Pause after the last keystroke before analysing (ms). */
  debounceMs?: number;
  /** The inline engine call; replaceable in tests. */
  analyzeSync?: (input: AnalyzeInput) => Analysis;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** The inputs the analysis (and the simulated build) reads. */
export type AnalysedInputs = Pick<AppInputs, 'dockerfile' | 'target' | 'buildArgs' | 'mode'>
  & Partial<Pick<AppInputs, 'context' | 'noCache' | 'noCacheFilter'>>;

// One BuildContext per workspace context value: actions replace the context when they change it.
const contexts = new WeakMap<WorkspaceContext, BuildContext>();
function toBuildContext(context: WorkspaceContext): BuildContext {
  let built = contexts.get(context);
  if (!built) {
    built = createBuildContext(context);
    contexts.set(context, built);
  }
  return built;
}

/**
 * The engine input the current inputs describe: the Dockerfile, its options and the simulated
 * build over the workspace context, reusing the cache the last build returned.
 */
export function toAnalyzeInput(state: AnalysedInputs, cache?: CacheStore): AnalyzeInput {
  return {
    dockerfile: state.dockerfile,
    target: state.target,
    buildArgs: state.buildArgs,
    mode: state.mode,
    build: {
      context: toBuildContext(state.context ?? {}),
      noCache: state.noCache ?? false,
      noCacheFilter: state.noCacheFilter ?? [],
      ...(cache ? { cache } : {}),
    },
  };
}

/** Whether the analysed inputs differ (the cache is not an input: it follows from the builds). */
function analysedInputChanged(a: AnalysedInputs, b: AnalysedInputs): boolean {
  return a.dockerfile !== b.dockerfile || a.target !== b.target || a.buildArgs !== b.buildArgs || a.mode !== b.mode
    || a.context !== b.context || a.noCache !== b.noCache || a.noCacheFilter !== b.noCacheFilter;
}

function pickAnalysed(s: AnalysedInputs): AnalysedInputs {
  return { dockerfile: s.dockerfile, target: s.target, buildArgs: s.buildArgs, mode: s.mode, context: s.context, noCache: s.noCache, noCacheFilter: s.noCacheFilter };
}

function withoutBuild(input: AnalyzeInput): AnalyzeInput {
  const { build: _build, ...rest } = input;
  return rest;
}

/** A fresh graph-only analysis that keeps showing the previous simulated build until the next lands. */
function withLastBuild(quick: Analysis, last: Analysis): Analysis {
  return last.build === undefined ? quick : { ...quick, build: last.build };
}

/**
 * The same store with the inline analyser passed in. The app passes `analyzeDockerfile` (graph
 * only) so the entry chunk never references the simulator: builds happen in the Worker.
 */
export function createAppStoreWith(analyzeSync: (input: AnalyzeInput) => Analysis, options: CreateAppStoreOptions = {}): AppStore {
  const startWorkspace = options.workspace ?? singleDockerfileWorkspace(options.initial?.dockerfile ?? '', options.initial ?? {});
  const inputs = workspacePatch(startWorkspace);
  // The first analysis runs inline so the first paint already has a graph; the engine is fast
  // on a normal file and the Worker would still be starting up.
  const firstInput = toAnalyzeInput(inputs);
  const firstAnalysis = analyzeSync(firstInput);

  const store = createStore<AppState>()((set, get) => {
    // "Compare with": another tab built with the same context and options (comparison.ts).
    const comparison = createComparison({
      get,
      set,
      analyzer: options.analyzer,
      analyzeSync,
      toInput: (state, dockerfile, cache) => toAnalyzeInput({ ...pickAnalysed(state), dockerfile, target: '', noCache: false, noCacheFilter: [] }, cache),
    });
    const land = (analysis: Analysis, input: AnalyzeInput): void => {
      set({ analysis, analyzedInput: input, isAnalyzing: false, buildCache: analysis.build?.cache ?? get().buildCache, buildCount: get().buildCount + 1 });
      comparison.sync();
    };
    const scheduler = options.analyzer
      ? createAnalysisScheduler({
          analyzer: options.analyzer,
          debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
          onResult: land,
          // The Worker failed (blocked, crashed): answer inline rather than leave a stale graph.
          onError: (input, error) => {
            console.warn('Stagecraft: background analysis failed, analysing on the main thread.', error);
            land(analyzeSync(input), input);
          },
        })
      : null;

    /** Apply an input change, then (re)compute the analysis for the new inputs. */
    const run = (immediate: boolean): void => {
      const input = toAnalyzeInput(get(), get().buildCache);
      if (scheduler) {
        // Live graph: the structural analysis (parse, instructions, graph) takes about a
        // millisecond, so the graph and markers follow every keystroke on the main thread; the
        // simulated build lands from the analyzer after the debounce. Until then the last build
        // stays on screen, marked stale by `isAnalyzing`.
        if (immediate) set({ isAnalyzing: true });
        else set({ analysis: withLastBuild(analyzeSync(withoutBuild(input)), get().analysis), isAnalyzing: true });
        scheduler.schedule(input, { immediate });
      } else {
        land(analyzeSync(input), input);
      }
    };
    const update = (patch: Partial<AppInputs>, immediate: boolean): void => {
      const before = get();
      set(patch);
      comparison.followTabs(before);
      if (analysedInputChanged(pickAnalysed(before), pickAnalysed(get()))) run(immediate);
      comparison.sync();
    };

    /** Show a workspace; a switch to another tab forgets the selection made in the old one. */
    const apply = (workspace: Workspace, immediate = true): void => {
      const switched = workspace.activeDockerfile !== get().activeDockerfile;
      update({ ...workspacePatch(workspace), ...(switched ? { selectedStage: null, cursorLine: null } : {}) }, immediate);
    };

    let revealSeq = 0;
    return {
      ...inputs,
      replacedWorkspace: options.replacedWorkspace ?? null,
      workspaceNotice: null,
      lastRemoval: null,
      selectedStage: null,
      cursorLine: null,
      revealRequest: null,
      noCache: false,
      noCacheFilter: [],
      analysis: firstAnalysis,
      analyzedInput: firstInput,
      isAnalyzing: false,
      buildCache: firstAnalysis.build?.cache,
      buildCount: 1,
      ...comparison.initialState,
      setCompareDockerfile: comparison.setCompareDockerfile,

      setDockerfile: (dockerfile) => {
        if (dockerfile !== get().dockerfile) apply(setActiveText(selectWorkspace(get()), dockerfile), false);
      },
      setTarget: (target) => update({ target }, true),
      setBuildArgs: (buildArgs) => update({ buildArgs }, true),
      setMode: (mode) => update({ mode }, true),
      setNoCache: (noCache) => update({ noCache }, true),
      setNoCacheFilter: (noCacheFilter) => update({ noCacheFilter }, true),
      runBuild: () => run(true),
      ...createWorkspaceActions({ get, set, apply }),
      selectStage: (index) => {
        const stage = index === null ? undefined : get().analysis.graph?.stages[index];
        if (!stage) {
          set({ selectedStage: null });
          return;
        }
        set({
          selectedStage: stage.index,
          revealRequest: { startLine: stage.line, endLine: stage.endLine, select: true, seq: ++revealSeq },
        });
      },
      revealLine: (line) => set({ revealRequest: { startLine: line, endLine: line, select: false, seq: ++revealSeq } }),
      setCursorLine: (cursorLine) => {
        if (cursorLine !== get().cursorLine) set({ cursorLine });
      },
      dispose: () => {
        comparison.dispose();
        scheduler?.dispose();
      },
    };
  });
  // A graph-only first analysis (the app's main thread) leaves the build to the Worker: ask for it now.
  if (options.analyzer && options.buildInAnalyzerAtStart && firstAnalysis.build === undefined) store.getState().runBuild();
  return store;
}
