/**
 * The simulated RUN's shell language: a dash-compatible parser (`parseShell`), POSIX word
 * expansion (`expandWord` and friends), pattern matching, and `formatCommand` for messages.
 * Command handlers (apt, npm, go, ...) walk the `Script` AST and expand words with a context
 * that supplies the environment, command substitution and globbing.
 */
export type {
  AndOr,
  ArithPart,
  Assignment,
  BraceGroup,
  CaseCommand,
  CaseItem,
  Command,
  CommandSubPart,
  DoubleQuotedPart,
  EscapedPart,
  ForCommand,
  FunctionDefinition,
  HereDoc,
  IfClause,
  IfCommand,
  List,
  ListItem,
  LiteralPart,
  LoopCommand,
  ParamOp,
  ParamPart,
  Pipeline,
  Redirect,
  RedirectOp,
  Script,
  ShellError,
  SimpleCommand,
  SingleQuotedPart,
  Span,
  Subshell,
  Word,
  WordPart,
} from './ast';
export type { ShellDialect } from './parserState';
export { parseShell, type ParseShellOptions, type ParseShellResult } from './parseShell';
export type { EnvGetter, ExpandContext, ExpandResult, ExpandStringResult } from './expandTypes';
export { expandAssignment, expandHeredoc, expandPattern, expandString, expandWord, expandWords, type ExpandStringOptions } from './expandWord';
export { evaluateArithmetic, parseShellInteger, type ArithmeticResult, type ArithmeticVars } from './arithmetic';
export { escapePattern, hasGlobChars, matchPattern } from './pattern';
export { formatCommand, type FormattableNode } from './formatCommand';
export { runScriptText, type RunHeredoc, type RunScript } from './runScriptText';
