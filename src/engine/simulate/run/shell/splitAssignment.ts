/**
 * `NAME=value` words at the start of a simple command (POSIX 2.9.1): the name and `=` must be
 * unquoted (`a\=b` and `"a=b"` are ordinary words). bash also has `NAME+=value`.
 */
import type { Assignment, Word, WordPart } from './ast';
import type { ShellDialect } from './parserState';

export function splitAssignment(word: Word, dialect: ShellDialect): Assignment | null {
  const first = word.parts[0];
  if (first?.kind !== 'literal') return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(first.value);
  if (m === null || m[1] === undefined) return null;
  const append = m[2] === '+';
  if (append && dialect !== 'bash') return null;
  const head = m[0].length;
  const rest = first.value.slice(head);
  const restStart = first.start + head;
  const parts: WordPart[] = word.parts.slice(1);
  if (rest !== '') parts.unshift({ kind: 'literal', value: rest, glob: /[*?[]/.test(rest), start: restStart, end: first.end });
  const value: Word = {
    kind: 'word',
    parts,
    text: word.text.slice(head),
    glob: parts.some((p) => p.kind === 'literal' && p.glob),
    start: restStart,
    end: word.end,
  };
  const assignment: Assignment = { name: m[1], value, start: word.start, end: word.end };
  if (append) assignment.append = true;
  return assignment;
}
