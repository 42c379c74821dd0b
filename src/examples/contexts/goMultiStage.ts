/**
 * go-multi-stage: the task-list service again, now with a .dockerignore. go.mod and go.sum are
 * copied first so `go mod download` stays cached until the dependencies change.
 */
import { code } from './files';
import { goTasksService } from './parts/goTasksService';
import type { ExampleContext } from './types';

const DOCKERIGNORE = code`
.git
bin/
myapp
*.md
Dockerfile
.dockerignore
`;

export const goMultiStage: ExampleContext = {
  id: 'go-multi-stage',
  title: 'Task-list API in Go (multi-stage)',
  description: 'A chi-based Go HTTP service built in golang:1.21 and copied as one binary into alpine:3.19.',
  files: goTasksService(DOCKERIGNORE),
  notes:
    'Editing main.go or internal/ invalidates `COPY . .` and the build, but not `go mod download`: ' +
    'that layer depends on go.mod and go.sum only.',
};
