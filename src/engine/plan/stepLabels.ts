/**
 * BuildKit's progress names for steps (dockerfile2llb/convert.go `prefixCommand` and the
 * `cmdTotal` count in `buildDispatchStates`):
 * - `n` counts FROM when the base is an image (not scratch, not an earlier stage), plus every
 *   RUN, COPY, ADD and WORKDIR, plus ONBUILD triggers inherited from a base stage;
 * - `k` counts the vertices actually created, right-aligned to the number of digits of `n`
 *   (`int(1+log10(n))`), so WORKDIR `/` (no vertex) leaves the last k below n;
 * - the stage name is left out when the whole build has a single state;
 * - a state with `n = 0` (an image only used by `COPY --from`) gets no brackets at all.
 */
import type { Command } from '../instructions';
import type { StageBase } from '../graph';

/** Instructions that count in `n`. */
export function countsAsStep(command: Command): boolean {
  return command.kind === 'run' || command.kind === 'copy' || command.kind === 'add' || command.kind === 'workdir';
}

/** `n` for a stage: its FROM (image bases only), its counted commands and inherited triggers. */
export function stepTotal(base: StageBase, commands: readonly Command[], triggerCount: number): number {
  let total = base.kind === 'image' ? 1 : 0;
  for (const command of commands) if (countsAsStep(command)) total++;
  return total + triggerCount;
}

/**
 * The label BuildKit prints for the k-th vertex: `[builder  1/12] RUN ...`. `text` is the
 * instruction as shown (keyword uppercased, variables substituted for display).
 */
export function stepLabel(labelName: string, k: number, n: number, text: string, isOnBuild = false): string {
  if (n === 0) return text;
  const width = String(n).length;
  const index = String(k).padStart(width, ' ');
  return `[${labelName === '' ? '' : `${labelName} `}${index}/${n}] ${isOnBuild ? 'ONBUILD ' : ''}${text}`;
}

/** BuildKit's `uppercaseCmd`: only the first word (the keyword) is uppercased. */
export function uppercaseKeyword(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
}
