/**
 * `$name`, `${name}` and `${name<modifier>word}` (BuildKit: shell/lex.go processDollar,
 * processName). Called with the scanner on the `$`.
 */
import { isGoDigit, isGoLetter } from './goUnicode';
import { LexError } from './lexOptions';
import { replacePattern } from './replacePattern';
import { EOF, runeToString } from './runeScanner';
import type { ShellWord } from './shellWord';
import { trimPrefix, trimSuffix } from './shellPattern';

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;
const MISSING_BRACE = "syntax error: missing '}'";

/** Expand the `$...` at the scanner's position and return its text. */
export function expandDollar(sw: ShellWord): string {
  const s = sw.scanner;
  s.next();
  const skipUnset = sw.options.skipUnsetEnv ?? false;

  if (s.peek() !== OPEN_BRACE) {
    const name = readName(sw);
    // A `$` not followed by a name (`$.`, a trailing `$`) stays literal.
    if (name === '') return '$';
    const value = sw.lookup(name);
    if (value === undefined && skipUnset) return '$' + name;
    return value ?? '';
  }

  s.next();
  const first = s.peek();
  if (first === EOF) throw new LexError(MISSING_BRACE);
  if (first === OPEN_BRACE || first === CLOSE_BRACE || first === COLON) {
    throw new LexError('syntax error: bad substitution');
  }
  const name = readName(sw);
  let op = s.next();
  let opText = runeToString(op);

  if (op === CLOSE_BRACE) {
    const value = sw.lookup(name);
    if (value === undefined && skipUnset) return `\${${name}}`;
    return value ?? '';
  }
  if (op === SLASH) return replaceModifier(sw, name);

  let nullIsUnset = false;
  if (op === COLON) {
    nullIsUnset = true;
    op = s.next();
    opText += runeToString(op);
  } else if (!'+-?#%'.includes(opText)) {
    throw new LexError(`unsupported modifier (${opText}) in substitution`);
  }

  const kind = runeToString(op);
  const isPattern = kind === '#' || kind === '%';
  if (nullIsUnset && isPattern) throw new LexError(`unsupported modifier (${opText}) in substitution`);
  let word = readNested(sw, CLOSE_BRACE, isPattern, MISSING_BRACE);

  const value = sw.lookup(name);
  if (value === undefined && skipUnset) return `\${${name}${opText}${word}}`;
  const unset = value === undefined || (nullIsUnset && value === '');

  switch (kind) {
    case '-':
      return unset ? word : (value ?? '');
    case '+':
      return unset ? '' : word;
    case '?':
      if (value === undefined) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
      if (nullIsUnset && value === '') throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
      return value;
    case '#':
    case '%': {
      // `##`/`%%` remove the longest match, `#`/`%` the shortest.
      const greedy = word.startsWith(kind);
      if (greedy) word = word.slice(1);
      const trimmed = kind === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy);
      if (!trimmed.ok) throw new LexError(trimmed.error);
      return trimmed.value;
    }
    default:
      throw new LexError(`unsupported modifier (${opText}) in substitution`);
  }
}

/** `${name/pattern/repl}` and `${name//pattern/repl}`, after the first `/`. */
function replaceModifier(sw: ShellWord, name: string): string {
  const s = sw.scanner;
  const all = s.peek() === SLASH;
  if (all) s.next();
  const pattern = readNested(sw, SLASH, true, "syntax error: missing '/' in ${}");
  const replacement = readNested(sw, CLOSE_BRACE, true, MISSING_BRACE);
  const value = sw.lookup(name);
  // The display form writes a single `/` even for `//`, as BuildKit does.
  if (value === undefined && sw.options.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
  const replaced = replacePattern(value ?? '', pattern, replacement, all);
  if (!replaced.ok) throw new LexError(replaced.error);
  return replaced.value;
}

/** The word inside `${...}`; any failure that ran into the end of the text becomes `atEnd`. */
function readNested(sw: ShellWord, stopChar: number, rawEscapes: boolean, atEnd: string): string {
  try {
    return sw.processStopOn(stopChar, rawEscapes).value;
  } catch (err) {
    if (err instanceof LexError && sw.scanner.peek() === EOF) throw new LexError(atEnd);
    throw err;
  }
}

/** A name of letters, digits and `_`; or all the digits of `$123`; or one special parameter. */
function readName(sw: ShellWord): string {
  const s = sw.scanner;
  let name = '';
  while (s.peek() !== EOF) {
    const ch = s.peek();
    if (name === '' && isGoDigit(ch)) {
      while (s.peek() !== EOF && isGoDigit(s.peek())) name += runeToString(s.next());
      return name;
    }
    if (name === '' && SPECIAL_PARAMS.has(runeToString(ch))) return runeToString(s.next());
    if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== 0x5f) break;
    name += runeToString(s.next());
  }
  return name;
}
