import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { hasShared, sharedPath } from '../engine/testing/sharedDir';
import { readWorkspaceDocument, toWorkspaceDocument } from '../store';
import { ownExamples } from './contexts';
import { defaultWorkspace, galleryExamples, sharedDockerfiles } from './gallery';

describe('the gallery', () => {
  it('holds our own examples with their Dockerfiles, and every workspace is valid', () => {
    const examples = galleryExamples();
    for (const own of ownExamples) {
      expect(examples.find((e) => e.id === own.id)?.workspace.dockerfiles).toEqual([{ path: 'Dockerfile', text: own.dockerfile }]);
    }
    for (const example of examples) {
      const read = readWorkspaceDocument(toWorkspaceDocument(example.workspace));
      expect(read.ok ? null : `${example.id}: ${read.error}`).toBeNull();
      expect(example.title.length).toBeGreaterThan(0);
      expect(example.description).not.toMatch(/\n/);
    }
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  });

  it('opens the default workspace cleanly, with a .dockerignore that leaves files out', () => {
    const workspace = defaultWorkspace();
    expect(analyze({ dockerfile: workspace.dockerfiles[0]!.text }).diagnostics).toEqual([]);
    expect(workspace.context['.dockerignore']?.content).toContain('bin/');
    expect(workspace.context['bin/greeter']).toEqual({ size: 7_340_032, mode: 0o755 });
  });
});

describe.skipIf(!hasShared)('the gallery with shared/examples', () => {
  const folders = hasShared
    ? readdirSync(sharedPath('examples'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(sharedPath('examples', d.name, 'Dockerfile'))).map((d) => d.name)
    : [];

  it('bundles every shared Dockerfile byte for byte', () => {
    expect([...sharedDockerfiles.keys()].sort()).toEqual([...folders].sort());
    for (const folder of folders) {
      expect(sharedDockerfiles.get(folder)).toBe(readFileSync(sharedPath('examples', folder, 'Dockerfile'), 'utf8'));
    }
  });

  it('lists each shared example once with its context, and the comparison pairs as two tabs', () => {
    const examples = galleryExamples();
    for (const folder of folders) {
      const example = examples.find((e) => e.id === folder);
      expect(example?.source).toBe('shared');
      expect(Object.keys(example?.workspace.context ?? {}).length).toBeGreaterThan(0);
    }
    const pair = examples.find((e) => e.id === 'compare-go');
    expect(pair?.workspace.dockerfiles.map((d) => d.path)).toEqual(['Dockerfile', 'Dockerfile.multistage']);
    expect(pair?.workspace.dockerfiles[1]?.text).toBe(readFileSync(sharedPath('examples', 'go-multi-stage', 'Dockerfile'), 'utf8'));
  });
});
