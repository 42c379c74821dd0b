/**
 * BuildKit's `Node.Dump()` (parser.go): `(keyword ["--flag" ...] "arg" ...)` per instruction,
 * lowercased keyword (Go `strings.ToLower`), Go-quoted values (`strconv.Quote`), nested ONBUILD
 * triggers in parentheses, the whole string trimmed with Go's `strings.TrimSpace`.
 * Computed on UTF-8 bytes (utf8.ts) so the output matches BuildKit's byte for byte.
 */
import type { InstructionNode, ParseResult } from './ast';
import { goToLower, trimLeftSpace, trimRightSpace } from './goStrings';
import { quoteBytes } from './goQuote';
import { fromBytes, toBytes } from './utf8';

function dumpBytes(node: InstructionNode): string {
  // ONBUILD nests instructions; walk the chain iteratively, innermost first.
  const chain: InstructionNode[] = [];
  for (let cur: InstructionNode | undefined = node; cur; ) {
    chain.push(cur);
    let next: InstructionNode | undefined;
    for (const a of cur.args) if (a.kind === 'nested') next = a.node;
    cur = next;
  }
  let innerDump = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i];
    if (!n) continue;
    let head = goToLower(toBytes(n.keyword));
    if (n.flags.length > 0) head += ' [' + n.flags.map((f) => quoteBytes(toBytes(f))).join(' ') + ']';
    let tail = '';
    for (const a of n.args) {
      tail += ' ' + (a.kind === 'value' ? quoteBytes(toBytes(a.value)) : '(' + innerDump + ')');
    }
    // Go trims the whole string; the arguments part starts with ' ' and ends with '"' or ')', so
    // trimming the head alone gives the same result without re-reading the nested dump.
    head = trimLeftSpace(head);
    if (tail === '') innerDump = trimRightSpace(head);
    else innerDump = head === '' ? tail.slice(1) : head + tail;
  }
  return innerDump;
}

/**
 * The dump of one instruction (BuildKit's `Node.Dump()` of a root child), without parentheses:
 * `run ["--mount=type=cache,target=/x"] "make"`.
 */
export function dumpInstruction(node: InstructionNode): string {
  return fromBytes(dumpBytes(node));
}

/**
 * BuildKit's dump of the whole file plus a newline: exactly the content of a parser testfile's
 * `result` (one `(instruction ...)` line per instruction).
 */
export function dump(result: Pick<ParseResult, 'instructions'>): string {
  const lines = result.instructions.map((n) => '(' + dumpBytes(n) + ')');
  return fromBytes(lines.join('\n') + '\n');
}
