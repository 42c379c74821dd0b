import { describe, expect, it } from 'vitest';
import { parseGoBool, parseGoInt, parseGoUint, ramInBytes } from './goStrconv';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const PiB = 1024 * TiB;

// docker/go-units size_test.go TestRAMInBytes (v0.5.0, the version BuildKit vendors).
describe('ramInBytes (go-units RAMInBytes)', () => {
  it.each([
    ['32', 32], ['32b', 32], ['32B', 32], ['32k', 32 * KiB], ['32K', 32 * KiB], ['32kb', 32 * KiB],
    ['32Kb', 32 * KiB], ['32Kib', 32 * KiB], ['32KIB', 32 * KiB], ['32Mb', 32 * MiB], ['32Gb', 32 * GiB],
    ['32Tb', 32 * TiB], ['32Pb', 32 * PiB], ['32PB', 32 * PiB], ['32P', 32 * PiB], ['32.3', 32],
    ['32.3 mb', Math.trunc(32.3 * MiB)], ['0.3MB', Math.trunc(0.3 * MiB)],
  ])('%j', (input, want) => {
    expect(ramInBytes(input)).toBe(want);
  });

  it.each(['', 'hello', '-32', ' 32 ', '32m b', '32bm'])('%j fails', (input) => {
    expect(ramInBytes(input)).toBeNull();
  });
});

// Go strconv: ParseBool's accepted spellings; ParseInt/ParseUint errors (strconv/atoi_test.go).
describe('Go strconv', () => {
  it.each([
    ['1', true], ['t', true], ['T', true], ['TRUE', true], ['true', true], ['True', true],
    ['0', false], ['f', false], ['F', false], ['FALSE', false], ['false', false], ['False', false],
    ['yes', null], ['tRUE', null], ['', null],
  ])('ParseBool(%j)', (input, want) => {
    expect(parseGoBool(input)).toBe(want);
  });

  it.each([
    ['0', 0], ['-0', 0], ['+5', 5], ['-2147483648', -2147483648], ['2147483647', 2147483647],
  ])('ParseInt(%j, 10, 32)', (input, want) => {
    expect(parseGoInt(input, 10, 32)).toEqual({ ok: true, value: want });
  });

  it.each([
    ['', 'strconv.ParseInt: parsing "": invalid syntax'],
    ['12345x', 'strconv.ParseInt: parsing "12345x": invalid syntax'],
    ['1_000', 'strconv.ParseInt: parsing "1_000": invalid syntax'],
    ['-', 'strconv.ParseInt: parsing "-": invalid syntax'],
    ['2147483648', 'strconv.ParseInt: parsing "2147483648": value out of range'],
    ['-2147483649', 'strconv.ParseInt: parsing "-2147483649": value out of range'],
  ])('ParseInt(%j, 10, 32) fails', (input, message) => {
    expect(parseGoInt(input, 10, 32)).toEqual({ ok: false, error: message });
  });

  it('ParseUint reads octal and refuses signs and bad digits', () => {
    expect(parseGoUint('0755', 8, 32)).toEqual({ ok: true, value: 0o755 });
    expect(parseGoUint('4294967295', 10, 32)).toEqual({ ok: true, value: 4294967295 });
    expect(parseGoUint('4294967296', 10, 32)).toEqual({ ok: false, error: 'strconv.ParseUint: parsing "4294967296": value out of range' });
    expect(parseGoUint('8', 8, 32)).toEqual({ ok: false, error: 'strconv.ParseUint: parsing "8": invalid syntax' });
    expect(parseGoUint('+1', 10, 32)).toEqual({ ok: false, error: 'strconv.ParseUint: parsing "+1": invalid syntax' });
  });
});
