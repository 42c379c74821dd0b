/**
 * The AST of a POSIX shell script as dash (Debian's /bin/sh) parses it: lists of and-or items of
 * pipelines of commands, and words that keep their quoting so expansion can follow POSIX order.
 *
 * Every node carries `start`/`end`: UTF-16 offsets into the text given to `parseShell`, end
 * exclusive. Nodes parsed from a backquoted substitution or a `<<-` body map back to the
 * original text character by character.
 */

/** A range of the parsed text, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Unquoted text. `glob` is true when it holds a pathname-expansion character (`*`, `?`, `[`). */
export interface LiteralPart extends Span {
  kind: 'literal';
  value: string;
  glob: boolean;
}

/** `\c` outside quotes: the one character `c`, quoted. */
export interface EscapedPart extends Span {
  kind: 'escaped';
  value: string;
}

/** `'...'` (and bash's `$'...'`, decoded, with `ansiC` set). */
export interface SingleQuotedPart extends Span {
  kind: 'singleQuoted';
  value: string;
  ansiC?: boolean;
}

/** `"..."`: its literal parts are quoted text; expansions inside are not field-split. */
export interface DoubleQuotedPart extends Span {
  kind: 'doubleQuoted';
  parts: WordPart[];
}

/**
 * What a parameter expansion does. `get` is `$x`/`${x}`; `default`/`assign`/`error`/`alternative`
 * are `-`/`=`/`?`/`+` (with `colon` for `:-` ...); the trims are `#`, `##`, `%`, `%%`. The
 * `replace*` and `substring` forms are bash/ash extensions (dash reports `Bad substitution`);
 * `bad` is any other `${...}`, which dash accepts when parsing and rejects when expanding.
 */
export type ParamOp =
  | 'get'
  | 'length'
  | 'default'
  | 'assign'
  | 'error'
  | 'alternative'
  | 'trimShortestPrefix'
  | 'trimLongestPrefix'
  | 'trimShortestSuffix'
  | 'trimLongestSuffix'
  | 'replaceFirst'
  | 'replaceAll'
  | 'replacePrefix'
  | 'replaceSuffix'
  | 'substring'
  | 'bad';

/** `$name`, `$1`, `$@`, `${name...}`. */
export interface ParamPart extends Span {
  kind: 'param';
  /** `HOME`, `1`, `10`, or one of `@ * # ? - $ ! 0`; empty for some `bad` forms. */
  name: string;
  braced: boolean;
  op: ParamOp;
  /** True for the `:` forms (`${x:-y}` treats an empty value as unset). */
  colon: boolean;
  /** The word after the operator; the pattern for trims and replacements; the offset for substring. */
  arg?: WordPart[];
  /** The replacement of `${x/p/r}`, or the length of `${x:o:l}`. */
  arg2?: WordPart[];
  /** The source text, `$x` or `${...}`. */
  text: string;
}

/** `$(...)` or `` `...` ``, parsed; bash's process substitution `<(...)`/`>(...)` sets `process`. */
export interface CommandSubPart extends Span {
  kind: 'commandSub';
  script: List;
  backquoted: boolean;
  process?: '<' | '>';
  /** The inner source text (for backquotes, after their backslash rules). */
  text: string;
}

/** `$((...))`: expanded like a double-quoted string, then evaluated. */
export interface ArithPart extends Span {
  kind: 'arith';
  parts: WordPart[];
  /** The source text between `$((` and `))`. */
  text: string;
}

export type WordPart = LiteralPart | EscapedPart | SingleQuotedPart | DoubleQuotedPart | ParamPart | CommandSubPart | ArithPart;

/** One shell word. `text` is its source text; `glob` is true when an unquoted part can glob. */
export interface Word extends Span {
  kind: 'word';
  parts: WordPart[];
  text: string;
  glob: boolean;
}

/** `NAME=value` before a command (or alone). bash's `NAME+=v` sets `append`. */
export interface Assignment extends Span {
  name: string;
  value: Word;
  append?: boolean;
  /** bash `NAME=(a b c)`. */
  array?: Word[];
}

export type RedirectOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '<<' | '<<-' | '<<<' | '&>' | '&>>';

/** A here-document body, read from the lines after the command. */
export interface HereDoc extends Span {
  /** The delimiter with quotes removed. */
  delimiter: string;
  /** True when any part of the delimiter was quoted: the body is then literal. */
  quoted: boolean;
  /** `<<-`: leading tabs were stripped from every line (including the delimiter line). */
  stripTabs: boolean;
  /** The body (after tab stripping); a single literal part when `quoted`. */
  body: Word;
}

/** `[fd]op target`. `fd` is null when the default applies (0 for `<`, 1 for `>`). */
export interface Redirect extends Span {
  kind: 'redirect';
  op: RedirectOp;
  fd: number | null;
  /** The file, fd number or `-`; for here-documents, the delimiter word as written. */
  target: Word;
  heredoc?: HereDoc;
}

export interface SimpleCommand extends Span {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface Subshell extends Span {
  kind: 'subshell';
  body: List;
  redirects: Redirect[];
}

export interface BraceGroup extends Span {
  kind: 'group';
  body: List;
  redirects: Redirect[];
}

export interface IfClause {
  condition: List;
  body: List;
}

/** `if` with its `elif`s in `clauses` (the first is the `if`). */
export interface IfCommand extends Span {
  kind: 'if';
  clauses: IfClause[];
  elseBody: List | null;
  redirects: Redirect[];
}

/** `for name [in words]; do ...; done`; `items` is null without `in` (meaning `"$@"`). */
export interface ForCommand extends Span {
  kind: 'for';
  variable: string;
  items: Word[] | null;
  body: List;
  redirects: Redirect[];
}

export interface LoopCommand extends Span {
  kind: 'while' | 'until';
  condition: List;
  body: List;
  redirects: Redirect[];
}

export interface CaseItem extends Span {
  patterns: Word[];
  /** Null for an empty body (`a) ;;`). */
  body: List | null;
}

export interface CaseCommand extends Span {
  kind: 'case';
  subject: Word;
  items: CaseItem[];
  redirects: Redirect[];
}

/** `name() command`. */
export interface FunctionDefinition extends Span {
  kind: 'function';
  name: string;
  body: Command;
}

export type Command = SimpleCommand | Subshell | BraceGroup | IfCommand | ForCommand | LoopCommand | CaseCommand | FunctionDefinition;

/** `[!] cmd | cmd ...`. */
export interface Pipeline extends Span {
  kind: 'pipeline';
  negated: boolean;
  commands: Command[];
}

/** `pipeline && pipeline || pipeline ...`. */
export interface AndOr extends Span {
  kind: 'andOr';
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

/** One and-or list and what ended it: `&` runs it in the background. */
export interface ListItem extends Span {
  andOr: AndOr;
  separator: ';' | '&' | 'newline' | null;
  background: boolean;
}

/** A sequence of and-or lists: a whole script, a compound command's body, `$(...)`. */
export interface List extends Span {
  kind: 'list';
  items: ListItem[];
}

/** A whole parsed script. */
export type Script = List;

/** A syntax error with dash's wording (`Syntax error: ...`). */
export interface ShellError {
  message: string;
  /** Where the offending text starts and ends in the input. */
  start: number;
  end: number;
  /** 1-based line dash names in its message (`sh: 2: Syntax error: ...`): where its reader stopped. */
  line: number;
}
