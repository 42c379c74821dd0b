/**
 * The stage graph BuildKit builds from a Dockerfile (dockerfile2llb/convert.go): stages, the edges
 * between them, and which stages a target needs.
 */
import type { Diagnostic } from '../diagnostics';

/** What a stage starts from, after meta-ARG expansion of its FROM line. */
export type StageBase =
  | { kind: 'image'; ref: string }
  | { kind: 'stage'; index: number; name: string }
  | { kind: 'scratch' };

/** One `FROM` and the instructions under it. */
export interface GraphStage {
  /** 0-based position in the file. */
  index: number;
  /** The `AS` name, lowercased as BuildKit stores it; '' when unnamed. */
  name: string;
  /** `name`, or `stage-<index>` for an unnamed stage (BuildKit's display name). */
  displayName: string;
  /** The base after expansion with the global (meta) ARGs. */
  base: StageBase;
  /** The base as written in the FROM line, before expansion. */
  baseText: string;
  /** `--platform` after expansion, when given. */
  platform?: string;
  /** First line of the FROM instruction, 1-based. */
  line: number;
  /** Last line of the stage's last instruction. */
  endLine: number;
  /** BuildKit builds it for the chosen target (reachable from the target). */
  neededByBuildKit: boolean;
  /** The legacy builder builds it (every stage up to and including the target). */
  neededByLegacy: boolean;
}

/** Why one stage depends on another stage or on an external image. */
export type EdgeKind = 'from' | 'copy' | 'mount';

export interface GraphEdge {
  kind: EdgeKind;
  /** The source stage's index, or the image reference when the source is an external image. */
  from: number | string;
  /** The consuming stage's index. */
  to: number;
  /** Line of the instruction that creates the edge. */
  line: number;
  /** How the reference was written (`--from=build`, `--from=0`, `--from=alpine`). */
  reference: string;
  /** True when this edge comes from an ONBUILD trigger of the base stage. */
  viaOnbuild?: boolean;
}

/** The stage graph for one target. */
export interface StageGraph {
  stages: GraphStage[];
  edges: GraphEdge[];
  /** External images used by FROM or COPY --from / RUN --mount from=, in first-use order. */
  externalImages: string[];
  /** The target stage's index (the last stage when no target was given); -1 when there is none. */
  targetIndex: number;
  /** Problems found while building the graph (BuildKit's wording). */
  diagnostics: Diagnostic[];
}
