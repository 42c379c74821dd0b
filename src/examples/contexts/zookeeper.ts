/**
 * zookeeper: the release tarball is downloaded and unpacked in a throwaway stage; the context holds
 * only the deployment files (compose file, zoo.cfg), none of which the Dockerfile copies.
 */
import { code } from './files';
import { zookeeperDeploy } from './parts/zookeeperDeploy';
import type { ExampleContext } from './types';

const README = code`
# ZooKeeper 3.6.1 on Alpine

The first stage installs curl and tar, downloads the 3.6.1 release from archive.apache.org and
unpacks it; the final image is a fresh \`alpine:latest\` with only the unpacked folder in /opt.
The tarball, curl and tar never reach it.

    docker compose up --build

ZooKeeper needs a Java runtime, which this image does not add: see the upstream \`zookeeper\`
image for a complete one.
`;

export const zookeeper: ExampleContext = {
  id: 'zookeeper',
  title: 'ZooKeeper: download in a throwaway stage',
  description: 'Deployment files (compose, zoo.cfg) beside a Dockerfile that fetches ZooKeeper itself.',
  files: zookeeperDeploy(README),
  notes:
    'Nothing is copied from the context: the only input is the tarball fetched by curl (11.8 MB, ' +
    '35.3 MB unpacked). conf/zoo.cfg is mounted by docker-compose.yml at run time.',
};
