/**
 * The dispatch state of one stage while it is simulated (BuildKit's `dispatchState`): the
 * filesystem, the build environment, the image config and history, and the cache chain.
 * Handlers replace fields; a child stage (`FROM base`) starts from a copy.
 */
import type { Layer, FileTree } from '../fs';
import type { PlannedStage } from '../plan';
import type { Env, StageArg } from '../shell';
import type { ImageConfig, ImageLayer, StepResult } from './types';

export interface StageState {
  stage: PlannedStage;
  tree: FileTree;
  /** The build env RUN sees (llb state env): image ENV, ENV and ARG values in dispatch order. */
  env: Env;
  config: ImageConfig;
  /** `docker history`, oldest first: base image layers, then this chain's entries. */
  layers: ImageLayer[];
  /** The filesystem layers as simulated (see StageImage.fsLayers). */
  fsLayers: Layer[];
  baseImage: string;
  /** Catalog id of that image (`node:20-alpine`), '' for scratch. */
  baseImageId: string;
  /** The same, but only when the catalog measured it (what the simulated shell may rely on). */
  catalogImage: string;
  osFamily: string;
  /** The stage's ARGs so far, inherited ones first (history `RUN |n K=v ...`). */
  stageArgs: StageArg[];
  argNames: Set<string>;
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  /** The cache key of the last operation that produced the root filesystem. */
  parentKey: string;
  /** `k` of `[name k/n]`: vertices created so far. */
  cmdIndex: number;
  /** True while dispatching an inherited ONBUILD trigger. */
  isOnBuild: boolean;
  /** When the stage's chain is ready for its next step (ms). */
  chainMs: number;
  steps: StepResult[];
}

/** WORKDIR as RUN and COPY see it. */
export function cwdOf(state: StageState): string {
  return state.config.WorkingDir === '' ? '/' : state.config.WorkingDir;
}

/** A copy for a child stage (`FROM base`): BuildKit's `dispatchState.init` clones the base. */
export function inheritState(base: StageState, stage: PlannedStage): StageState {
  return {
    ...base,
    stage,
    config: { ...base.config, Env: [...base.config.Env], Labels: { ...base.config.Labels }, OnBuild: [] },
    layers: [...base.layers],
    fsLayers: [...base.fsLayers],
    stageArgs: [...base.stageArgs],
    argNames: new Set(base.argNames),
    cmdSet: false,
    cmdIndex: 0,
    isOnBuild: false,
    steps: [],
  };
}
