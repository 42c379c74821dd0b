/**
 * zookeeper-stage-base: the same deployment folder; the Dockerfile splits the download into a
 * stage built on top of the tools stage (`FROM stage0 AS stage1`).
 */
import { code } from './files';
import { zookeeperDeploy } from './parts/zookeeperDeploy';
import type { ExampleContext } from './types';

const README = code`
# ZooKeeper 3.6.1 on Alpine (stage as base)

\`stage0\` installs the tools, \`stage1\` starts from it and downloads and unpacks the release, and
the final stage copies the unpacked folder from \`stage1\`. Changing the download only rebuilds
\`stage1\`; the tools layer stays cached.

    docker compose up --build
`;

export const zookeeperStageBase: ExampleContext = {
  id: 'zookeeper-stage-base',
  title: 'ZooKeeper: a stage as the base of the next',
  description: 'The ZooKeeper deployment folder, built with a tools stage that the download stage starts from.',
  files: zookeeperDeploy(README),
  notes: 'Same context as zookeeper; no file of it is copied into the image.',
};
