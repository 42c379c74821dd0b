import { describe, expect, it } from 'vitest';
import { envFromPairs, envFromSlice, envToSlice, getEnv, hasEnv, setEnv, setEnvInPlace, unsetEnv } from './env';

describe('env', () => {
  // lex_test.go TestGetEnv
  it('looks keys up with the last write winning', () => {
    expect(getEnv(envFromSlice([]), 'foo')).toBeUndefined();
    expect(getEnv(envFromSlice(['foo']), 'foo')).toBe('');
    expect(getEnv(envFromSlice(['foo=']), 'foo')).toBe('');
    expect(getEnv(envFromSlice(['foo=bar']), 'foo')).toBe('bar');
    expect(getEnv(envFromSlice(['foo=bar', 'car=hat']), 'car')).toBe('hat');
    expect(getEnv(envFromSlice(['foo=bar', 'car=hat', 'car=bike']), 'car')).toBe('bike');
    expect(getEnv(envFromSlice(['a=b=c']), 'a')).toBe('b=c');
  });

  it('is case-sensitive and tells empty from unset', () => {
    const env = envFromPairs({ PATH: '/bin', EMPTY: '' });
    expect(getEnv(env, 'path')).toBeUndefined();
    expect(hasEnv(env, 'EMPTY')).toBe(true);
    expect(hasEnv(env, 'MISSING')).toBe(false);
  });

  it('setEnv moves a re-set key to the end (llb EnvList), setEnvInPlace keeps its slot (image config)', () => {
    const env = envFromSlice(['A=1', 'B=2']);
    expect(envToSlice(setEnv(env, 'A', '3'))).toEqual(['B=2', 'A=3']);
    expect(envToSlice(setEnvInPlace(env, 'A', '3'))).toEqual(['A=3', 'B=2']);
    expect(envToSlice(env)).toEqual(['A=1', 'B=2']);
  });

  it('unsetEnv removes a key', () => {
    expect(envToSlice(unsetEnv(envFromSlice(['A=1', 'B=2']), 'A'))).toEqual(['B=2']);
  });

  it('accepts a Map for lookups', () => {
    expect(getEnv(new Map([['K', 'v']]), 'K')).toBe('v');
  });
});
