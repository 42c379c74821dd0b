/**
 * Field splitting (POSIX 2.6.5) as dash's ifsbreakup does it: only text from unquoted
 * expansions splits; IFS whitespace runs delimit and are trimmed at the ends; each other IFS
 * character delimits one field, taking adjacent whitespace with it (`a: :b` -> `a`, ``, `b`).
 * A field made only of empty quotes (`""`) survives; empty unquoted results vanish.
 */
import type { Piece, Segment } from './expandTypes';
import { escapePattern } from './pattern';

/** A field after splitting: its text, and the pattern to glob when an unquoted part has `*?[`. */
export interface Field {
  text: string;
  pattern: string | null;
}

const IFS_WHITESPACE = ' \t\n';

function toField(pieces: readonly Piece[]): Field {
  const text = pieces.map((p) => p.text).join('');
  const globbable = pieces.some((p) => !p.quoted && /[*?[]/.test(p.text));
  const pattern = globbable ? pieces.map((p) => (p.quoted ? escapePattern(p.text) : p.text)).join('') : null;
  return { text, pattern };
}

/** Split expanded segments into fields; `ifs` is the value of IFS (undefined: unset). */
export function splitFields(segments: readonly Segment[], ifs: string | undefined): Field[] {
  const separators = ifs ?? IFS_WHITESPACE;
  const fields: Field[] = [];
  let current: Piece[] = [];
  let exists = false;
  let afterWhitespaceBreak = false;

  const emit = (force: boolean): void => {
    if (force || exists || current.length > 0) fields.push(toField(current));
    current = [];
    exists = false;
  };
  const hasContent = (): boolean => exists || current.length > 0;

  for (const seg of segments) {
    if (seg === null) {
      emit(false);
      afterWhitespaceBreak = false;
      continue;
    }
    if (!seg.split || separators === '') {
      if (seg.text !== '') current.push(seg);
      if (seg.quoted || seg.text !== '') {
        exists = true;
        afterWhitespaceBreak = false;
      }
      continue;
    }
    let run = '';
    const flushRun = (): void => {
      if (run !== '') current.push({ text: run, quoted: false, split: true });
      run = '';
    };
    for (const c of seg.text) {
      if (!separators.includes(c)) {
        run += c;
        afterWhitespaceBreak = false;
        continue;
      }
      flushRun();
      if (IFS_WHITESPACE.includes(c)) {
        if (hasContent()) {
          emit(false);
          afterWhitespaceBreak = true;
        }
      } else if (afterWhitespaceBreak && !hasContent()) {
        afterWhitespaceBreak = false;
      } else {
        emit(true);
        afterWhitespaceBreak = false;
      }
    }
    flushRun();
  }
  emit(false);
  return fields;
}
