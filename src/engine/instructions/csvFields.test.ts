import { describe, expect, it } from 'vitest';
import { csvFields } from './csvFields';

// Expected values: tonistiigi/go-csvvalue csvvalue_test.go (strict cases) with Go encoding/csv's
// ParseError text `parse error on line L, column C: <err>`.
const BARE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

describe('csvFields (go-csvvalue Fields)', () => {
  it.each([
    ['foo,bar,baz', ['foo', 'bar', 'baz']],
    ['foo,bar,baz\n', ['foo', 'bar', 'baz']],
    ['foo,bar,baz\r\n', ['foo', 'bar', 'baz']],
    [' ', [' ']],
    ['   foo,bar,baz', ['   foo', 'bar', 'baz']],
    ['a,"b,cc ,ddd",e', ['a', 'b,cc ,ddd', 'e']],
    ['""', ['']],
    ['a,"foo""",c', ['a', 'foo"', 'c']],
    ['a,,b', ['a', '', 'b']],
    ['a,b,', ['a', 'b', '']],
    [',a,b', ['', 'a', 'b']],
    [',,', ['', '', '']],
    ['"a",b,"c"', ['a', 'b', 'c']],
    ['type=bind,"target=/a,b"', ['type=bind', 'target=/a,b']],
  ] as const)('%j', (input, fields) => {
    expect(csvFields(input)).toEqual({ ok: true, fields });
  });

  it.each([
    ['', 'EOF'],
    ['\n', 'EOF'],
    ['"', `parse error on line 1, column 2: ${QUOTE}`],
    ['"""', `parse error on line 1, column 4: ${QUOTE}`],
    ['foo,aa"bb,cc', `parse error on line 1, column 7: ${BARE}`],
    ['a""b,c', `parse error on line 1, column 2: ${BARE}`],
    ['a "word","b"', `parse error on line 1, column 3: ${BARE}`],
    ['"a word",b"', `parse error on line 1, column 11: ${BARE}`],
    ['"a "word","b"', `parse error on line 1, column 4: ${QUOTE}`],
  ])('%j fails', (input, message) => {
    expect(csvFields(input)).toEqual({ ok: false, error: message });
  });

  it('counts columns in bytes', () => {
    // `é` is two UTF-8 bytes (0 and 1), so the quote is byte 2: column 3.
    expect(csvFields('é"x')).toEqual({ ok: false, error: `parse error on line 1, column 3: ${BARE}` });
  });
});
