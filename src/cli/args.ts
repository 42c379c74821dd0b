/** Argument parsing shared by the commands (node:util parseArgs with our error wording). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

export function parseCommandArgs(args: string[], options: ParseArgsConfig['options'], io: CliIo): ParsedArgs | undefined {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    io.stderr(`stagecraft: ${(error as Error).message}`);
    return undefined;
  }
}

/** `--build-arg K=V` (repeatable); a bare `K` takes the value from the environment, like docker build. */
export function parseBuildArgs(values: string[] | undefined, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of values ?? []) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      const fromEnv = env[item];
      if (fromEnv !== undefined) out[item] = fromEnv;
    } else {
      out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  }
  return out;
}
