/**
 * Build contexts for the example Dockerfiles in shared/examples (one per folder, in the order of
 * its README), and our own examples, which carry their Dockerfile with them.
 *
 * @example
 * const ctx = contextById('go-multi-stage');
 * ctx?.files['go.mod']?.content; // "module github.com/acme/tasks\n..."
 */
import { goBuildTestDeploy } from './goBuildTestDeploy';
import { goHrefCounter } from './goHrefCounter';
import { goMultiStage } from './goMultiStage';
import { goSingleStage } from './goSingleStage';
import { goVersionArg } from './goVersionArg';
import { neo4jNode } from './neo4jNode';
import { nodeNginx } from './nodeNginx';
import { nodeProd } from './nodeProd';
import { overriddenFrom } from './overriddenFrom';
import { ownExamples } from './own';
import { phpLaravel } from './phpLaravel';
import { pythonNode } from './pythonNode';
import { pythonNodeSingle } from './pythonNodeSingle';
import { sharedBuilder } from './sharedBuilder';
import type { ExampleContext, OwnExample } from './types';
import { zookeeper } from './zookeeper';
import { zookeeperExternal } from './zookeeperExternal';
import { zookeeperStageBase } from './zookeeperStageBase';

export type { ContextFile, ExampleContext, OwnExample } from './types';
export { ownExamples };

/** Contexts of the shared examples, in the order shared/examples/README.md lists them. */
export const exampleContexts: ExampleContext[] = [
  goSingleStage,
  goMultiStage,
  goHrefCounter,
  goBuildTestDeploy,
  goVersionArg,
  nodeNginx,
  nodeProd,
  phpLaravel,
  pythonNode,
  zookeeper,
  zookeeperStageBase,
  zookeeperExternal,
  sharedBuilder,
  overriddenFrom,
  pythonNodeSingle,
  neo4jNode,
];

/** The context of a shared example or of one of ours, by id; undefined when there is none. */
export function contextById(id: string): ExampleContext | OwnExample | undefined {
  return exampleContexts.find((c) => c.id === id) ?? ownExamples.find((c) => c.id === id);
}
