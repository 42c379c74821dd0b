/**
 * BuildKit's `parser.Parse` (frontend/dockerfile/parser/parser.go), line by line, on the UTF-8
 * bytes of the input (see utf8.ts). Where BuildKit stops at the first error, this parser records
 * the error as a diagnostic (and on the failing instruction) and carries on, so an editor can
 * still show every other instruction; `ok` says whether BuildKit would have accepted the file.
 */
import { diagnostic, lineRange, type Diagnostic, type DiagnosticCode } from '../diagnostics';
import type { Directives, InstructionNode, ParseResult } from './ast';
import { detectDirective, DirectiveParser } from './directives';
import { skipSpace, trimSpace } from './goStrings';
import { heredocsFromLine, type RawHeredoc } from './heredoc';
import { LineReader, MAX_LINE_BYTES } from './lineReader';
import { nodeFromLine, setLines, type Decode } from './nodeFromLine';
import { fromBytes, isAscii, toBytes } from './utf8';

const BOM = '\xef\xbb\xbf';
const identity: Decode = (s) => s;

/**
 * BuildKit's line-continuation regexp `([^\\])\\[ \t]*$|^\\[ \t]*$` (for the escape token in
 * force): where to cut the line when it continues, or -1 when the instruction ends here.
 */
function continuationCut(line: string, escape: number): number {
  let j = line.length;
  while (j > 0) {
    const c = line.charCodeAt(j - 1);
    if (c !== 0x20 && c !== 0x09) break;
    j--;
  }
  if (j === 0 || line.charCodeAt(j - 1) !== escape) return -1;
  if (j >= 2 && line.charCodeAt(j - 2) === escape) return -1;
  return j - 1;
}

/** Mutable state of one parse. */
interface State {
  reader: LineReader;
  diagnostics: Diagnostic[];
  directives: Directives;
  directiveParser: DirectiveParser;
  escape: number;
  comments: string[];
  asciiInput: boolean;
}

function report(st: State, code: DiagnosticCode, message: string, start: number, end = start): Diagnostic {
  const d = diagnostic(code, fromBytes(message), lineRange(Math.max(1, start), Math.max(1, end)));
  st.diagnostics.push(d);
  return d;
}

/**
 * Parse a Dockerfile exactly as BuildKit does. Never throws.
 *
 * @param input The Dockerfile as text, or as raw bytes (exact even for invalid UTF-8).
 */
