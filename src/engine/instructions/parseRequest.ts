/**
 * What each instruction parser gets (BuildKit: instructions/parse.go `parseRequest`) and what it
 * returns: a typed instruction or BuildKit's error message, never an exception.
 */
import type { DiagnosticCode } from '../diagnostics';
import type { Heredoc, InstructionNode } from '../parse/ast';
import { parseFlags, type FlagDef, type FlagValues } from './parseFlags';
import { goTrimSpace } from './goText';
import type { InstructionBase } from './types';

export interface ParseRequest {
  node: InstructionNode;
  /** The keyword as written. */
  keyword: string;
  /** BuildKit's `nodeArgs`: argument values, with a nested ONBUILD trigger flattened in. */
  args: string[];
  /** Exec (JSON) form. */
  isJson: boolean;
  heredocs: Heredoc[];
  /** The fields every typed instruction shares. */
  base: InstructionBase;
}

/** An instruction-level error: BuildKit's message (not yet wrapped with the line) and our code. */
export interface InstructionError {
  code: DiagnosticCode;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: InstructionError };

export function failure<T>(code: DiagnosticCode, message: string): Parsed<T> {
  return { ok: false, error: { code, message } };
}

export function success<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** BuildKit's `nodeArgs`: values in order; a nested node contributes its keyword and its args. */
function nodeArgs(node: InstructionNode): string[] {
  const out: string[] = [];
  let cur: InstructionNode | undefined = node;
  while (cur) {
    let next: InstructionNode | undefined;
    for (const a of cur.args) {
      if (a.kind === 'value') out.push(a.value);
      else {
        out.push(a.node.keyword);
        next = a.node;
      }
    }
    cur = next;
  }
  return out;
}

export function requestFromNode(node: InstructionNode): ParseRequest {
  return {
    node,
    keyword: node.keyword,
    args: nodeArgs(node),
    isJson: node.isJson,
    heredocs: node.heredocs,
    base: {
      keyword: node.keyword,
      original: node.original,
      code: goTrimSpace(node.original),
      flags: node.flags,
      prevComment: node.prevComment,
      startLine: node.startLine,
      endLine: node.endLine,
    },
  };
}

/** Validate the request's flags against `defs`; BuildKit's flag error as SC2002. */
export function checkFlags(req: ParseRequest, defs: readonly FlagDef[]): Parsed<FlagValues> {
  const parsed = parseFlags(req.base.flags, defs);
  return parsed.ok ? success(parsed.flags) : failure('SC2002', parsed.error);
}

/** BuildKit's `errAtLeastOneArgument`. */
export function atLeastOne<T>(command: string): Parsed<T> {
  return failure('SC2003', `${command} requires at least one argument`);
}

/** BuildKit's `errExactlyOneArgument`. */
export function exactlyOne<T>(command: string): Parsed<T> {
  return failure('SC2003', `${command} requires exactly one argument`);
}

/** BuildKit's `handleJSONArgs`: exec form as is, shell form joined into one string. */
export function jsonArgs(args: readonly string[], isJson: boolean): string[] {
  if (args.length === 0) return [];
  return isJson ? [...args] : [args.join(' ')];
}

/** BuildKit's `getDocComment`: the text after `<name> ` in the first comment line that has it. */
export function docComment(comments: readonly string[], name: string): string {
  if (name === '') return '';
  for (const line of comments) if (line.startsWith(name + ' ')) return line.slice(name.length + 1);
  return '';
}
