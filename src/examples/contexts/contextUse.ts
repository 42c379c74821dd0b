/**
 * Which files of an example context a Dockerfile actually uses: the context is filtered through
 * its .dockerignore (as BuildKit's transfer does), then every context COPY/ADD source is expanded
 * the way BuildKit expands it. A source that matches nothing is reported as missing.
 */
import {
  createBuildContext,
  matchCopySource,
  resolveBuildContext,
  type BuildContext,
  type ContextFileInput,
} from '../../engine/context';
import { dockerfileInputs } from './dockerfileInputs';
import { fileBytes } from './files';
import type { ContextFile } from './types';

export interface ContextUse {
  /** The context after .dockerignore. */
  sent: BuildContext;
  /** Paths the ignore file left out. */
  ignored: string[];
  /** Context files some COPY/ADD brings into the build (directories expanded to their files). */
  copied: string[];
  /** Sources that match nothing in the sent context, with their Dockerfile line. */
  missing: Array<{ line: number; source: string }>;
  /** RUN command lines of the Dockerfile. */
  runs: string[];
  /** The ignore file's error, when BuildKit would fail the transfer. */
  ignoreError?: string;
}

/** The engine's context from example files (sizes from content when it is kept). */
export function toBuildContext(files: Readonly<Record<string, ContextFile>>): BuildContext {
  const input: Record<string, ContextFileInput> = {};
  for (const [path, file] of Object.entries(files)) {
    const entry: { size: number; mode?: number; content?: string } = { size: fileBytes(file) };
    if (file.mode !== undefined) entry.mode = file.mode;
    if (file.content !== undefined) entry.content = file.content;
    input[path] = entry;
  }
  return createBuildContext(input);
}

/** How `dockerfile` uses the context `files`. */
export function contextUse(dockerfile: string, files: Readonly<Record<string, ContextFile>>): ContextUse {
  const resolved = resolveBuildContext(toBuildContext(files), 'Dockerfile');
  const sent = resolved.context;
  const inputs = dockerfileInputs(dockerfile);
  const copied = new Set<string>();
  const missing: ContextUse['missing'] = [];
  for (const copy of inputs.copies) {
    for (const source of copy.sources) {
      const { matches } = matchCopySource(source, sent);
      if (matches.length === 0) missing.push({ line: copy.line, source });
      for (const match of matches) {
        for (const path of sent.files.keys()) {
          if (match === '.' || path === match || path.startsWith(`${match}/`)) copied.add(path);
        }
      }
    }
  }
  const use: ContextUse = { sent, ignored: resolved.ignored, copied: [...copied].sort(), missing, runs: inputs.runs };
  if (resolved.error !== undefined) use.ignoreError = resolved.error;
  return use;
}
