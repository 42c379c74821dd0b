/**
 * The examples gallery. The Dockerfiles of shared/examples are bundled at build time by Vite's
 * glob import (nothing is copied into this repository; without that folder the glob is simply
 * empty and only our own examples show), each paired with the build context written for it in
 * ./contexts. Our own examples carry their Dockerfile. Two entries open a one-stage and a
 * multi-stage Dockerfile side by side as tabs, over the same context.
 */
import type { Workspace } from '../store';
import { contextById, exampleContexts, ownExamples, type ExampleContext } from './contexts';
import { workspaceOf } from './workspaceOf';

export { defaultWorkspace } from './defaultWorkspace';
export { toWorkspaceContext } from './workspaceOf';

export interface GalleryExample {
  id: string;
  title: string;
  /** One line: what the example shows. */
  description: string;
  /** `shared`: from shared/examples; `own`: written for this project; `pair`: two tabs to compare. */
  source: 'shared' | 'own' | 'pair';
  workspace: Workspace;
}

const sharedFiles = import.meta.glob<string>('../../../shared/examples/*/Dockerfile', { query: '?raw', import: 'default', eager: true });

/** The shared Dockerfiles by folder name. */
export const sharedDockerfiles: ReadonlyMap<string, string> = new Map(
  Object.entries(sharedFiles).flatMap(([path, text]) => {
    const folder = /\/examples\/([^/]+)\/Dockerfile$/.exec(path)?.[1];
    return folder === undefined ? [] : [[folder, text] as const];
  }),
);

function sharedExample(id: string, dockerfile: string, context: ExampleContext | undefined): GalleryExample {
  return {
    id,
    title: context?.title ?? id,
    description: context?.description ?? 'An example Dockerfile (no build context written for it yet).',
    source: 'shared',
    workspace: workspaceOf([{ path: 'Dockerfile', text: dockerfile }], context?.files ?? {}),
  };
}

/** One-stage and multi-stage versions of the same project, opened as two tabs. */
const PAIRS = [
  { id: 'compare-go', single: 'go-single-stage', multi: 'go-multi-stage', title: 'Go: one stage vs multi-stage', description: 'The same Go service built in one golang image and in two stages; switch tabs to compare the graphs.' },
  { id: 'compare-python-node', single: 'python-node-single', multi: 'python-node', title: 'Python + Node: one image vs two stages', description: 'Both toolchains in one image, or a Node stage feeding a slim Python image; switch tabs to compare.' },
];

function pairExamples(): GalleryExample[] {
  return PAIRS.flatMap((pair) => {
    const single = sharedDockerfiles.get(pair.single);
    const multi = sharedDockerfiles.get(pair.multi);
    if (single === undefined || multi === undefined) return [];
    const files = contextById(pair.multi)?.files ?? {};
    const tabs = [{ path: 'Dockerfile', text: single }, { path: 'Dockerfile.multistage', text: multi }];
    return [{ id: pair.id, title: pair.title, description: pair.description, source: 'pair' as const, workspace: workspaceOf(tabs, files) }];
  });
}

/** Every example, in gallery order: the shared ones (README order), the pairs, then ours. */
export function galleryExamples(): GalleryExample[] {
  const known = exampleContexts.map((c) => c.id);
  const shared = [...known.filter((id) => sharedDockerfiles.has(id)), ...[...sharedDockerfiles.keys()].filter((id) => !known.includes(id)).sort()];
  return [
    ...shared.map((id) => sharedExample(id, sharedDockerfiles.get(id) as string, exampleContexts.find((c) => c.id === id))),
    ...pairExamples(),
    ...ownExamples.map((own) => ({
      id: own.id,
      title: own.title,
      description: own.description,
      source: 'own' as const,
      workspace: workspaceOf([{ path: 'Dockerfile', text: own.dockerfile }], own.files),
    })),
  ];
}
