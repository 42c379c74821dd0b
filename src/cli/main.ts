/**
 * `stagecraft`: the engine on the command line. Each command lives in commands/; this file only
 * dispatches. Exit codes: 0 ok, 1 the Dockerfile has errors, 2 usage errors.
 */
import { runBuild } from './commands/build';
import { runDump } from './commands/dump';
import { runGraph } from './commands/graph';
import { type CliIo, nodeIo } from './io';

const USAGE = `Usage: stagecraft <command> [options]

Commands:
  dump  <Dockerfile>                                 print BuildKit's AST dump
  graph <Dockerfile> [--target T] [--build-arg K=V]... [--legacy] [--json]
                                                     print the stage graph
  build <Dockerfile> [--context DIR] [--target T] [--build-arg K=V]... [--no-cache]
                     [--no-cache-filter S] [--legacy] [--cache FILE] [--progress plain|json] [--json]
                                                     simulate docker build (log, sizes, cache)

Options:
  -h, --help   show this help`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => number> = {
  dump: runDump,
  graph: runGraph,
  build: runBuild,
};

export function main(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`stagecraft: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  return run(rest, io);
}

const invokedDirectly = process.argv[1] !== undefined && /(?:main\.ts|stagecraft(?:\.mjs)?)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2), nodeIo);
