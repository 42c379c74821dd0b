import { describe, expect, it } from 'vitest';
import { parseJsonStringArray, scanJson } from './goJson';
import { fromBytes, toBytes } from './utf8';

const parse = (s: string) => {
  const r = parseJsonStringArray(toBytes(s));
  return r.kind === 'strings' ? r.values.map(fromBytes) : r.kind;
};

describe('JSON arrays of strings (json_test.go)', () => {
  const valid: [string, string[]][] = [
    ['[]', []],
    ['[""]', ['']],
    ['["a"]', ['a']],
    ['["a","b"]', ['a', 'b']],
    ['[ "a", "b" ]', ['a', 'b']],
    ['[\t"a",\t"b"\t]', ['a', 'b']],
    ['["abc 123", "♥", "☃", "\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000"]', ['abc 123', '♥', '☃', '" \\ / \b \f \n \r \t \u0000']],
  ];
  it.each(valid)('%s', (json, want) => expect(parse(json)).toEqual(want));
  const notStrings = ['["a",42,"b"]', '["a",123.456,"b"]', '["a",{},"b"]', '["a",{"c": "d"},"b"]', '["a",["c"],"b"]', '["a",true,"b"]', '["a",false,"b"]', '["a",null,"b"]'];
  it.each(notStrings)('%s holds non-strings', (json) => expect(parse(json)).toBe('notStrings'));
});

describe('Go encoding/json details', () => {
  it('rejects what Go rejects (falls back to shell form)', () => {
    for (const bad of ["['a']", '["a"] extra', '["a"', '["a",]', '[01]', '["\\x"]', '["a\tb"]', '[1.]', '[-]']) {
      expect(parse(bad)).toBe('invalid');
    }
  });
  it('fails the whole Unmarshal when a number overflows float64 (UnmarshalTypeError)', () => {
    expect(parse('["a", 1e999]')).toBe('invalid');
    expect(parse('["a", [1e309]]')).toBe('invalid');
    expect(parse('["a", 1e308]')).toBe('notStrings');
    expect(parse('["a", 1e-999]')).toBe('notStrings');
  });
  it('limits nesting to 10000 (scanner maxNestingDepth)', () => {
    expect(parse(`[${'['.repeat(9999)}${']'.repeat(9999)}]`)).toBe('notStrings');
    expect(parse(`[${'['.repeat(10000)}${']'.repeat(10000)}]`)).toBe('invalid');
  });
  it('decodes surrogate escapes like Go: pairs combine, lone halves become U+FFFD', () => {
    expect(parse('["\\ud83d\\ude00", "\\ud83d", "\\ude00x", "\\ud83dA"]')).toEqual(['😀', '\ufffd', '\ufffdx', '\ufffdA']);
  });
  it('turns invalid UTF-8 inside strings into U+FFFD', () => {
    expect(parseJsonStringArray('["\xff"]')).toEqual({ kind: 'strings', values: ['\xef\xbf\xbd'] });
  });
  it('reads top-level objects, last duplicate key winning', () => {
    const top = scanJson('{"syntax": "a", "x": [1, {"y": 2}], "syntax": "b"}');
    expect(top?.kind).toBe('object');
    expect(top?.entries.get('syntax')).toBe('b');
    expect(top?.entries.get('x')).toBeNull();
  });
});
