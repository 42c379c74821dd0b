/**
 * What the stage graph needs from the typed instructions, kept small so the graph can be tested
 * on its own and fed by the instruction layer through one adapter (fromInstructions.ts).
 */

/** A reference from one stage to another stage or an image, made by an instruction. */
export interface StageReference {
  kind: 'copy' | 'mount';
  /** The `--from` / `from=` value exactly as written. */
  from: string;
  /** First line of the instruction. */
  line: number;
  /** For mounts: the mount target as written (used in BuildKit's ordering error). */
  target?: string;
}

/** One stage as the graph sees it. */
export interface StageInput {
  /** Lowercased `AS` name, '' when unnamed. */
  name: string;
  /** The FROM image text as written (before expansion). */
  baseText: string;
  /** The `--platform` value as written, when given. */
  platformText?: string;
  line: number;
  endLine: number;
  /** COPY --from and RUN --mount from= references, in order. */
  references: StageReference[];
  /** References made by this stage's own ONBUILD triggers (they apply to stages built FROM it). */
  onbuildReferences: StageReference[];
}

/** The result of expanding a word against the global (meta ARG) scope. */
export type ExpandResult = { ok: true; value: string } | { ok: false; error: string };

/** Options for building the graph. */
export interface GraphOptions {
  /** `--target`; empty means the last stage. */
  target?: string;
  /** Expands a FROM word with the global scope (meta ARGs, build args, automatic platform ARGs). */
  expandGlobal: (word: string) => ExpandResult;
  /** True when the word contains a variable reference (`$x`, `${x}`) that expansion would change. */
  hasVariable: (word: string) => boolean;
  /** Which builder's dispatch rules decide the ordering errors (default buildkit). */
  mode?: 'buildkit' | 'legacy';
}
