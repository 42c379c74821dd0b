/** Adapts the typed instructions to what the stage graph needs (graphInput.ts). */
import type { Command, Stage } from '../instructions';
import type { StageInput, StageReference } from './graphInput';

/** COPY --from and RUN --mount from= references of one command (tmpfs mounts take no source). */
function referencesOf(command: Command): StageReference[] {
  if (command.kind === 'copy' && command.from !== '') {
    return [{ kind: 'copy', from: command.from, line: command.startLine }];
  }
  if (command.kind === 'run') {
    return command.mounts.flatMap((parsed): StageReference[] => {
      // BuildKit links stages by the `from` it read while parsing, even when the mount is invalid.
      if (parsed.from === '' || parsed.mount?.type === 'tmpfs') return [];
      return [{ kind: 'mount', from: parsed.from, line: command.startLine, target: parsed.mount?.target ?? '' }];
    });
  }
  return [];
}

export function stageInputsFromInstructions(stages: readonly Stage[]): StageInput[] {
  return stages.map((stage) => ({
    name: stage.name,
    baseText: stage.from.image,
    platformText: stage.from.platform !== '' ? stage.from.platform : undefined,
    line: stage.startLine,
    endLine: stage.endLine,
    references: stage.commands.flatMap(referencesOf),
    onbuildReferences: stage.commands.flatMap((command) =>
      command.kind === 'onbuild' && command.trigger ? referencesOf(command.trigger).map((r) => ({ ...r, line: command.startLine })) : [],
    ),
  }));
}
