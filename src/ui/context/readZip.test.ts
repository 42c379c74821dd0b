import { describe, expect, it } from 'vitest';
import { readZip } from './readZip';

// A tiny zip writer, written from APPNOTE.TXT, so the reader is checked against archives whose
// every byte the test controls (stored and deflated entries, Unix modes, Zip64 sizes, comments).
interface Entry {
  name: string;
  data?: Uint8Array;
  deflate?: boolean;
  mode?: number;
  zip64?: boolean;
  utf8Flag?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

class Bytes {
  parts: number[] = [];
  u16(v: number) { this.parts.push(v & 0xff, (v >> 8) & 0xff); return this; }
  u32(v: number) { for (let i = 0; i < 4; i++) this.parts.push((v >>> (8 * i)) & 0xff); return this; }
  u64(v: number) { return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32)); }
  raw(b: Uint8Array) { this.parts.push(...b); return this; }
  get length() { return this.parts.length; }
}

async function writeZip(entries: Entry[], comment = ''): Promise<Uint8Array> {
  const out = new Bytes();
  const central = new Bytes();
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const data = e.data ?? new Uint8Array();
    const stored = e.deflate ? await deflateRaw(data) : data;
    const offset = out.length;
    const flags = e.utf8Flag ? 0x800 : 0;
    out.u32(0x04034b50).u16(20).u16(flags).u16(e.deflate ? 8 : 0).u16(0).u16(0).u32(crc32(data))
      .u32(stored.length).u32(data.length).u16(name.length).u16(0).raw(name).raw(stored);
    const extra = e.zip64 ? new Bytes().u16(0x0001).u16(24).u64(data.length).u64(stored.length).u64(offset) : new Bytes();
    const external = e.mode === undefined ? 0 : (e.mode >>> 0) * 0x10000;
    central.u32(0x02014b50).u16(e.mode === undefined ? 20 : 0x031e).u16(20).u16(flags).u16(e.deflate ? 8 : 0).u16(0).u16(0)
      .u32(crc32(data)).u32(e.zip64 ? 0xffffffff : stored.length).u32(e.zip64 ? 0xffffffff : data.length)
      .u16(name.length).u16(extra.length).u16(0).u16(0).u16(0).u32(external).u32(e.zip64 ? 0xffffffff : offset)
      .raw(name).raw(Uint8Array.from(extra.parts));
  }
  const cdOffset = out.length;
  out.raw(Uint8Array.from(central.parts));
  const commentBytes = new TextEncoder().encode(comment);
  out.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(central.length).u32(cdOffset).u16(commentBytes.length).raw(commentBytes);
  return Uint8Array.from(out.parts);
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('readZip', () => {
  it('lists files with sizes and modes, skips folders and symlinks, and reads stored and deflated data', async () => {
    const big = enc('x'.repeat(10_000) + 'end');
    const zip = await writeZip([
      { name: 'project/', mode: 0o040755 },
      { name: 'project/go.mod', data: enc('module x\n'), mode: 0o100644 },
      { name: 'project/run.sh', data: enc('#!/bin/sh\necho hi\n'), deflate: true, mode: 0o100755 },
      { name: 'project/big.txt', data: big, deflate: true },
      { name: 'project/link', data: enc('go.mod'), mode: 0o120777 },
      { name: 'project/données.txt', data: enc('é'), utf8Flag: true },
    ], 'a comment at the end');
    const result = readZip(zip);
    if (!result.ok) throw new Error(result.error);
    expect(result.skippedLinks).toBe(1);
    expect(result.files.map((f) => [f.path, f.size, f.mode])).toEqual([
      ['project/go.mod', 9, undefined],
      ['project/run.sh', 18, 0o755],
      ['project/big.txt', 10_003, undefined],
      ['project/données.txt', 2, undefined],
    ]);
    expect(dec(await result.files[0]!.read())).toBe('module x\n');
    expect(dec(await result.files[1]!.read())).toBe('#!/bin/sh\necho hi\n');
    expect(await result.files[2]!.read()).toEqual(big);
  });

  it('reads Zip64 sizes and offsets from the extra field', async () => {
    const zip = await writeZip([{ name: 'a.txt', data: enc('hello'), zip64: true, deflate: true }]);
    const result = readZip(zip);
    if (!result.ok) throw new Error(result.error);
    expect(result.files.map((f) => [f.path, f.size])).toEqual([['a.txt', 5]]);
    expect(dec(await result.files[0]!.read())).toBe('hello');
  });

  it.each<[string, (zip: Uint8Array) => Uint8Array, RegExp]>([
    ['a file that is not a zip', () => enc('just some text, long enough to search'), /not a \.zip file/],
    ['an empty file', () => new Uint8Array(), /not a \.zip file/],
    ['a zip cut short', (zip) => zip.subarray(40), /cannot be read/],
    ['a zip whose file list points past the end', (zip) => {
      const copy = zip.slice();
      copy[copy.length - 6] = 0xf0; // central directory offset, high byte range
      return copy;
    }, /cannot be read: (it ends too early|its file list is damaged)/],
  ])('refuses %s with a message', async (_name, damage, message) => {
    const zip = await writeZip([{ name: 'a.txt', data: enc('hello world'), deflate: true }]);
    const result = readZip(damage(zip));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('rejects reading an entry whose data is damaged, without throwing at listing time', async () => {
    const zip = await writeZip([{ name: 'a.txt', data: enc('hello world hello world'), deflate: true }]);
    const copy = zip.slice();
    for (let i = 30 + 5; i < 30 + 5 + 6; i++) copy[i] = 0xff; // scribble over the deflate stream
    const result = readZip(copy);
    if (!result.ok) throw new Error(result.error);
    await expect(result.files[0]!.read()).rejects.toThrow();
  });
});
