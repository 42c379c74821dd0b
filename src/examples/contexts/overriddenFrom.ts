/**
 * overridden-from: two FROM lines and no COPY; the context is the folder with a README.
 */
import { code, text } from './files';
import type { ExampleContext } from './types';

const README = code`
# Which FROM wins?

This Dockerfile has two stages. The image you get is the last one, \`node:20\`, running
\`node --version\`. The \`ubuntu:22.04\` stage above it is never used: BuildKit does not build it
at all, while the legacy builder (DOCKER_BUILDKIT=0) still pulls Ubuntu and runs its \`echo\`.

    docker build -t which-from .
    docker run --rm which-from
`;

export const overriddenFrom: ExampleContext = {
  id: 'overridden-from',
  title: 'Two FROM lines: the last one wins',
  description: 'A folder holding only a README: the Dockerfile copies nothing from its context.',
  files: { 'README.md': text(README) },
};
