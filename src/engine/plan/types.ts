/**
 * The build plan: which stages a build runs, in which order and waves, and how BuildKit labels
 * their steps. Pure data derived from the stage graph and the build options.
 */
import type { BuilderMode } from '../analysis';
import type { Diagnostic } from '../diagnostics';
import type { StageBase } from '../graph';
import type { Command } from '../instructions';

/** The options that decide what a build runs (`docker build` flags). */
export interface PlanOptions {
  /** `buildkit` (default): only what the target needs, independent stages in parallel. */
  mode?: BuilderMode;
  /** `--no-cache`: RUN, COPY and ADD of every stage ignore the cache. */
  noCache?: boolean;
  /** `--no-cache-filter a,b`: the same for the named stages (case-insensitive). */
  noCacheFilter?: readonly string[];
}

/** One command a stage dispatches, ONBUILD triggers of a stage base first. */
export interface PlannedCommand {
  command: Command;
  /** True for a trigger inherited from the base stage's ONBUILD (`[s k/n] ONBUILD RUN ...`). */
  isOnBuild: boolean;
  /** Where BuildKit reports it: the trigger's own line is replaced by the child's FROM line. */
  line: number;
  endLine: number;
}

export interface PlannedStage {
  index: number;
  /** Lowercased `AS` name, '' when unnamed. */
  name: string;
  /** `name`, or `stage-<index>`. */
  displayName: string;
  /** The name in step labels: '' when the whole build has a single state (BuildKit blanks it). */
  labelName: string;
  base: StageBase;
  /** True when this build dispatches the stage. */
  built: boolean;
  /** Parallel wave (0-based) among built stages; -1 when not built. */
  wave: number;
  /** Built stages this one reads from (FROM stage, COPY --from, RUN --mount from=, triggers). */
  dependsOn: number[];
  /** RUN/COPY/ADD ignore the cache (`--no-cache` or a `--no-cache-filter` match). */
  noCache: boolean;
  /** `n` of `[name k/n]`: FROM of an image, RUN, COPY, ADD, WORKDIR and triggers. */
  stepTotal: number;
  commands: PlannedCommand[];
  /** FROM line and the stage's last line. */
  line: number;
  endLine: number;
  /** BuildKit's error reading an inherited ONBUILD trigger (fails the stage at its FROM line). */
  triggerError?: string;
}

export interface BuildPlan {
  mode: BuilderMode;
  /** The target stage; -1 when there is no stage. */
  targetIndex: number;
  /** Every stage of the file, built or not. */
  stages: PlannedStage[];
  /** Built stage indexes in dispatch order (file order). */
  order: number[];
  /** Built stage indexes per wave; legacy mode has one stage per wave. */
  waves: number[][];
  /** Distinct images whose metadata the build loads (FROM bases and COPY/mount sources), in use order. */
  images: string[];
  diagnostics: Diagnostic[];
}
