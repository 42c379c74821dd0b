/**
 * Here-document bodies: after the newline that ends the line with `<<WORD`, the lines up to one
 * that is exactly the delimiter (tabs stripped first for `<<-`). Like dash, a body that runs to the
 * end of the text is accepted without an error.
 */
import type { LiteralPart, WordPart } from './ast';
import { offsetAt, type ParserState, type PendingHeredoc } from './parserState';

/** Read every body that is waiting for this newline, in the order the operators appeared. */
export function readPendingHeredocs(state: ParserState): void {
  if (state.pending.length === 0) return;
  const pending = state.pending;
  state.pending = [];
  for (const p of pending) readBody(state, p);
}

function readBody(state: ParserState, { node }: PendingHeredoc): void {
  const t = state.text;
  const bodyStart = state.pos;
  // A map is needed when tabs are cut out or when this text is itself rewritten (backquotes).
  const map: number[] | null = node.stripTabs || state.map !== null ? [] : null;
  let body = '';
  let i = bodyStart;
  let bodyEnd = t.length;
  let next = t.length;
  while (i < t.length) {
    const nl = t.indexOf('\n', i);
    const lineEnd = nl < 0 ? t.length : nl;
    const after = nl < 0 ? t.length : nl + 1;
    let k = i;
    if (node.stripTabs) while (t[k] === '\t') k += 1;
    if (t.slice(k, lineEnd) === node.delimiter) {
      bodyEnd = i;
      next = after;
      break;
    }
    if (map !== null) {
      for (let j = k; j < after; j += 1) map.push(offsetAt(state, j));
      body += t.slice(k, after);
    }
    i = after;
  }
  if (i >= t.length) {
    bodyEnd = t.length;
    next = t.length;
  }
  if (map === null) body = t.slice(bodyStart, bodyEnd);
  else map.push(offsetAt(state, bodyEnd));
  state.pos = next;

  const start = offsetAt(state, bodyStart);
  const end = offsetAt(state, bodyEnd);
  let parts: WordPart[];
  if (node.quoted) {
    const literal: LiteralPart = { kind: 'literal', value: body, glob: false, start, end };
    parts = body === '' ? [] : [literal];
  } else {
    parts = state.hooks.heredocBody(body, map, start, state);
  }
  node.body = { kind: 'word', parts, text: body, glob: false, start, end };
  node.start = start;
  node.end = end;
}
