import { describe, expect, it } from 'vitest';
import * as edits from './workspaceEdits';
import { nextDockerfilePath, normalizeWorkspacePath } from './workspacePaths';
import { singleDockerfileWorkspace } from './workspaceState';
import type { Workspace } from './workspaceTypes';

const base = (): Workspace => singleDockerfileWorkspace('FROM alpine\n', {
  context: { 'go.mod': { size: 9, content: 'module x\n' }, 'cmd/app/main.go': { size: 3, content: 'pkg' }, 'bin/tool': { size: 2048, mode: 0o755 } },
});

function ok(result: edits.EditResult): Workspace {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.workspace;
}
function error(result: edits.EditResult): string {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('normalizeWorkspacePath', () => {
  it.each([
    ['  Dockerfile ', 'Dockerfile'],
    ['./docker//api.Dockerfile', 'docker/api.Dockerfile'],
    ['/src/', 'src'],
    ['.//./a', 'a'],
  ])('%j -> %j', (input, expected) => expect(normalizeWorkspacePath(input)).toBe(expected));
});

describe('Dockerfile tabs', () => {
  it('adds a tab, makes it active, and refuses a taken or escaping name', () => {
    const w = ok(edits.addDockerfile(base(), 'Dockerfile.multistage', 'FROM scratch\n'));
    expect(w.dockerfiles.map((d) => d.path)).toEqual(['Dockerfile', 'Dockerfile.multistage']);
    expect(w.activeDockerfile).toBe('Dockerfile.multistage');
    expect(error(edits.addDockerfile(w, 'Dockerfile'))).toBe('"Dockerfile" already exists.');
    expect(error(edits.addDockerfile(w, 'go.mod'))).toBe('"go.mod" already exists.');
    expect(error(edits.addDockerfile(w, '../Dockerfile'))).toMatch(/inside the context/);
    expect(error(edits.addDockerfile(w, 'cmd'))).toBe('"cmd" is a folder in the context.');
    expect(error(edits.addDockerfile(w, 'go.mod/Dockerfile'))).toBe('"go.mod" is a file, so it cannot hold "go.mod/Dockerfile".');
    expect(error(edits.addDockerfile(w, '   '))).toBe('Enter a file name.');
  });

  it('renames a tab (the active path follows) and refuses a clash', () => {
    const w = ok(edits.addDockerfile(base(), 'Dockerfile.2'));
    const renamed = ok(edits.renameDockerfile(w, 'Dockerfile.2', 'docker/api.Dockerfile'));
    expect(renamed.dockerfiles.map((d) => d.path)).toEqual(['Dockerfile', 'docker/api.Dockerfile']);
    expect(renamed.activeDockerfile).toBe('docker/api.Dockerfile');
    expect(error(edits.renameDockerfile(renamed, 'Dockerfile', 'docker/api.Dockerfile'))).toBe('"docker/api.Dockerfile" already exists.');
    expect(ok(edits.renameDockerfile(renamed, 'Dockerfile', 'Dockerfile'))).toBe(renamed);
  });

  it('closes a tab, activating its right neighbour, and keeps the last one', () => {
    let w = ok(edits.addDockerfile(base(), 'b'));
    w = ok(edits.addDockerfile(w, 'c'));
    w = ok(edits.setActiveDockerfile(w, 'b'));
    w = ok(edits.closeDockerfile(w, 'b'));
    expect(w.dockerfiles.map((d) => d.path)).toEqual(['Dockerfile', 'c']);
    expect(w.activeDockerfile).toBe('c');
    w = ok(edits.closeDockerfile(w, 'c'));
    expect(w.activeDockerfile).toBe('Dockerfile');
    expect(error(edits.closeDockerfile(w, 'Dockerfile'))).toBe('A workspace keeps at least one Dockerfile.');
  });

  it('edits only the active tab and names new tabs Dockerfile.N', () => {
    const w = edits.setActiveText(ok(edits.addDockerfile(base(), 'Dockerfile.2', 'old')), 'new');
    expect(w.dockerfiles.map((d) => d.text)).toEqual(['FROM alpine\n', 'new']);
    expect(nextDockerfilePath(w)).toBe('Dockerfile.3');
    expect(nextDockerfilePath({ dockerfiles: [{ path: 'x', text: '' }], context: {} })).toBe('Dockerfile');
  });
});

describe('context files', () => {
  it('adds a text file with its UTF-8 size, replaces content and keeps the mode', () => {
    let w = ok(edits.setContextFile(base(), 'README.md', { content: 'héllo' }));
    expect(w.context['README.md']).toEqual({ size: 6, content: 'héllo' });
    w = ok(edits.setContextFile(w, 'bin/tool', { content: '#!/bin/sh\n' }));
    expect(w.context['bin/tool']).toEqual({ size: 10, content: '#!/bin/sh\n', mode: 0o755 });
    expect(error(edits.setContextFile(w, 'Dockerfile', { content: '' }))).toBe('"Dockerfile" already exists.');
    expect(error(edits.setContextFile(w, 'cmd', { content: '' }))).toBe('"cmd" is a folder in the context.');
  });

  it('renames a file or a whole folder, and refuses to move a folder into itself', () => {
    let w = ok(edits.renameContextPath(base(), 'cmd', 'src/cmd'));
    expect(Object.keys(w.context).sort()).toEqual(['bin/tool', 'go.mod', 'src/cmd/app/main.go']);
    w = ok(edits.renameContextPath(w, 'go.mod', 'go.work'));
    expect(w.context['go.work']).toEqual({ size: 9, content: 'module x\n' });
    expect(error(edits.renameContextPath(w, 'src', 'src/inner'))).toBe('"src" cannot move into itself.');
    expect(error(edits.renameContextPath(w, 'go.work', 'bin/tool'))).toBe('"bin/tool" already exists.');
    expect(error(edits.renameContextPath(w, 'nope', 'x'))).toBe('There is nothing at "nope".');
  });

  it('deletes a file or a folder and everything in it', () => {
    const w = ok(edits.deleteContextPath(base(), 'cmd'));
    expect(Object.keys(w.context).sort()).toEqual(['bin/tool', 'go.mod']);
    expect(Object.keys(ok(edits.deleteContextPath(w, 'go.mod')).context)).toEqual(['bin/tool']);
    // `cm` is a prefix of `cmd` but not a folder of it.
    expect(error(edits.deleteContextPath(base(), 'cm'))).toBe('There is nothing at "cm".');
  });

  it('keeps a file called __proto__ as an ordinary entry', () => {
    const w = ok(edits.renameContextPath(ok(edits.setContextFile(base(), 'x', { content: '1' })), 'x', '__proto__'));
    expect(Object.keys(w.context)).toContain('__proto__');
    expect(Object.getPrototypeOf(w.context)).toBe(Object.prototype);
  });
});
