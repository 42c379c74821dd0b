/**
 * Attributes of entries a RUN creates: owned by the stage's USER (BuildKit runs the container
 * as that user), stamped with the step's deterministic mtime, and tagged with where they came
 * from (stage and Dockerfile line) so the file browser can say which instruction wrote them.
 */
import type { AttrsInput, EntryOrigin } from '../../fs';
import type { Shell } from './state';

/** Provenance of an entry written by this RUN; `extra` adds the size category and package. */
export function runOrigin(sh: Shell, extra: Partial<EntryOrigin> = {}): EntryOrigin {
  const { stage, line, instruction } = sh.shared.ctx;
  return { stage: stage.name, line, ...(instruction !== undefined ? { instruction } : {}), ...extra };
}

/** Owner, mtime and origin for a new entry (`created` false keeps an existing entry's owner). */
export function fileAttrs(sh: Shell, created = true, extra: Partial<EntryOrigin> = {}): AttrsInput {
  const attrs: AttrsInput = { mtime: sh.shared.ctx.mtime, origin: runOrigin(sh, extra) };
  if (created) {
    attrs.uid = sh.shared.owner.uid;
    attrs.gid = sh.shared.owner.gid;
  }
  return attrs;
}
