/** Example files as a workspace: shared by the gallery and the default workspace. */
import type { Workspace, WorkspaceDockerfile, WorkspaceFile } from '../store';
import { fileBytes } from './contexts/files';
import type { ContextFile } from './contexts/types';

/** Example context files as workspace files (sizes from content when it is kept). */
export function toWorkspaceContext(files: Readonly<Record<string, ContextFile>>): Record<string, WorkspaceFile> {
  return Object.fromEntries(
    Object.entries(files).map(([path, file]) => {
      const out: WorkspaceFile = { size: fileBytes(file) };
      if (file.content !== undefined) out.content = file.content;
      if (file.mode !== undefined) out.mode = file.mode;
      return [path, out];
    }),
  );
}

export function workspaceOf(dockerfiles: WorkspaceDockerfile[], files: Readonly<Record<string, ContextFile>>): Workspace {
  return {
    dockerfiles,
    activeDockerfile: (dockerfiles[0] as WorkspaceDockerfile).path,
    context: toWorkspaceContext(files),
    target: '',
    buildArgs: {},
    mode: 'buildkit',
  };
}

