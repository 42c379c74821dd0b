/** The calling convention of shell builtins. */
import type { Io, Shell } from './state';

export interface BuiltinCall {
  sh: Shell;
  argv: string[];
  args: string[];
  io: Io;
  line: number;
  text: string;
  prefix: ReadonlyMap<string, string>;
}

export type Builtin = (call: BuiltinCall) => number;
