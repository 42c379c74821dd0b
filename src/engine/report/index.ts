/**
 * Reports on a simulated build: `docker history` rows, on-disk and estimated compressed sizes,
 * dive's wasted space and efficiency, size by origin, each stage's image against the final, and
 * two final images (two Dockerfiles' builds) against each other.
 */
export type { BreakdownRow, BuildReport, EfficiencySummary, HistoryRow, ImageReport, OriginCategory, Savings, StageComparison } from './types';
export { buildReport } from './buildReport';
export { historyRows, imageReport } from './imageReport';
export { sizeBreakdown } from './breakdown';
export { humanSize } from './humanSize';
export { compareFinalImages, type FinalImageComparison } from './compareImages';
export { fileDetails, pathHistory, treeAtLayer, type FileDetails, type PathChange } from './fileDetails';
