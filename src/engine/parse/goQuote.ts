/**
 * Go's `strconv.Quote`, which BuildKit's `Node.Dump()` uses for every argument and flag.
 * `JSON.stringify` differs (`\u0000` vs `\x00`, escaping of U+2028, `/`...), so this is a port of
 * the rules: printable runes stay, `\a \b \f \n \r \t \v`, other controls and DEL as `\xHH`,
 * other non-printable runes as `\uHHHH`/`\UHHHHHHHH`, and each invalid UTF-8 byte as `\xHH`.
 */
import { isPrintRune } from './goStrings';
import { decodeRune, fromBytes, toBytes } from './utf8';

const HEX = '0123456789abcdef';

function hex(value: number, digits: number): string {
  let out = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += HEX[(value >>> shift) & 0xf];
  return out;
}

const SHORT_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

/** `strconv.Quote` of a byte string; the result is a byte string too (valid UTF-8). */
export function quoteBytes(s: string): string {
  let out = '"';
  let plainFrom = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) {
      i++;
      continue;
    }
    out += s.slice(plainFrom, i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) out += '\\' + s[i];
      else out += SHORT_ESCAPES[c] ?? '\\x' + hex(c, 2);
      i++;
    } else {
      const packed = decodeRune(s, i);
      const r = Math.floor(packed / 8);
      const w = packed & 7;
      if (w === 1) out += '\\x' + hex(c, 2);
      else if (isPrintRune(r)) out += s.slice(i, i + w);
      else if (r < 0x10000) out += '\\u' + hex(r, 4);
      else out += '\\U' + hex(r, 8);
      i += w;
    }
    plainFrom = i;
  }
  return out + s.slice(plainFrom) + '"';
}

/**
 * Go's `strconv.Quote` of a JS string, taken as its UTF-8 bytes (lone U+DC80..U+DCFF stand for
 * raw bytes; see utf8.ts).
 *
 * @example goQuote('a\u0000♥') === '"a\\x00♥"'
 */
export function goQuote(s: string): string {
  return fromBytes(quoteBytes(toBytes(s)));
}
