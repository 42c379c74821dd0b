/**
 * Share links: the whole workspace in the URL fragment (`#w=...`), so it never reaches a server
 * and works offline. The document's JSON is compressed with raw DEFLATE (CompressionStream, in
 * every current browser and Node 20) and written as base64url. Decoding returns an error value
 * for any damaged link; it never throws.
 */
import { toWorkspaceDocument, readWorkspaceDocument, type ReadResult } from './workspaceDocument';
import type { Workspace } from './workspaceTypes';

/** The fragment parameter that carries a workspace. */
export const SHARE_PARAM = 'w';

/** Decompressed links larger than this are refused (a small link must not inflate to gigabytes). */
const MAX_INFLATED_BYTES = 48 * 1024 * 1024;

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflate, stopping at `limit` bytes; null when the data is not a complete DEFLATE stream. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (without `#`) that carries `workspace`. */
export async function encodeShareFragment(workspace: Workspace): Promise<string> {
  const json = JSON.stringify(toWorkspaceDocument(workspace));
  return `${SHARE_PARAM}=${toBase64Url(await deflate(new TextEncoder().encode(json)))}`;
}

/** The payload of a fragment (`#w=...` or `w=...`), or null when the fragment carries no workspace. */
export function sharePayload(fragment: string): string | null {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  return params.get(SHARE_PARAM);
}

const DAMAGED = 'The link is damaged or incomplete';

/** Read the workspace a share payload carries. */
export async function decodeSharePayload(payload: string): Promise<ReadResult<Workspace>> {
  const bytes = fromBase64Url(payload.trim());
  if (bytes === null || bytes.length === 0) return { ok: false, error: `${DAMAGED} (it is not base64url text).` };
  const inflated = await inflate(bytes, MAX_INFLATED_BYTES);
  if (inflated === null) return { ok: false, error: `${DAMAGED} (it does not decompress).` };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, error: `${DAMAGED} (its content is not JSON).` };
  }
  const read = readWorkspaceDocument(value);
  return read.ok ? read : { ok: false, error: `The link does not hold a valid workspace: ${read.error}` };
}
