/**
 * What a Dockerfile takes from its build context, read with the engine's parser: the sources of
 * every COPY/ADD that reads the context (no `--from`, no URL or git source), and the RUN command
 * lines. Used to check that an example context holds what its Dockerfile needs.
 */
import { parseDockerfile, type InstructionNode } from '../../engine/parse';

export interface ContextCopy {
  /** 1-based line of the instruction. */
  line: number;
  /** The sources as written (`.`, `go.mod`, `package*.json`, `frontend`). */
  sources: string[];
}

export interface DockerfileInputs {
  copies: ContextCopy[];
  /** RUN command lines (shell form as written, exec form joined with spaces). */
  runs: string[];
  /** Base images and stages as written after FROM. */
  froms: string[];
  /** False when the parser rejected the file. */
  ok: boolean;
}

const REMOTE = /^(https?:\/\/|git@|git:\/\/)/;

function values(node: InstructionNode): string[] {
  return node.args.flatMap((a) => (a.kind === 'value' ? [a.value] : []));
}

/** Read the context inputs of `dockerfile`. */
export function dockerfileInputs(dockerfile: string): DockerfileInputs {
  const parsed = parseDockerfile(dockerfile);
  const out: DockerfileInputs = { copies: [], runs: [], froms: [], ok: parsed.ok };
  for (const node of parsed.instructions) {
    const keyword = node.keyword.toUpperCase();
    const args = values(node);
    if (keyword === 'FROM' && args[0] !== undefined) out.froms.push(args[0]);
    if (keyword === 'RUN') out.runs.push(args.join(' '));
    if ((keyword === 'COPY' || keyword === 'ADD') && !node.flags.some((f) => f.startsWith('--from='))) {
      // The last argument is the destination; heredoc sources (`<<EOF`) come from the Dockerfile.
      const sources = args.slice(0, -1).filter((s) => !REMOTE.test(s) && !s.startsWith('<<'));
      if (sources.length > 0) out.copies.push({ line: node.startLine, sources });
    }
  }
  return out;
}
