/**
 * The Dockerfile AST, shaped after BuildKit's `parser.Node` (frontend/dockerfile/parser/parser.go)
 * so that `dump()` can print BuildKit's `Node.Dump()` byte for byte.
 */
import type { Diagnostic } from '../diagnostics';

/** A heredoc body attached to an instruction (`RUN <<EOF`, `COPY <<A <<B /dst`). */
export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF` for `<<'EOF'`). */
  name: string;
  /**
   * The body lines as written, each with its line ending (BuildKit's `Heredoc.Content`). For `<<-`
   * the leading tabs are NOT stripped here (BuildKit strips them later, in dockerfile2llb): use
   * `chompHeredocContent` when `chomp` is true.
   */
  content: string;
  /** False when the delimiter was quoted in any way: the body is then taken literally. */
  expand: boolean;
  /** True for `<<-`. */
  chomp: boolean;
  /** The file descriptor written before `<<` (`3<<EOF`), 0 when absent. */
  fileDescriptor: number;
}

/** An argument of an instruction: BuildKit's `Next` chain entries. */
export type ArgNode =
  | { kind: 'value'; value: string }
  /** Only ONBUILD nests: its argument is the wrapped instruction. */
  | { kind: 'nested'; node: InstructionNode };

/** One instruction as the parser read it. */
export interface InstructionNode {
  /** The keyword exactly as written (`FROM`, `from`, `Run`); BuildKit's `Node.Value`. */
  keyword: string;
  /** Leading `--flag` words, quotes removed; BuildKit's `Node.Flags`. */
  flags: string[];
  /** The arguments in BuildKit's per-instruction split; see the dump table in README of anchors. */
  args: ArgNode[];
  /** True when the arguments came from a JSON array (exec form); BuildKit's `Attributes["json"]`. */
  isJson: boolean;
  /** The instruction line with continuations joined; BuildKit's `Node.Original`. */
  original: string;
  /** Heredoc bodies, in marker order. Never part of the dump. */
  heredocs: Heredoc[];
  /** Comment lines directly above the instruction (text after `#`, trimmed); BuildKit's `PrevComment`. */
  prevComment: string[];
  /** First physical line of the instruction, 1-based. */
  startLine: number;
  /** Last physical line (including heredoc bodies and skipped comment/blank continuation lines). */
  endLine: number;
  /** Set when this one instruction could not be parsed (the parse as a whole then fails). */
  error?: Diagnostic;
}

/** The parser directives found at the top of the file. */
export interface Directives {
  /**
   * From BuildKit's `DetectSyntax` (also `//syntax=` and `{"syntax": ...}`, after a `#!` line):
   * `value` is the image reference (text up to the first space), `cmdline` the whole value.
   */
  syntax?: { value: string; line: number; cmdline?: string };
  /** The escape directive `Parse` applied (top-of-file `# escape=` only). */
  escape?: { value: string; line: number };
  /** From BuildKit's `ParseDirective("check")`: `value` is cut at the first space, as the linter reads it. */
  check?: { value: string; line: number; cmdline?: string };
}

/** What the parser returns. Never throws. */
export interface ParseResult {
  /** True when BuildKit's `parser.Parse` would succeed. */
  ok: boolean;
  /** Every instruction that could be read, in file order (kept even when `ok` is false). */
  instructions: InstructionNode[];
  directives: Directives;
  /** The escape token in force: `\\` or `` ` ``. */
  escapeToken: '\\' | '`';
  /** Parser errors (BuildKit's wording) and warnings (empty continuation lines). */
  diagnostics: Diagnostic[];
  /** Root span: first and last line of the instructions (0 when there are none). */
  startLine: number;
  endLine: number;
}
