/**
 * A fast, deterministic 128-bit hash for cache keys. Keys only have to be equal for equal inputs
 * and, in practice, different for different ones; they guard nothing. The pure-JS sha256 costs
 * ~70 µs per key here, which a 200-stage Dockerfile pays a thousand times per build, so keys use
 * four multiplicative lanes with murmur3's final mix instead (content checksums stay sha256).
 */
function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** 32 hex characters. */
export function hash128(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let c = 0x27d4eb2f;
  let d = 0x165667b1;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul((b ^ k) << 5 | (b ^ k) >>> 27, 0x5bd1e995);
    c = Math.imul(c + k, 0xcc9e2d51) ^ (c >>> 15);
    d = Math.imul(d ^ (k << 8 | k), 0x1b873593) + a;
  }
  const n = text.length;
  a = fmix(a ^ n);
  b = fmix(b + a);
  c = fmix(c ^ b);
  d = fmix(d + c);
  return hex(a) + hex(b) + hex(c) + hex(d);
}
