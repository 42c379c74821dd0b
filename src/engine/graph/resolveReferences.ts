/**
 * Resolves `COPY --from` and `RUN --mount from=` the way BuildKit's toCommand/detectRunMount do
 * (dockerfile2llb/convert.go): an integer is a 0-based stage index, otherwise a stage name matched
 * case-insensitively over ALL stages (the last definition wins), otherwise an external image.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { lineRange } from '../diagnostics';
import type { GraphOptions, StageInput, StageReference } from './graphInput';

/** Where a reference points. */
export type ResolvedReference =
  | { kind: 'stage'; index: number }
  | { kind: 'image'; ref: string };

/** Go's strconv.Atoi: optional sign, then decimal digits only. */
function parseGoInt(text: string): number | undefined {
  return /^[+-]?[0-9]+$/.test(text) ? Number.parseInt(text, 10) : undefined;
}

/** Name lookup as BuildKit's statesByName: lowercased names, the last definition wins. */
export function lastStageByName(stages: readonly StageInput[]): Map<string, number> {
  const byName = new Map<string, number>();
  stages.forEach((stage, index) => {
    if (stage.name !== '') byName.set(stage.name.toLowerCase(), index);
  });
  return byName;
}

export function resolveReference(
  reference: StageReference,
  stageCount: number,
  byName: ReadonlyMap<string, number>,
  options: GraphOptions,
): { resolved?: ResolvedReference; error?: Diagnostic } {
  const at = lineRange(reference.line);
  if (reference.kind === 'copy') {
    // BuildKit expands --from against an empty env and refuses any change.
    if (options.hasVariable(reference.from)) {
      return {
        error: diagnostic(
          'SC4005',
          'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
          at,
        ),
      };
    }
    const index = parseGoInt(reference.from);
    if (index !== undefined) {
      if (index < 0 || index >= stageCount) {
        return { error: diagnostic('SC4004', `invalid stage index ${index}`, at) };
      }
      return { resolved: { kind: 'stage', index } };
    }
  }
  const byNameIndex = byName.get(reference.from.toLowerCase());
  if (byNameIndex !== undefined) return { resolved: { kind: 'stage', index: byNameIndex } };
  return { resolved: { kind: 'image', ref: reference.from } };
}
