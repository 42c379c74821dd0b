/**
 * go-single-stage: the task-list service built and run in golang:1.21. The folder has no
 * .dockerignore, as many projects start out: `COPY . .` sends everything, and the final image is
 * the whole toolchain plus the sources and the binary.
 */
import { goTasksService } from './parts/goTasksService';
import type { ExampleContext } from './types';

export const goSingleStage: ExampleContext = {
  id: 'go-single-stage',
  title: 'Task-list API in Go (single stage)',
  description: 'A chi-based Go HTTP service with go.mod/go.sum, built and shipped in one golang:1.21 image.',
  files: goTasksService(undefined),
  notes:
    'Same sources as go-multi-stage, without a .dockerignore. `go build -o myapp .` downloads chi ' +
    'and uuid into /go/pkg/mod during the build step, so they stay in the image too.',
};
