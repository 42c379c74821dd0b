import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWorkspaceDocument } from './workspaceDocument';
import { utf8Length } from './workspacePaths';
import { decodeSharePayload, encodeShareFragment, fromBase64Url, sharePayload, toBase64Url } from './workspaceShareLink';
import type { Workspace, WorkspaceFile } from './workspaceTypes';

const sample: Workspace = {
  dockerfiles: [
    { path: 'Dockerfile', text: 'FROM golang:1.22 AS build\nRUN echo "héllo 🐳" \\\n  && true\n' },
    { path: 'Dockerfile.multistage', text: '' },
  ],
  activeDockerfile: 'Dockerfile.multistage',
  context: { '.dockerignore': { size: 13, content: 'node_modules\n' }, 'assets/logo.png': { size: 20480 }, 'run.sh': { size: 0, content: '', mode: 0o755 } },
  target: 'build',
  buildArgs: { GO_VERSION: '1.22', 'weird key': 'a=b' },
  mode: 'buildkit',
};

async function payloadOf(workspace: Workspace): Promise<string> {
  return sharePayload(await encodeShareFragment(workspace)) as string;
}

/** Raw DEFLATE of some bytes, base64url'd: a link whose compression is fine but content is not. */
async function linkOfBytes(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,11}$/).filter((s) => s !== '.' && s !== '..');
const text = fc.string({ unit: 'binary', maxLength: 200 });
const file: fc.Arbitrary<WorkspaceFile> = fc.oneof(
  text.map((content) => ({ size: utf8Length(content), content })),
  fc.nat({ max: 1e12 }).map((size) => ({ size })),
).chain((f) => fc.option(fc.integer({ min: 0, max: 0o7777 }), { nil: undefined }).map((mode) => (mode === undefined ? f : { ...f, mode })));

/** Workspaces with valid, non-clashing paths: tabs at the root, context files under `ctx/`. */
const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    tabs: fc.uniqueArray(segment, { minLength: 1, maxLength: 4 }),
    texts: fc.array(text, { minLength: 4, maxLength: 4 }),
    files: fc.dictionary(fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')), file, { maxKeys: 8 }),
    active: fc.nat(),
    target: fc.string({ maxLength: 20 }),
    buildArgs: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !k.includes('=')), text, { maxKeys: 4 }),
    mode: fc.constantFrom('buildkit' as const, 'legacy' as const),
  })
  .map(({ tabs, texts, files, active, target, buildArgs, mode }) => {
    // Keep only leaf paths, so no context file is another's folder.
    const keys = Object.keys(files).filter((k) => !Object.keys(files).some((o) => o.startsWith(`${k}/`)));
    return {
      dockerfiles: tabs.map((path, i) => ({ path, text: texts[i] ?? '' })),
      activeDockerfile: tabs[active % tabs.length] as string,
      context: Object.fromEntries(keys.map((k) => [`ctx/${k}`, files[k] as WorkspaceFile])),
      target,
      buildArgs,
      mode,
    };
  });

describe('share links', () => {
  it('round-trip a workspace exactly', async () => {
    const fragment = await encodeShareFragment(sample);
    expect(fragment).toMatch(/^w=[A-Za-z0-9_-]+$/);
    expect(await decodeSharePayload(sharePayload(`#${fragment}`) as string)).toEqual({ ok: true, value: sample });
  });

  it('round-trip any valid workspace exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (workspace) => {
        const read = await decodeSharePayload(await payloadOf(workspace));
        expect(read).toEqual({ ok: true, value: workspace });
        expect(read.ok && toWorkspaceDocument(read.value)).toEqual(toWorkspaceDocument(workspace));
      }),
      { numRuns: 60 },
    );
  });

  it('finds the payload among other fragment parameters, and none where there is none', () => {
    expect(sharePayload('#a=1&w=abc')).toBe('abc');
    expect(sharePayload('')).toBeNull();
    expect(sharePayload('#section-2')).toBeNull();
  });

  it('base64url encodes and decodes every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = toBase64Url(bytes);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(encoded)).toEqual(bytes);
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('ab+c')).toBeNull();
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['text that is not base64url', async () => '%%not base64%%', /damaged or incomplete \(it is not base64url text\)/],
    ['an empty payload', async () => '', /not base64url/],
    ['a truncated link', async () => (await payloadOf(sample)).slice(0, 40), /damaged or incomplete \(it does not decompress\)/],
    ['bytes that are not DEFLATE', async () => toBase64Url(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00])), /does not decompress/],
    ['compressed text that is not JSON', async () => linkOfBytes(new TextEncoder().encode('hello')), /its content is not JSON/],
    ['compressed bytes that are not UTF-8', async () => linkOfBytes(Uint8Array.from([0x22, 0xc3, 0x28, 0x22])), /not JSON/],
    ['JSON that is not a workspace', async () => linkOfBytes(new TextEncoder().encode('{"format":"stagecraft-workspace","version":1}')), /does not hold a valid workspace: "dockerfiles" must list/],
    ['a decompression bomb', async () => linkOfBytes(new Uint8Array(49 * 1024 * 1024)), /does not decompress/],
  ])('turns %s into an error value', async (_name, make, message) => {
    const read = await decodeSharePayload(await make());
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(message);
  });

  it('never throws on damaged links (property: any single character changed)', async () => {
    const payload = await payloadOf(sample);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: payload.length - 1 }), fc.constantFrom(...'Aa0_-Zz9'), async (at, ch) => {
        const damaged = payload.slice(0, at) + ch + payload.slice(at + 1);
        const read = await decodeSharePayload(damaged);
        if (read.ok) expect(read.value.dockerfiles.length).toBeGreaterThan(0);
        else expect(read.error).toMatch(/^The link/);
      }),
      { numRuns: 40 },
    );
  });
});
