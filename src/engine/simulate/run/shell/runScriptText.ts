/**
 * The script a shell-form RUN hands to `/bin/sh -c`, heredocs included, exactly as BuildKit
 * builds it (dockerfile2llb dispatchRun):
 * - no heredoc: the command line as written (continuations already joined);
 * - the command is one heredoc marker (`RUN <<EOF`): the body itself (tabs chomped for `<<-`) is
 *   the script; but a body starting with `#!` is written to `/dev/pipes/<name>` and run as a
 *   program, so its interpreter is whatever the shebang names;
 * - anything else (`RUN cat <<EOF > f`, `RUN <<EOF bash`): the command line, then for each
 *   heredoc a newline, its body and its delimiter, for the shell to read as here-documents.
 */
import { chompHeredocContent } from '../../../parse/index';
import { parseHeredoc } from '../../../parse/heredoc';

/** A heredoc body as the Dockerfile parser returns it (`parse` module's `Heredoc`). */
export interface RunHeredoc {
  name: string;
  content: string;
  chomp: boolean;
}

export type RunScript =
  /** Text for `parseShell`. */
  | { kind: 'shell'; text: string }
  /** A `#!` body: BuildKit runs `/bin/sh -c /dev/pipes/<name>`, and the kernel runs `interpreter`. */
  | { kind: 'shebang'; text: string; path: string; interpreter: string };

export function runScriptText(command: string, heredocs: readonly RunHeredoc[]): RunScript {
  const first = heredocs[0];
  if (first === undefined) return { kind: 'shell', text: command };
  const single = parseHeredoc(command);
  if (single !== null && !('error' in single)) {
    const body = first.chomp ? chompHeredocContent(first.content) : first.content;
    // BuildKit tests the unchomped body for `#!`.
    if (first.content.startsWith('#!')) {
      const line = body.split('\n', 1)[0] ?? '';
      return { kind: 'shebang', text: body, path: `/dev/pipes/${first.name}`, interpreter: line.slice(2).trim() };
    }
    return { kind: 'shell', text: body };
  }
  let text = command;
  for (const doc of heredocs) text += '\n' + doc.content + doc.name;
  return { kind: 'shell', text };
}
