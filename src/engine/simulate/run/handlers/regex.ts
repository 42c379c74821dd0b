/**
 * POSIX regular expressions as JavaScript ones: basic (BRE, grep and sed's default, where `\(`,
 * `\{`, and GNU's `\+`, `\?`, `\|` are operators and `( ) { } + ? |` are literal) and extended
 * (ERE, `-E`), with the bracket classes (`[[:space:]]`).
 */

const CLASSES: Record<string, string> = {
  '[:space:]': '\\s', '[:digit:]': '\\d', '[:alpha:]': 'a-zA-Z', '[:alnum:]': 'a-zA-Z0-9', '[:upper:]': 'A-Z', '[:lower:]': 'a-z',
  '[:blank:]': ' \\t', '[:punct:]': '!-\\/:-@\\[-`{-~', '[:xdigit:]': '0-9A-Fa-f', '[:print:]': ' -~', '[:graph:]': '!-~', '[:cntrl:]': '\\x00-\\x1f',
};

function translateBrackets(re: string): string {
  return re.replace(/\[(\^?)((?:\[:[a-z]+:\]|[^\]])*)\]/g, (_m, neg: string, body: string) => {
    let b = body;
    for (const [k, v] of Object.entries(CLASSES)) b = b.split(k).join(v);
    return `[${neg}${b}]`;
  });
}

/** Translate a POSIX regex to a JS RegExp source. */
export function posixToJs(re: string, extended: boolean): string {
  if (extended) return translateBrackets(re);
  let out = '';
  let inBracket = false;
  for (let i = 0; i < re.length; i += 1) {
    const c = re[i] ?? '';
    if (inBracket) {
      out += c;
      if (c === ']') inBracket = false;
      continue;
    }
    if (c === '[') {
      inBracket = true;
      out += c;
      if (re[i + 1] === '^') out += re[++i];
      if (re[i + 1] === ']') out += re[++i];
      continue;
    }
    if (c === '\\' && i + 1 < re.length) {
      const n = re[i + 1] ?? '';
      i += 1;
      if ('(){}+?|'.includes(n)) out += n;
      else out += `\\${n}`;
      continue;
    }
    if ('(){}+?|'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return translateBrackets(out);
}

/** A RegExp, or null when the pattern is not valid in JavaScript either. */
export function compileRegex(re: string, extended: boolean, flags = ''): RegExp | null {
  try {
    return new RegExp(posixToJs(re, extended), flags);
  } catch {
    return null;
  }
}
