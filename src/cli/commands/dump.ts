/** `stagecraft dump <Dockerfile>`: BuildKit's Node.Dump() of the file, or the parse error. */
import { dump, parseDockerfile } from '../../engine';
import { parseCommandArgs } from '../args';
import { type CliIo, readDockerfile } from '../io';
import { formatDiagnostic } from '../format';

export function runDump(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, {}, io);
  if (!parsed) return 2;
  const path = parsed.positionals[0];
  const text = readDockerfile(path, io);
  if (text === undefined) return 2;
  const result = parseDockerfile(text);
  for (const d of result.diagnostics) {
    if (d.severity !== 'error') io.stderr(formatDiagnostic(path ?? '', d));
  }
  if (!result.ok) {
    for (const d of result.diagnostics) if (d.severity === 'error') io.stderr(formatDiagnostic(path ?? '', d));
    return 1;
  }
  io.stdout(dump(result));
  return 0;
}
