/**
 * What a command handler receives and returns. A handler models one program (or a family:
 * `apt-get` and `apt`): it reads its arguments, the environment and the virtual filesystem,
 * changes the filesystem through the shared state, prints to its streams, and returns the exit
 * status the real program would.
 */
import type { Io, Shell } from '../state';

export interface Invocation {
  sh: Shell;
  /** argv as the program sees it; argv[0] is the name as written (`/usr/bin/apt-get`). */
  argv: string[];
  /** The program's base name (`apt-get`). */
  name: string;
  /** argv without argv[0]. */
  args: string[];
  /** The environment the program sees (exported variables plus prefix assignments). */
  env: Map<string, string>;
  io: Io;
  /** Script line, for shell-style messages. */
  line: number;
  /** The command as written (for "not simulated" entries). */
  text: string;
}

/** A program's model: returns its exit status. */
export type Handler = (inv: Invocation) => number;
