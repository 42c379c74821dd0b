import { describe, expect, it } from 'vitest';
import { singleDockerfileWorkspace } from '../../store';
import { collectImport, isDockerfileName, MAX_TEXT_BYTES, textOf } from './collectImport';
import type { ImportedFile } from './importedFile';
import { describeImport, importedWorkspace, importFound } from './importContext';

const enc = (s: string) => new TextEncoder().encode(s);
function file(path: string, bytes: Uint8Array, mode?: number): ImportedFile {
  const f: ImportedFile = { path, size: bytes.length, read: async () => bytes };
  if (mode !== undefined) f.mode = mode;
  return f;
}

describe('collectImport', () => {
  it('keeps text of small text files, sizes of the rest, and opens Dockerfiles as tabs', async () => {
    const collected = await collectImport([
      file('proj/app/Dockerfile.dev', enc('FROM node\n')),
      file('proj/Dockerfile', enc('\uFEFFFROM alpine\r\n')),
      file('proj/logo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1])),
      file('proj/big.json', enc('x'.repeat(MAX_TEXT_BYTES + 1))),
      file('proj/latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9])),
      file('proj/run.sh', enc('#!/bin/sh\n'), 0o755),
      file('proj/.dockerignore', enc('node_modules\n')),
      file('proj/web/node_modules/react/index.js', enc('x')),
      file('proj/.git/HEAD', enc('ref')),
    ], { stripCommonRoot: true });
    expect(collected.dockerfiles).toEqual([{ path: 'Dockerfile', text: '\uFEFFFROM alpine\r\n' }, { path: 'app/Dockerfile.dev', text: 'FROM node\n' }]);
    expect(collected.files).toEqual({
      'logo.png': { size: 6 },
      'big.json': { size: MAX_TEXT_BYTES + 1 },
      'latin1.txt': { size: 4 },
      'run.sh': { size: 10, content: '#!/bin/sh\n', mode: 0o755 },
      '.dockerignore': { size: 13, content: 'node_modules\n' },
    });
    expect(collected.skipped).toEqual([{ path: 'web/node_modules', files: 1 }, { path: '.git', files: 1 }]);
    expect(collected.sizeOnly).toBe(3);
  });

  it('keeps node_modules and .git when asked, and a folder root unless told to strip it', async () => {
    const collected = await collectImport([file('app/node_modules/x.js', enc('1')), file('app/.git/HEAD', enc('2'))], { includeHeavyDirs: true });
    expect(Object.keys(collected.files)).toEqual(['app/node_modules/x.js', 'app/.git/HEAD']);
  });

  it('counts unreadable files and keeps their size', async () => {
    const broken: ImportedFile = { path: 'a.txt', size: 3, read: () => Promise.reject(new Error('gone')) };
    const collected = await collectImport([broken]);
    expect(collected.files).toEqual({ 'a.txt': { size: 3 } });
    expect(collected.unreadable).toBe(1);
  });

  it.each([['Dockerfile', true], ['docker/api.Dockerfile', true], ['Dockerfile.prod', true], ['Dockerfile.dockerignore', false], ['dockerfile.md', false]])('isDockerfileName(%j) = %s', (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected);
  });

  it('textOf refuses NUL bytes and invalid UTF-8', () => {
    expect(textOf(enc('héllo'))).toBe('héllo');
    expect(textOf(Uint8Array.from([0x61, 0]))).toBeNull();
    expect(textOf(Uint8Array.from([0xc3, 0x28]))).toBeNull();
  });
});

describe('importedWorkspace', () => {
  const current = { ...singleDockerfileWorkspace('FROM mine\n', { target: 'build', buildArgs: { A: '1' } }) };

  it('keeps the current tabs when the project has no Dockerfile, dropping a clashing file', async () => {
    const result = await importFound({ files: [file('Dockerfile/x', enc('')), file('src/a.go', enc('package a'))], skipped: [], name: 'p' }, current, { includeHeavyDirs: false, stripCommonRoot: false });
    expect(result.ok && result.workspace).toEqual({ ...current, context: { 'src/a.go': { size: 9, content: 'package a' } } });
  });

  it('replaces the tabs and the target when the project brings Dockerfiles', async () => {
    const collected = await collectImport([file('Dockerfile', enc('FROM theirs\n')), file('go.mod', enc('module x\n'))]);
    const workspace = importedWorkspace(current, collected);
    expect(workspace.dockerfiles).toEqual([{ path: 'Dockerfile', text: 'FROM theirs\n' }]);
    expect(workspace.target).toBe('');
    expect(workspace.buildArgs).toEqual({ A: '1' });
    expect(describeImport('proj', collected, workspace)).toBe('Imported 1 file (9 B) from “proj”. Its Dockerfile is open as a tab.');
  });

  it('refuses an import with nothing in it', async () => {
    const result = await importFound({ files: [file('node_modules/a.js', enc('x'))], skipped: [], name: 'p' }, current, { includeHeavyDirs: false, stripCommonRoot: false });
    expect(result).toEqual({ ok: false, error: 'Nothing to import from “p”: it holds no files outside node_modules and .git.' });
  });
});
