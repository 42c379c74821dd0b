/**
 * BuildKit: parser.go `newNodeFromLine` and its dispatch table, building the public AST node
 * directly. ONBUILD re-parses its rest as a full instruction; that nesting is unrolled into a loop
 * so that `ONBUILD ONBUILD ...` repeated thousands of times cannot exhaust the JS stack.
 */
import type { ArgNode, InstructionNode } from './ast';
import { goToLower } from './goStrings';
import {
  parseHealthConfig,
  parseIgnore,
  parseMaybeJson,
  parseMaybeJsonToList,
  parseNameOrNameVal,
  parseNameVal,
  parseString,
  parseWhitespaceDelimited,
  NOT_STRING_ARRAY,
  type LineParse,
} from './lineParsers';
import { splitCommand } from './splitCommand';
import { fromBytes } from './utf8';

/** Byte string to JS string: `fromBytes`, or the identity when the bytes are known to be ASCII. */
export type Decode = (bytes: string) => string;

/** Which problem made a line unparseable (decides the diagnostic code). */
export type NodeErrorKind = 'json' | 'keyValue';

/** The node (lines still 0; without arguments when `error` is set) and what the parser needs next. */
export interface NodeFromLine {
  node: InstructionNode;
  /** BuildKit's `canContainHeredoc`: RUN/COPY/ADD in shell form, possibly inside one ONBUILD. */
  heredocCapable: boolean;
  error?: { kind: NodeErrorKind; message: string };
}

function dispatch(lowerCmd: string, rest: string, escapeToken: number): LineParse {
  switch (lowerCmd) {
    case 'add':
    case 'copy':
    case 'volume':
      return parseMaybeJsonToList(rest);
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'shell':
      return parseMaybeJson(rest);
    case 'from':
    case 'expose':
      return parseWhitespaceDelimited(rest);
    case 'env':
      return parseNameVal(rest, 'ENV', escapeToken);
    case 'label':
      return parseNameVal(rest, 'LABEL', escapeToken);
    case 'arg':
      return parseNameOrNameVal(rest, escapeToken);
    case 'maintainer':
    case 'user':
    case 'workdir':
    case 'stopsignal':
      return parseString(rest);
    case 'healthcheck':
      return parseHealthConfig(rest);
    case 'onbuild':
      // Only reached with an empty rest: `ONBUILD` alone has no arguments.
      return { args: [], isJson: false };
    default:
      return parseIgnore();
  }
}

function newNode(
  keyword: string,
  flags: string[],
  args: ArgNode[],
  isJson: boolean,
  original: string,
  decode: Decode,
): InstructionNode {
  return {
    keyword: decode(keyword),
    flags: flags.length === 0 ? flags : flags.map(decode),
    args,
    isJson,
    original: decode(original),
    heredocs: [],
    prevComment: [],
    startLine: 0,
    endLine: 0,
  };
}

function isHeredocKeyword(lower: string): boolean {
  return lower === 'run' || lower === 'copy' || lower === 'add';
}

/** Parse one joined instruction line (a byte string); `decode` turns its parts into JS strings. */
export function nodeFromLine(line: string, escapeToken: number, decode: Decode): NodeFromLine {
  let wrappers: { cmd: string; flags: string[]; original: string }[] | undefined;
  let current = line;
  let split = splitCommand(current, escapeToken);
  let lower = goToLower(split.cmd);
  while (lower === 'onbuild' && split.args !== '') {
    wrappers ??= [];
    wrappers.push({ cmd: split.cmd, flags: split.flags, original: current });
    current = split.args;
    split = splitCommand(current, escapeToken);
    lower = goToLower(split.cmd);
  }
  const parsed = dispatch(lower, split.args, escapeToken);
  const failed = 'error' in parsed;
  const isJson = !failed && parsed.isJson;
  const args: ArgNode[] = [];
  if (!failed) {
    // JSON escapes (`\u00e9`) can put non-ASCII bytes into the values of an ASCII line.
    const decodeArg = isJson ? fromBytes : decode;
    for (const value of parsed.args) args.push({ kind: 'value', value: decodeArg(value) });
  }
  let node = newNode(split.cmd, split.flags, args, isJson, current, decode);
  // BuildKit looks through one ONBUILD level only.
  const heredocCapable = isHeredocKeyword(lower) && !isJson && (wrappers?.length ?? 0) <= 1;
  for (let i = (wrappers?.length ?? 0) - 1; i >= 0; i--) {
    const w = wrappers?.[i];
    if (w) node = newNode(w.cmd, w.flags, [{ kind: 'nested', node }], false, w.original, decode);
  }
  if (!failed) return { node, heredocCapable };
  const kind: NodeErrorKind = parsed.error === NOT_STRING_ARRAY ? 'json' : 'keyValue';
  return { node, heredocCapable, error: { kind, message: parsed.error } };
}

/** Give a node and its nested ONBUILD triggers the instruction's line range. */
export function setLines(node: InstructionNode, startLine: number, endLine: number): void {
  for (let cur: InstructionNode | undefined = node; cur; ) {
    cur.startLine = startLine;
    cur.endLine = endLine;
    const first: ArgNode | undefined = cur.args[0];
    cur = first?.kind === 'nested' ? first.node : undefined;
  }
}
