import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { List, Word } from './ast';
import { expandWords } from './expandWord';
import { formatCommand } from './formatCommand';
import { parseShell } from './parseShell';

const PIECES = ['echo', ' ', '\n', '\t', 'a', '"', "'", '\\', '$', '${', '}', '$(', '$((', '(', ')', '`', ';', ';;', '&', '&&', '|', '||', '<', '>', '<<', 'EOF', '<<-', '#', '*', '~', '=', 'if', 'then', 'fi', 'for', 'in', 'do', 'done', 'case', 'esac', '{', '!', ':-', '#', '%', '/', 'é', '😀'];
const shellish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

function wordsOf(list: List): Word[] {
  const out: Word[] = [];
  for (const item of list.items) {
    for (const p of [item.andOr.first, ...item.andOr.rest.map((r) => r.pipeline)]) {
      for (const c of p.commands) if (c.kind === 'simple') out.push(...c.words);
    }
  }
  return out;
}

describe('parseShell on any input', () => {
  it('never throws, and reports errors and nodes inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(shellish, fc.string({ maxLength: 200 })), (text) => {
        const r = parseShell(text);
        expect(r.ok).toBe(r.errors.length === 0);
        for (const e of r.errors) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.message.startsWith('Syntax error: ')).toBe(true);
        }
        for (const item of r.script.items) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('expands and formats whatever parses without throwing', () => {
    fc.assert(
      fc.property(shellish, (text) => {
        const r = parseShell(text, { dialect: 'bash' });
        if (!r.ok) return;
        formatCommand(r.script);
        const ctx = { env: new Map([['a', 'x y']]), positional: ['p q'], commandSubstitution: () => 'out\n', glob: () => [] };
        const e = expandWords(wordsOf(r.script), ctx);
        expect(e.ok ? Array.isArray(e.fields) : typeof e.error === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
