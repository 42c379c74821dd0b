import { describe, expect, it } from 'vitest';
import { goQuote, quoteBytes } from './goQuote';

describe('goQuote = strconv.Quote', () => {
  // go/src/strconv/quote_test.go: quotetests (in, out).
  const quotetests: [string, string][] = [
    ['\x07\b\f\r\n\t\v', '"\\a\\b\\f\\r\\n\\t\\v"'],
    ['\\', '"\\\\"'],
    ['\u263a', '"☺"'],
    ['\u{10ffff}', '"\\U0010ffff"'],
    ['\x04', '"\\x04"'],
    ['!\u00a0!\u2000!\u3000!', '"!\\u00a0!\\u2000!\\u3000!"'],
  ];
  it.each(quotetests)('Quote(%j) = %s', (input, want) => expect(goQuote(input)).toBe(want));

  it('writes each invalid UTF-8 byte as \\xHH ("abc\\xffdef" in quote_test.go)', () => {
    expect(quoteBytes('abc\xffdef')).toBe('"abc\\xffdef"');
    // A lone U+DCFF in a JS string stands for the raw byte 0xFF (utf8.ts).
    expect(goQuote('abc\udcffdef')).toBe('"abc\\xffdef"');
  });
  // go/src/strconv/quote_test.go: quoterunetests, for the runes a string can hold.
  it.each([
    ['\u00ff', '"ÿ"'],
    ['\ufffd', '"�"'],
    ['\x7f', '"\\x7f"'],
  ])('Quote(%j) = %s', (input, want) => expect(goQuote(input)).toBe(want));

  it('matches the README examples: NUL, printable runes, non-printable runes, no escaped slash', () => {
    expect(goQuote('" \\ / \b \f \n \r \t \u0000')).toBe('"\\" \\\\ / \\b \\f \\n \\r \\t \\x00"');
    expect(goQuote('♥')).toBe('"♥"');
    expect(goQuote('\u200b\u2028\ufeff')).toBe('"\\u200b\\u2028\\ufeff"');
    expect(goQuote('\u{1f600}\u{e0001}')).toBe('"😀\\U000e0001"');
  });
});
