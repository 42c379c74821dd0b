/**
 * Which ignore file applies to a build. BuildKit's Dockerfile frontend (dockerui `ReadEntrypoint`)
 * loads the Dockerfile together with `<Dockerfile>.dockerignore` from the Dockerfile's own
 * directory; when that file exists it is used and the context root's `.dockerignore` is not read
 * at all (dockerui `dockerIgnorePatterns` only falls back when no ignore data was loaded). So
 * `docker/app.Dockerfile` is filtered by `docker/app.Dockerfile.dockerignore` if present, else by
 * `.dockerignore`, and the two are never merged.
 *
 * Known nuance: an EMPTY `<Dockerfile>.dockerignore` still wins with the built-in frontend (the
 * file reads as zero bytes, which is "loaded"); through a `# syntax=` frontend image the empty
 * payload crosses gRPC as nil and BuildKit falls back to `.dockerignore`. We follow the built-in
 * frontend.
 */
import { contextPath, type BuildContext } from './buildContext';

/** The ignore file the build uses. */
export interface SelectedDockerignore {
  /** Context-relative path of the file. */
  path: string;
  /** `dockerfile`: the `<Dockerfile>.dockerignore` next to the Dockerfile; `root`: `.dockerignore`. */
  kind: 'dockerfile' | 'root';
  /** The file's text ('' when the context holds its size but not its content). */
  text: string;
}

/** The root ignore file's name (dockerui `DefaultDockerignoreName`). */
export const DOCKERIGNORE_NAME = '.dockerignore';

/**
 * Pick the ignore file for `dockerfilePath` (relative to the context root, e.g. `Dockerfile` or
 * `docker/api.Dockerfile`); null when neither file exists. A Dockerfile outside the context
 * (`../Dockerfile`) can only use the root `.dockerignore` here, since its neighbours are unknown.
 */
export function selectDockerignore(context: BuildContext, dockerfilePath: string): SelectedDockerignore | null {
  const dockerfile = contextPath(dockerfilePath);
  if (dockerfile !== null) {
    const specific = `${dockerfile}.dockerignore`;
    const file = context.files.get(specific);
    if (file) return { path: specific, kind: 'dockerfile', text: file.content ?? '' };
  }
  const root = context.files.get(DOCKERIGNORE_NAME);
  if (root) return { path: DOCKERIGNORE_NAME, kind: 'root', text: root.content ?? '' };
  return null;
}
