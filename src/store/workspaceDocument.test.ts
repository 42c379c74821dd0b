import { describe, expect, it } from 'vitest';
import { parseWorkspaceJson, readWorkspaceDocument, toWorkspaceDocument, workspaceJson } from './workspaceDocument';
import { singleDockerfileWorkspace } from './workspaceState';
import type { Workspace } from './workspaceTypes';

const workspace: Workspace = {
  dockerfiles: [{ path: 'Dockerfile', text: 'FROM alpine\n' }, { path: 'docker/api.Dockerfile', text: 'FROM scratch\n' }],
  activeDockerfile: 'docker/api.Dockerfile',
  context: { 'go.mod': { size: 9, content: 'module x\n' }, 'bin/tool': { size: 4096, mode: 0o755 }, 'run.sh': { size: 3, content: 'x\ny', mode: 0o700 } },
  target: 'final',
  buildArgs: { GO_VERSION: '1.22', EMPTY: '' },
  mode: 'legacy',
};

/** The valid document with one field replaced (or removed, with `undefined`). */
function docWith(patch: Record<string, unknown>): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...toWorkspaceDocument(workspace), ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete doc[k];
  return doc;
}

function errorOf(value: unknown): string {
  const read = readWorkspaceDocument(value);
  if (read.ok) throw new Error('expected the document to be refused');
  return read.error;
}

describe('workspace documents', () => {
  it('round-trip through JSON text, deriving sizes from content', () => {
    const read = parseWorkspaceJson(workspaceJson(workspace));
    expect(read).toEqual({ ok: true, value: workspace });
    expect(toWorkspaceDocument(workspace).context['go.mod']).toEqual({ content: 'module x\n' });
  });

  it('refuses what is not a workspace at all', () => {
    expect(parseWorkspaceJson('{"format": ')).toEqual({ ok: false, error: 'It is not valid JSON.' });
    expect(errorOf(null)).toBe('The workspace must be an object.');
    expect(errorOf([])).toBe('The workspace must be an object.');
    expect(errorOf({ ...toWorkspaceDocument(workspace), format: 'other' })).toMatch(/not a Stagecraft workspace/);
    expect(errorOf(docWith({ version: 2 }))).toBe('It was made by a newer Stagecraft (format version 2).');
    expect(errorOf(docWith({ extra: 1 }))).toBe('The workspace has an unknown field "extra".');
  });

  it.each<[string, Record<string, unknown>, string | RegExp]>([
    ['no Dockerfiles', { dockerfiles: [] }, '"dockerfiles" must list at least one Dockerfile.'],
    ['a Dockerfile without text', { dockerfiles: [{ path: 'Dockerfile' }] }, 'dockerfiles[0].text must be text.'],
    ['a Dockerfile outside the context', { dockerfiles: [{ path: '../Dockerfile', text: '' }], active: '../Dockerfile' }, /dockerfiles\[0\]\.path "\.\.\/Dockerfile": A path must stay inside/],
    ['an unnormalised path', { dockerfiles: [{ path: 'Dockerfile ', text: '' }], active: 'Dockerfile ' }, 'dockerfiles[0].path "Dockerfile " must be a plain relative path.'],
    ['an active tab that does not exist', { active: 'Nope' }, '"active" names "Nope", which is not one of the Dockerfiles.'],
    ['a duplicate path', { context: { Dockerfile: { content: '' } } }, '"Dockerfile" appears twice.'],
    ['a file used as a folder', { context: { a: { size: 1 }, 'a/b': { size: 1 } } }, '"a" is a file, so it cannot hold "a/b".'],
    ['a file with both content and size', { context: { a: { content: 'x', size: 1 } } }, 'context["a"] needs either "content" or "size".'],
    ['a negative size', { context: { a: { size: -1 } } }, 'context["a"].size must be a whole number of bytes.'],
    ['a fractional size', { context: { a: { size: 1.5 } } }, 'context["a"].size must be a whole number of bytes.'],
    ['a bad mode', { context: { a: { size: 1, mode: 0o10000 } } }, 'context["a"].mode must be permission bits (0 to 0o7777).'],
    ['an unknown file field', { context: { a: { size: 1, digest: 'x' } } }, 'context["a"] has an unknown field "digest".'],
    ['a context path with ..', { context: { 'a/../b': { size: 1 } } }, /context\["a\/\.\.\/b"\] path/],
    ['a bad mode name', { mode: 'docker' }, '"mode" must be "buildkit" or "legacy".'],
    ['a numeric target', { target: 3 }, '"target" must be text.'],
    ['a build arg with =', { buildArgs: { 'A=B': 'x' } }, 'buildArgs name "A=B" must be non-empty and without "=".'],
    ['a non-text build arg', { buildArgs: { A: 1 } }, 'buildArgs["A"] must be text.'],
    ['a missing context', { context: undefined }, '"context" must be an object.'],
  ])('refuses %s', (_name, patch, message) => {
    const error = errorOf(docWith(patch));
    if (typeof message === 'string') expect(error).toBe(message);
    else expect(error).toMatch(message);
  });

  it('reads a file called __proto__ as data, not as a prototype', () => {
    const read = parseWorkspaceJson(JSON.stringify(docWith({ context: JSON.parse('{"__proto__": {"content": "x"}}') })));
    expect(read.ok && Object.keys(read.value.context)).toEqual(['__proto__']);
    expect(read.ok && Object.getPrototypeOf(read.value.context)).toBe(Object.prototype);
  });

  it('accepts the smallest workspace', () => {
    const small = singleDockerfileWorkspace('');
    expect(readWorkspaceDocument(toWorkspaceDocument(small))).toEqual({ ok: true, value: small });
  });
});
