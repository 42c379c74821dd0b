/**
 * `echo` and `printf`. dash's echo always interprets backslash escapes and knows only `-n`;
 * bash's and BusyBox's echo take `-n`, `-e`, `-E` and interpret escapes only with `-e`.
 * printf follows POSIX: the format is reused until the arguments run out.
 */
import type { Builtin } from './builtinTypes';

/** Backslash escapes of echo and printf's `%b`; `\c` stops all output. */
export function unescapeEcho(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[i + 1] ?? '';
    i += 1;
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'e': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'c': return { text: out, stop: true };
      case '0': {
        const m = /^[0-7]{0,3}/.exec(text.slice(i + 1))?.[0] ?? '';
        out += String.fromCharCode(parseInt(m || '0', 8));
        i += m.length;
        break;
      }
      default:
        out += `\\${n}`;
    }
  }
  return { text: out, stop: false };
}

export const echo: Builtin = ({ sh, args, io }) => {
  let newline = true;
  let escapes = sh.flavour === 'dash';
  let i = 0;
  for (; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (!/^-[neE]+$/.test(a) || (sh.flavour === 'dash' && a !== '-n')) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const r = unescapeEcho(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  io.stdout.write(newline ? `${text}\n` : text);
  return 0;
};

function printfEscapes(format: string): string {
  return format.replace(/\\([0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    return map[e] ?? `\\${e}`;
  });
}

function pad(text: string, flags: string, width: number | undefined): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(text)) {
    const sign = /^[+-]/.test(text) ? (text[0] ?? '') : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function toNumber(arg: string | undefined): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = Number(arg.trim());
  return Number.isFinite(n) ? n : 0;
}

/** Format once; returns the text and how many arguments it used. */
function formatOnce(format: string, args: string[]): { text: string; used: number; stop: boolean } {
  let out = '';
  let used = 0;
  const re = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sdiouxXcbfeEgG%])/g;
  let last = 0;
  for (let m = re.exec(format); m !== null; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = m.index + m[0].length;
    const [, flags = '', w, p, conv] = m;
    const width = w === '*' ? toNumber(args[used++]) : w === undefined ? undefined : Number(w);
    const precision = p === '*' ? toNumber(args[used++]) : p === undefined ? undefined : Number(p);
    if (conv === '%') {
      out += '%';
      continue;
    }
    const arg = args[used];
    used += 1;
    let text: string;
    switch (conv) {
      case 's':
        text = (arg ?? '').slice(0, precision);
        break;
      case 'b': {
        const r = unescapeEcho(arg ?? '');
        if (r.stop) return { text: out + r.text, used, stop: true };
        text = r.text;
        break;
      }
      case 'c':
        text = (arg ?? '').slice(0, 1);
        break;
      case 'd':
      case 'i':
        text = Math.trunc(toNumber(arg)).toString();
        if (flags.includes('+') && !text.startsWith('-')) text = `+${text}`;
        break;
      case 'u':
        text = Math.trunc(toNumber(arg)).toString();
        break;
      case 'o':
        text = Math.trunc(toNumber(arg)).toString(8);
        break;
      case 'x':
        text = Math.trunc(toNumber(arg)).toString(16);
        break;
      case 'X':
        text = Math.trunc(toNumber(arg)).toString(16).toUpperCase();
        break;
      default:
        text = toNumber(arg).toFixed(precision ?? 6);
    }
    out += pad(text, flags, width);
  }
  out += format.slice(last);
  return { text: out, used, stop: false };
}

export const printf: Builtin = ({ args, io }) => {
  const rest = args[0] === '--' ? args.slice(1) : args;
  const format = printfEscapes(rest[0] ?? '');
  let operands = rest.slice(1);
  let out = '';
  for (let guard = 0; guard < 10_000; guard += 1) {
    const r = formatOnce(format, operands);
    out += r.text;
    if (r.stop || r.used === 0 || r.used >= operands.length) break;
    operands = operands.slice(r.used);
  }
  io.stdout.write(out);
  return 0;
};
