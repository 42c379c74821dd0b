import { describe, expect, it } from 'vitest';
import { evaluateArithmetic, parseShellInteger } from './arithmetic';

/**
 * `[expression, result or error, a afterwards]` from dash 0.5.12:
 * `a=2; x="1+1"; n=" 12 "; echo $((EXPR)); echo "a=$a"` (each row was run through dash).
 */
const DASH: [string, string, string][] = [
  ['1+2*3', '7', '2'],
  ['(1 + 2) * 3', '9', '2'],
  ['7/2', '3', '2'],
  ['-7 / 2', '-3', '2'],
  ['-7%3', '-1', '2'],
  ['-7 % -2', '-1', '2'],
  ['4 / 3 * 3', '3', '2'],
  ['1<<4', '16', '2'],
  ['1<<64', '1', '2'],
  ['1<<65', '2', '2'],
  ['-1>>70', '-1', '2'],
  ['0x10 + 010', '24', '2'],
  ['010 + 0X0f', '23', '2'],
  [' 0x1F ', '31', '2'],
  ['012345670', '2739128', '2'],
  ['3 > 2 && 1', '1', '2'],
  ['2>1>0', '1', '2'],
  ['1 == 1 != 0', '1', '2'],
  ['1 <= 2', '1', '2'],
  ['~0', '-1', '2'],
  ['!5', '0', '2'],
  ['-(-3)', '3', '2'],
  ['- -3', '3', '2'],
  ['+ +3', '3', '2'],
  ['3 - -1', '4', '2'],
  ['++a', '2', '2'],
  ['7 & 3 | 8 ^ 1', '11', '2'],
  ['1 ? 2 : 3 ? 4 : 5', '2', '2'],
  ['0 ? 2 : 0 ? 4 : 5', '5', '2'],
  ['1 < 2 ? 10 : 20', '10', '2'],
  ['0 ? 1/0 : 2', '2', '2'],
  ['1 || 1/0', '1', '2'],
  ['0 && 1/0', '0', '2'],
  ['0 && (a=1)', '0', '2'],
  ['a', '2', '2'],
  ['n+1', '13', '2'],
  ['a*=3', '6', '6'],
  ['a<<=2', '8', '8'],
  ['b=c=4', '4', '2'],
  ['a = 3 + (b = 4)', '7', '7'],
  ['((3))', '3', '2'],
  ['9223372036854775807+1', '-9223372036854775808', '2'],
  ['-9223372036854775807-2', '9223372036854775807', '2'],
  ['-9223372036854775808 / -1', '9223372036854775807', '2'],
  ['0x7fffffffffffffff * 2', '-2', '2'],
  ['1 ? 2', 'arithmetic expression: expecting \':\': "1 ? 2"', ''],
  ['1=2', 'arithmetic expression: expecting EOF: "1=2"', ''],
  ['a=', 'arithmetic expression: expecting primary: "a="', ''],
  ['1 2', 'arithmetic expression: expecting EOF: "1 2"', ''],
  ['5%0', 'arithmetic expression: division by zero: "5%0"', ''],
  ['a%=0', 'arithmetic expression: division by zero: "a%=0"', ''],
  ['0x', 'arithmetic expression: expecting EOF: "0x"', ''],
  ['08', 'arithmetic expression: expecting EOF: "08"', ''],
  ['09', 'arithmetic expression: expecting EOF: "09"', ''],
  ['1e3', 'arithmetic expression: expecting EOF: "1e3"', ''],
  ['a+=2, 3', 'arithmetic expression: expecting EOF: "a+=2, 3"', ''],
  ['1 ? 2 : a=3', 'arithmetic expression: expecting EOF: "1 ? 2 : a=3"', ''],
  ['a++', 'arithmetic expression: expecting primary: "a++"', ''],
  ['2 ** 3', 'arithmetic expression: expecting primary: "2 ** 3"', ''],
  ['', 'arithmetic expression: expecting primary: ""', ''],
  ['  ', 'arithmetic expression: expecting primary: "  "', ''],
  ['x', 'Illegal number: 1+1', ''],
  ['1 |= 2', 'arithmetic expression: expecting EOF: "1 |= 2"', ''],
  ['!', 'arithmetic expression: expecting primary: "!"', ''],
  ['3 -', 'arithmetic expression: expecting primary: "3 -"', ''],
  ['(1', 'arithmetic expression: expecting \')\': "(1"', ''],
  ['1)', 'arithmetic expression: expecting EOF: "1)"', ''],
];

describe('evaluateArithmetic matches dash', () => {
  it.each(DASH)('$((%s)) -> %s', (expr, expected, aAfter) => {
    const vars = new Map([
      ['a', '2'],
      ['x', '1+1'],
      ['n', ' 12 '],
    ]);
    const r = evaluateArithmetic(expr, { get: (k) => vars.get(k), set: (k, v) => void vars.set(k, v) });
    if (aAfter === '') {
      expect(r).toEqual({ ok: false, error: expected });
    } else {
      expect(r).toEqual({ ok: true, value: BigInt(expected) });
      expect(vars.get('a')).toBe(aAfter);
    }
  });

  it('reads unset and empty variables as 0', () => {
    const r = evaluateArithmetic('u + e + 1', { get: (k) => (k === 'e' ? '' : undefined), set: () => undefined });
    expect(r).toEqual({ ok: true, value: 1n });
  });

  it('evaluates variable values as expressions and supports ** in bash', () => {
    const get = (k: string): string | undefined => (k === 'x' ? '1+1' : undefined);
    expect(evaluateArithmetic('x*2', { get, set: () => undefined }, 'bash')).toEqual({ ok: true, value: 4n });
    expect(evaluateArithmetic('2**3**2', { get, set: () => undefined }, 'bash')).toEqual({ ok: true, value: 512n });
  });
});

describe('parseShellInteger (strtoimax, whole string)', () => {
  it.each([
    [' 12 ', 12n],
    ['-3', -3n],
    ['0x1f', 31n],
    ['017', 15n],
    ['99999999999999999999', 9223372036854775807n],
    ['1+1', null],
    ['', null],
  ])('%j -> %s', (s, v) => {
    expect(parseShellInteger(s)).toBe(v);
  });
});
