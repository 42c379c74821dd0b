/**
 * The build plan: graph + options -> which stages run, in which order and parallel waves, and
 * BuildKit's step labels (`[builder 2/5] RUN ...`).
 */
export type { BuildPlan, PlanOptions, PlannedCommand, PlannedStage } from './types';
export { planBuild } from './planBuild';
export { countsAsStep, stepLabel, stepTotal, uppercaseKeyword } from './stepLabels';
