/**
 * zookeeper-external: no build stage at all; the unpacked release is copied straight out of the
 * published zookeeper:3.6.1 image with `COPY --from=<image>`.
 */
import { code } from './files';
import { zookeeperDeploy } from './parts/zookeeperDeploy';
import type { ExampleContext } from './types';

const README = code`
# ZooKeeper 3.6.1 copied from the official image

\`COPY --from=zookeeper:3.6.1\` pulls the official image and copies its
/apache-zookeeper-3.6.1-bin folder into a plain \`alpine:latest\`. Nothing is downloaded or
unpacked by this Dockerfile. Note the destination is spelled /opt/zookeper.

    docker compose up --build
`;

export const zookeeperExternal: ExampleContext = {
  id: 'zookeeper-external',
  title: 'ZooKeeper copied out of another image',
  description: 'The ZooKeeper deployment folder, built by copying the release out of zookeeper:3.6.1.',
  files: zookeeperDeploy(README),
  notes:
    'The compose file mounts zoo.cfg under /opt/apache-zookeeper-3.6.1-bin as in the other two ' +
    'ZooKeeper examples, while this image puts the release in /opt/zookeper: a real project would ' +
    'adjust the mount.',
};
