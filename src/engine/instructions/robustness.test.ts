import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/index';
import { INSTRUCTION_KEYWORDS, parseInstructions } from './index';

// Never throw on user input (the engine contract): random instructions built from keywords,
// flags and awkward words must always give a result whose `ok` agrees with its diagnostics.
const word = fc.oneof(
  fc.constantFrom(
    '--mount=type=cache,target=/x', '--mount="a', '--mount=', '--from=a', '--link=x', '--chmod', '--',
    '--platform=linux/amd64', '--interval=5x', '--retries=-1', '--network=host', '--device=a,b', 'AS', 'as',
    '1x', '<<EOF', '<<-E', '["a"', '[]', '["a", "b"]', '=', 'a=b', 'NONE', 'CMD', 'ONBUILD', 'FROM', '$X',
  ),
  fc.string({ maxLength: 6 }),
);
const keyword = fc.oneof(fc.constantFrom(...INSTRUCTION_KEYWORDS), fc.constantFrom('from', 'Run', 'FNTRYPOINT', 'onbuild'));
const line = fc.tuple(keyword, fc.array(word, { maxLength: 5 })).map(([k, ws]) => [k, ...ws].join(' '));

describe('parseInstructions robustness', () => {
  it('never throws and keeps ok consistent', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const parse = parseDockerfile(lines.join('\n') + '\nEOF\nE\n');
        const r = parseInstructions(parse);
        const hasError = r.diagnostics.some((d) => d.severity === 'error');
        expect(r.ok).toBe(parse.ok && !hasError);
        for (const s of r.stages) expect(s.endLine).toBeGreaterThanOrEqual(s.startLine);
      }),
      { numRuns: 400 },
    );
  });

  it('handles deep ONBUILD chains without recursion', () => {
    const r = parseInstructions(parseDockerfile(`FROM a\n${'ONBUILD '.repeat(5000)}RUN true\n`));
    expect(r.error?.message).toBe("dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  });
});
