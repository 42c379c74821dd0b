/**
 * A minimal .zip reader: the central directory (with Zip64 sizes and offsets), and entry data
 * that is stored or DEFLATE-compressed, inflated with the browser's own
 * DecompressionStream('deflate-raw'). Nothing is fetched or installed. Names are UTF-8 when the
 * archive says so or when they decode as UTF-8 (macOS writes UTF-8 without the flag); otherwise
 * Latin-1. Unix permission bits come from the external attributes of entries made on Unix.
 * See PKWARE's APPNOTE.TXT, sections 4.3 and 4.4.
 */
import type { ImportedFile } from './importedFile';

export type ReadZipResult =
  | { ok: true; files: ImportedFile[]; skippedLinks: number }
  | { ok: false; error: string };

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const HOST_UNIX = 3;

class Damaged extends Error {}

/** Bounds-checked little-endian reads: a damaged archive fails with a message, never reads past the end. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (offset: number, length: number): void => {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > bytes.length) throw new Damaged('it ends too early');
  };
  return {
    u16: (o: number) => (check(o, 2), view.getUint16(o, true)),
    u32: (o: number) => (check(o, 4), view.getUint32(o, true)),
    u64: (o: number) => (check(o, 8), Number(view.getBigUint64(o, true))),
    slice: (o: number, n: number) => (check(o, n), bytes.subarray(o, o + n)),
  };
}

function findEndOfCentralDirectory(bytes: Uint8Array, r: ReturnType<typeof reader>): number {
  const last = bytes.length - 22;
  for (let o = last; o >= Math.max(0, last - 0xffff); o--) {
    if (bytes[o] === 0x50 && r.u32(o) === SIG_EOCD) return o;
  }
  throw new Damaged('no end-of-archive record: it is not a .zip file');
}

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    if (utf8Flag) throw new Damaged('an entry name is not valid UTF-8');
    return String.fromCharCode(...raw);
  }
}

async function inflate(data: Uint8Array, expected: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  if (out.length !== expected) throw new Error('the inflated size does not match the archive');
  return out;
}

/** List the files of a .zip held in memory. Directory entries and symlinks are not files here. */
export function readZip(bytes: Uint8Array): ReadZipResult {
  try {
    return readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, error: `This .zip cannot be read: ${error.message}.` };
    throw error;
  }
}

function readCentralDirectory(bytes: Uint8Array): ReadZipResult {
  const r = reader(bytes);
  const eocd = findEndOfCentralDirectory(bytes, r);
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if (count === 0xffff || offset === U32_MAX) {
    const locator = eocd - 20;
    if (r.u32(locator) !== SIG_ZIP64_LOCATOR) throw new Damaged('its Zip64 record is missing');
    const zip64 = r.u64(locator + 8);
    if (r.u32(zip64) !== SIG_ZIP64_EOCD) throw new Damaged('its Zip64 record is damaged');
    count = r.u64(zip64 + 32);
    offset = r.u64(zip64 + 48);
  }
  const files: ImportedFile[] = [];
  let skippedLinks = 0;
  for (let i = 0; i < count; i++) {
    if (r.u32(offset) !== SIG_CENTRAL) throw new Damaged('its file list is damaged');
    const madeBy = r.u16(offset + 4) >> 8;
    const flags = r.u16(offset + 8);
    const method = r.u16(offset + 10);
    let compressed = r.u32(offset + 20);
    let size = r.u32(offset + 24);
    const nameLength = r.u16(offset + 28);
    const extraLength = r.u16(offset + 30);
    const commentLength = r.u16(offset + 32);
    const external = r.u32(offset + 38);
    let local = r.u32(offset + 42);
    const name = decodeName(r.slice(offset + 46, nameLength), (flags & 0x800) !== 0);
    // Zip64 extended information: 64-bit values for the fields set to 0xFFFFFFFF, in this order.
    for (let e = offset + 46 + nameLength, end = e + extraLength; e + 4 <= end; ) {
      const id = r.u16(e);
      const length = r.u16(e + 2);
      if (id === 0x0001) {
        let at = e + 4;
        if (size === U32_MAX) { size = r.u64(at); at += 8; }
        if (compressed === U32_MAX) { compressed = r.u64(at); at += 8; }
        if (local === U32_MAX) local = r.u64(at);
      }
      e += 4 + length;
    }
    offset += 46 + nameLength + extraLength + commentLength;

    const unixMode = madeBy === HOST_UNIX ? external >>> 16 : 0;
    const fileType = unixMode & 0o170000;
    if (name.endsWith('/') || fileType === 0o040000) continue;
    if (fileType === 0o120000) {
      skippedLinks++;
      continue;
    }
    const file: ImportedFile = { path: name.replace(/\\/g, '/'), size, read: () => readEntry(bytes, local, compressed, size, method, flags) };
    const permissions = unixMode & 0o7777;
    if (permissions !== 0 && permissions !== 0o644) file.mode = permissions;
    files.push(file);
  }
  return { ok: true, files, skippedLinks };
}

async function readEntry(bytes: Uint8Array, local: number, compressed: number, size: number, method: number, flags: number): Promise<Uint8Array> {
  if (flags & 0x1) throw new Error('the entry is encrypted');
  const r = reader(bytes);
  if (r.u32(local) !== SIG_LOCAL) throw new Error('the entry header is damaged');
  const start = local + 30 + r.u16(local + 26) + r.u16(local + 28);
  const data = r.slice(start, compressed);
  if (method === 0) return data;
  if (method === 8) return inflate(data, size);
  throw new Error(`compression method ${method} is not supported`);
}
