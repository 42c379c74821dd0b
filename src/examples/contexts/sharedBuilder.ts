/**
 * shared-builder: the final image takes a prebuilt tool out of an image on a private registry.
 * The context is just the folder the Dockerfile sits in.
 */
import { code, text } from './files';
import type { ExampleContext } from './types';

const README = code`
# tool runtime image

Packages the \`tool\` CLI, which the platform team builds and publishes as
\`registry.example.com/my-shared-builder:1.0\`, on top of \`debian:bookworm-slim\`.

    docker login registry.example.com
    docker build -t tool-runtime .
    docker run --rm tool-runtime --help

Bump the builder tag in the Dockerfile to pick up a new release of the tool.
`;

const MAKEFILE = code`
IMAGE ?= registry.example.com/tool-runtime
TAG ?= 1.0

.PHONY: image push

image:
	docker build -t $(IMAGE):$(TAG) .

push: image
	docker push $(IMAGE):$(TAG)
`;

export const sharedBuilder: ExampleContext = {
  id: 'shared-builder',
  title: 'Runtime image from a private shared builder',
  description: 'A folder with a README and a Makefile: everything in the image comes from two images.',
  files: {
    'README.md': text(README),
    Makefile: text(MAKEFILE),
  },
  notes:
    'No COPY reads the context. What lands in /opt/tool depends on registry.example.com/my-shared-builder:1.0, ' +
    'which no public catalog knows, so its size can only be estimated.',
};
