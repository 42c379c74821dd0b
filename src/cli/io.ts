/** The CLI's side effects, injectable so tests can run commands in-process. */
import { readFileSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8; throws like fs does when it is missing. */
  readFile(path: string): string;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** Reads the Dockerfile named on the command line, or reports why not. */
export function readDockerfile(path: string | undefined, io: CliIo): string | undefined {
  if (!path) {
    io.stderr('stagecraft: missing <Dockerfile> argument');
    return undefined;
  }
  try {
    return io.readFile(path);
  } catch (error) {
    io.stderr(`stagecraft: cannot read ${path}: ${(error as Error).message}`);
    return undefined;
  }
}
