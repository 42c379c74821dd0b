/**
 * The folder around the ZooKeeper Dockerfiles: a compose file that runs the image with the
 * configuration mounted from conf/. The Dockerfiles copy nothing from it; the context is still
 * sent to the builder, which is why it stays small.
 */
import { code, text } from '../files';
import type { ContextFile } from '../types';

const COMPOSE = code`
services:
  zookeeper:
    build: .
    image: local/zookeeper:3.6.1
    command: ["/opt/apache-zookeeper-3.6.1-bin/bin/zkServer.sh", "start-foreground"]
    ports:
      - "2181:2181"
    volumes:
      - ./conf/zoo.cfg:/opt/apache-zookeeper-3.6.1-bin/conf/zoo.cfg:ro
      - zk-data:/var/lib/zookeeper

volumes:
  zk-data:
`;

const ZOO_CFG = code`
# Single-node ZooKeeper for local development.
tickTime=2000
initLimit=10
syncLimit=5
dataDir=/var/lib/zookeeper
clientPort=2181
maxClientCnxns=60
admin.enableServer=false
4lw.commands.whitelist=srvr,ruok,mntr
`;

/** compose file, configuration and a README with the given text. */
export function zookeeperDeploy(readme: string): Record<string, ContextFile> {
  return {
    'README.md': text(readme),
    'docker-compose.yml': text(COMPOSE),
    'conf/zoo.cfg': text(ZOO_CFG),
    '.dockerignore': text('.git\n*.md\n'),
  };
}
