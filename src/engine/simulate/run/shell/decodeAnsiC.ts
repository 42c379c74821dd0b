/**
 * The backslash escapes of bash's `$'...'` quoting (bash manual, "ANSI-C Quoting").
 */
const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function readDigits(s: string, from: number, max: number, pattern: RegExp): string {
  let out = '';
  while (out.length < max && pattern.test(s[from + out.length] ?? '')) out += s[from + out.length];
  return out;
}

/** Decode the text between `$'` and `'`. */
export function decodeAnsiC(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] ?? '';
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      i += 1;
      continue;
    }
    const n = raw[i + 1] ?? '';
    const simple = SIMPLE[n];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (/[0-7]/.test(n)) {
      const digits = readDigits(raw, i + 1, 3, /[0-7]/);
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += 1 + digits.length;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const digits = readDigits(raw, i + 2, n === 'x' ? 2 : n === 'u' ? 4 : 8, /[0-9a-fA-F]/);
      const code = digits === '' ? -1 : parseInt(digits, 16);
      out += code < 0 || code > 0x10ffff ? '\\' + n : String.fromCodePoint(code);
      i += 2 + digits.length;
    } else {
      out += '\\' + n;
      i += 2;
    }
  }
  return out;
}
