import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './goDuration';

// Expected values: Go's src/time/time_test.go (parseDurationTests, parseDurationErrorTests).
const NS = 1;
const US = 1_000;
const MS = 1_000_000;
const S = 1_000_000_000;
const M = 60 * S;
const H = 60 * M;

describe('parseGoDuration (Go time.ParseDuration)', () => {
  it.each([
    ['0', 0],
    ['5s', 5 * S],
    ['30s', 30 * S],
    ['1478s', 1478 * S],
    ['-5s', -5 * S],
    ['+5s', 5 * S],
    ['-0', 0],
    ['+0', 0],
    ['5.0s', 5 * S],
    ['5.6s', 5 * S + 600 * MS],
    ['5.s', 5 * S],
    ['.5s', 500 * MS],
    ['1.0s', 1 * S],
    ['1.00s', 1 * S],
    ['1.004s', 1 * S + 4 * MS],
    ['1.0040s', 1 * S + 4 * MS],
    ['100.00100s', 100 * S + 1 * MS],
    ['10ns', 10 * NS],
    ['11us', 11 * US],
    ['12\u00b5s', 12 * US],
    ['12\u03bcs', 12 * US],
    ['13ms', 13 * MS],
    ['14s', 14 * S],
    ['15m', 15 * M],
    ['16h', 16 * H],
    ['3h30m', 3 * H + 30 * M],
    ['10.5s4m', 4 * M + 10 * S + 500 * MS],
    ['-2m3.4s', -(2 * M + 3 * S + 400 * MS)],
    ['1h2m3s4ms5us6ns', 1 * H + 2 * M + 3 * S + 4 * MS + 5 * US + 6 * NS],
    ['39h9m14.425s', 39 * H + 9 * M + 14 * S + 425 * MS],
    ['52763797000ns', 52763797000 * NS],
    ['0.3333333333333333333h', 20 * M],
    ['0.100000000000000000000h', 6 * M],
    ['0.830103483285477580700h', 49 * M + 48 * S + 372539827 * NS],
  ])('%s', (input, want) => {
    expect(parseGoDuration(input)).toEqual({ ok: true, nanoseconds: want });
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['3', 'time: missing unit in duration "3"'],
    ['-', 'time: invalid duration "-"'],
    ['s', 'time: invalid duration "s"'],
    ['.', 'time: invalid duration "."'],
    ['-.', 'time: invalid duration "-."'],
    ['.s', 'time: invalid duration ".s"'],
    ['+.s', 'time: invalid duration "+.s"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['\ufffd', 'time: invalid duration "\\xef\\xbf\\xbd"'],
    ['\ufffd hello \ufffd world', 'time: invalid duration "\\xef\\xbf\\xbd hello \\xef\\xbf\\xbd world"'],
    ['9223372036854775810ns', 'time: invalid duration "9223372036854775810ns"'],
    ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
    ['-9223372036854775809ns', 'time: invalid duration "-9223372036854775809ns"'],
    ['9223372036854776us', 'time: invalid duration "9223372036854776us"'],
    ['3000000h', 'time: invalid duration "3000000h"'],
    ['9223372036854775.808us', 'time: invalid duration "9223372036854775.808us"'],
    ['9223372036854ms775us808ns', 'time: invalid duration "9223372036854ms775us808ns"'],
  ])('%j fails', (input, message) => {
    expect(parseGoDuration(input)).toEqual({ ok: false, error: message });
  });
});
