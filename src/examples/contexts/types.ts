/**
 * Build contexts for the example Dockerfiles: the folder `docker build .` would send, written out
 * as data so that a simulated build reads real manifests (package.json, go.mod, composer.lock ...).
 */

/** One file of a build context. */
export interface ContextFile {
  /** The text of a small file (sources, manifests, lockfiles, `.dockerignore`). */
  content?: string;
  /** Bytes of a file whose content we do not keep (images, fonts); omitted when `content` is set. */
  size?: number;
  /** Permission bits; absent means 0o644, what a checkout gives a plain file. */
  mode?: number;
  /** Identity of content we do not keep; with `size` it stands for the bytes (same seed, same digest). */
  seed?: string;
}

/** A build context for one example Dockerfile. */
export interface ExampleContext {
  /** The example's id: the folder name under shared/examples, or our own example's id. */
  id: string;
  /** Short human title. */
  title: string;
  /** One line: what the project in the context is. */
  description: string;
  /** Files by path relative to the context root, forward slashes, no leading `./`. */
  files: Record<string, ContextFile>;
  /** What a reader (or the simulator) should know about this context and how it builds. */
  notes?: string;
}

/** One of our own examples: a context together with the Dockerfile that builds it. */
export interface OwnExample extends ExampleContext {
  /** The Dockerfile text (written for this project). */
  dockerfile: string;
}
