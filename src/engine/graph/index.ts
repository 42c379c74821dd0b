export { buildStageGraph } from './buildStageGraph';
export type { GraphOptions, StageInput, StageReference, ExpandResult } from './graphInput';
export { parseImageReference, type ImageReference, type ParsedReference } from './imageReference';
export type { EdgeKind, GraphEdge, GraphStage, StageBase, StageGraph } from './types';
