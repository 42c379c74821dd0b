/**
 * The BuildKit-exact Dockerfile parser: text (or bytes) in, AST + directives + diagnostics out,
 * and BuildKit's `Node.Dump()` format for conformance.
 */
export type { ArgNode, Directives, Heredoc, InstructionNode, ParseResult } from './ast';
export { parseDockerfile } from './parseDockerfile';
export { dump, dumpInstruction } from './dump';
export { goQuote } from './goQuote';
export { chompHeredocContent } from './heredoc';
