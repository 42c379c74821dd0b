/**
 * FROM (dockerfile2llb `resolveBaseImage`, `dispatchStages` preamble): a stage starts from an
 * image (a pull vertex; the catalog's skeleton, config and layers), from scratch (nothing), or
 * from an earlier stage's result (no vertex; its config with ONBUILD cleared). Then the image's
 * ENV is put in the build env (PATH added when missing) and its WORKDIR and USER apply.
 */
import { diagnostic, lineRange } from '../diagnostics';
import { diffTrees, emptyTree, type FileTree, type Layer } from '../fs';
import type { PlannedStage } from '../plan';
import { envFromSlice, setEnv, type Env } from '../shell';
import { emptyConfig, resolveBaseImage } from './baseImage';
import { pullTime } from './durations';
import { executeStep, type StepOutcome } from './executeStep';
import { imageFromInputs } from './imageSource';
import type { BuildSession } from './session';
import { DEFAULT_PATH } from './defaultPath';
import { inheritState, type StageState } from './stageState';
import type { ImageConfig } from './types';

const skeletonLayers = new WeakMap<FileTree, Layer>();

/** The base image's filesystem as one layer (memoised: trees are immutable). */
function skeletonLayer(tree: FileTree): Layer {
  let layer = skeletonLayers.get(tree);
  if (layer === undefined) {
    layer = diffTrees(emptyTree(), tree);
    skeletonLayers.set(tree, layer);
  }
  return layer;
}

/** Every stage's env starts from the image config's Env, with PATH added when missing. */
function withImageEnv(env: Env, config: ImageConfig): { env: Env; config: ImageConfig } {
  let out = env;
  let list = config.Env;
  if (!list.some((e) => e.startsWith('PATH='))) list = [...list, `PATH=${DEFAULT_PATH}`];
  for (const e of envFromSlice(list)) out = setEnv(out, e.key, e.value);
  return { env: out, config: { ...config, Env: list } };
}

function freshState(session: BuildSession, stage: PlannedStage): StageState {
  return {
    stage, tree: emptyTree(), env: [], config: emptyConfig(), layers: [], fsLayers: [], baseImage: '', baseImageId: '', catalogImage: '', osFamily: 'scratch',
    stageArgs: [], argNames: new Set(), cmdSet: false, parentKey: 'scratch', cmdIndex: 0, isOnBuild: false,
    chainMs: session.input.plan.mode === 'legacy' ? session.clockMs : session.startMs, steps: [],
  };
}

export type StageStart = { ok: true; state: StageState } | { ok: false; state: StageState; failure: StepOutcome & { ok: false } };

export function startStage(session: BuildSession, stage: PlannedStage): StageStart {
  const base = stage.base;
  if (base.kind === 'stage') {
    const parent = session.finalStates.get(base.index);
    const state = parent === undefined ? freshState(session, stage) : inheritState(parent, stage);
    if (session.input.plan.mode === 'legacy') state.chainMs = session.clockMs;
    const applied = withImageEnv(state.env, state.config);
    state.env = applied.env;
    state.config = applied.config;
    return { ok: true, state };
  }
  const state = freshState(session, stage);
  if (base.kind === 'scratch') {
    state.config = { ...state.config, Env: [`PATH=${DEFAULT_PATH}`] };
    state.env = setEnv(state.env, 'PATH', DEFAULT_PATH);
    return { ok: true, state };
  }
  const image = resolveBaseImage(base.ref);
  const catalog = image.lookup.image;
  if (image.lookup.warning !== '') session.diagnostics.push(diagnostic('SC5006', image.lookup.warning, lineRange(stage.line)));
  const outcome = executeStep(session, state, {
    kind: 'from',
    line: stage.line,
    endLine: stage.line,
    instruction: session.input.analysis.instructions.stages[stage.index]?.from.original ?? `FROM ${base.ref}`,
    text: `FROM ${image.reference}`,
    inputs: imageFromInputs(image),
    ignoreCache: false,
    waitMs: [],
    apply: () => ({
      ok: true,
      tree: image.tree,
      timed: pullTime(catalog.compressedSize, catalog.size),
      createdBy: `FROM ${image.reference}`,
      history: image.layers,
      fsLayer: skeletonLayer(image.tree),
      layerSize: catalog.size,
    }),
  });
  if (!outcome.ok) return { ok: false, state, failure: outcome };
  state.baseImage = image.reference;
  state.baseImageId = catalog.id;
  state.catalogImage = image.lookup.matchedBy === 'id' || image.lookup.matchedBy === 'alias' ? catalog.id : '';
  state.osFamily = catalog.os.family;
  const applied = withImageEnv(state.env, image.config);
  state.env = applied.env;
  state.config = applied.config;
  return { ok: true, state };
}