export function parseDockerfile(input: string | Uint8Array): ParseResult {
  const bytes = toBytes(input);
  const instructions: InstructionNode[] = [];
  const st: State = {
    reader: new LineReader(bytes, (line) =>
      report(st, 'SC1002', `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, line),
    ),
    diagnostics: [],
    directives: {},
    directiveParser: new DirectiveParser(),
    escape: 0x5c,
    comments: [],
    asciiInput: typeof input === 'string' ? bytes === input : isAscii(bytes),
  };
  const { reader } = st;
  while (reader.advance()) {
    const node = readInstruction(st);
    if (node) instructions.push(node);
  }
  if (instructions.length === 0) {
    if (bytes.length === 0) report(st, 'SC1008', 'the Dockerfile cannot be empty', 1);
    else report(st, 'SC1001', 'file with no instructions', reader.lineNo);
  }
  addDetectedDirectives(bytes, st.directives);
  const first = instructions[0];
  const last = instructions[instructions.length - 1];
  return {
    ok: !st.diagnostics.some((d) => d.severity === 'error'),
    instructions,
    directives: st.directives,
    escapeToken: st.escape === 0x60 ? '`' : '\\',
    diagnostics: st.diagnostics,
    startLine: first ? first.startLine : 0,
    endLine: last ? last.endLine : 0,
  };
}

/** One pass of BuildKit's outer loop, starting at the reader's current line. */
function readInstruction(st: State): InstructionNode | null {
  const { reader } = st;
  const { text } = reader;
  const lineNo = reader.lineNo;
  if (lineNo === 1 && text.startsWith(BOM)) reader.start += 3;
  const lead = skipSpace(text, reader.start, reader.end);
  const isComment = lead < reader.end && text.charCodeAt(lead) === 0x23;
  if (isComment) {
    // BuildKit drops the first *byte* (not the `#`) before trimming: `  # x` gives "# x".
    const comment = trimSpace(text.slice(reader.start + 1, reader.after));
    if (comment === '') st.comments = [];
    else st.comments.push(comment);
  }
  const token = lead >= reader.end ? '' : text.slice(lead, reader.end);
  if (!st.directiveParser.done) readDirective(st, token, lineNo);
  if (isComment || token === '') return null;

  let cut = continuationCut(token, st.escape);
  let line = cut < 0 ? token : token.slice(0, cut);
  let hasEmptyContinuation = false;
  while (cut >= 0 && reader.advance()) {
    // Comment lines inside a continuation are skipped; blank ones too, with a warning.
    const nextLead = skipSpace(text, reader.start, reader.end);
    if (nextLead < reader.end && text.charCodeAt(nextLead) === 0x23) continue;
    if (nextLead >= reader.end) {
      hasEmptyContinuation = true;
      continue;
    }
    const part = reader.content();
    cut = continuationCut(part, st.escape);
    line += cut < 0 ? part : part.slice(0, cut);
  }
  const lastLine = reader.lineNo;
  if (hasEmptyContinuation) report(st, 'SC1007', `Empty continuation line found in: ${line}`, lastLine);

  const decode = st.asciiInput || isAscii(line) ? identity : fromBytes;
  const parsed = nodeFromLine(line, st.escape, decode);
  const { node } = parsed;
  if (parsed.error) {
    const code = parsed.error.kind === 'json' ? 'SC1005' : 'SC1006';
    node.error = report(st, code, parsed.error.message, lineNo, lastLine);
  } else if (parsed.heredocCapable && line.includes('<<')) {
    const found = heredocsFromLine(line);
    if ('error' in found) node.error = report(st, 'SC1099', found.error, lineNo, lastLine);
    else readHeredocBodies(st, found, node, lineNo);
  }
  setLines(node, lineNo, reader.lineNo);
  if (st.comments.length > 0) {
    node.prevComment = st.comments.map(st.asciiInput ? identity : fromBytes);
    st.comments = [];
  }
  return node;
}

/** Parse's directive handling: escape changes the token; duplicates and bad escapes are errors. */
function readDirective(st: State, token: string, lineNo: number): void {
  const directive = st.directiveParser.parseLine(token);
  if (!directive) return;
  if ('error' in directive) {
    // BuildKit reports this one line too early (a 0-based count); we point at the line itself.
    report(st, 'SC1003', directive.error, lineNo);
    return;
  }
  if (directive.name === 'escape' && directive.value !== '`' && directive.value !== '\\') {
    report(st, 'SC1003', `invalid escape token '${directive.value}' does not match \` or \\`, lineNo);
    return;
  }
  // A directive is not a comment of the first instruction.
  st.comments.pop();
  if (directive.name === 'escape') {
    st.escape = directive.value.charCodeAt(0);
    st.directives.escape = { value: directive.value, line: lineNo };
  }
}

/** Consume each heredoc's body up to its terminator line (taken raw: no comment or escape handling). */
function readHeredocBodies(st: State, found: RawHeredoc[], node: InstructionNode, startLine: number): void {
  const { reader } = st;
  const { text } = reader;
  for (const doc of found) {
    const bodyStart = reader.after;
    let bodyEnd = -1;
    while (reader.advance()) {
      let from = reader.start;
      if (doc.chomp) while (from < reader.end && text.charCodeAt(from) === 0x09) from++;
      if (reader.end - from === doc.name.length && text.startsWith(doc.name, from)) {
        bodyEnd = reader.start;
        break;
      }
    }
    const terminated = bodyEnd >= 0;
    node.heredocs.push({
      name: fromBytes(doc.name),
      content: fromBytes(text.slice(bodyStart, terminated ? bodyEnd : text.length)),
      expand: doc.expand,
      chomp: doc.chomp,
      fileDescriptor: doc.fileDescriptor,
    });
    if (!terminated) {
      node.error = report(st, 'SC1004', 'unterminated heredoc', startLine, reader.lineNo);
      return;
    }
  }
}

/** `syntax` and `check` come from BuildKit's separate readers (DetectSyntax, ParseDirective). */
function addDetectedDirectives(bytes: string, directives: Directives): void {
  for (const key of ['syntax', 'check'] as const) {
    const found = detectDirective(key, bytes, key === 'syntax');
    if (found) {
      directives[key] = { value: fromBytes(found.value), cmdline: fromBytes(found.cmdline), line: found.line };
    }
  }
}
