import { describe, expect, it } from 'vitest';
import { baseName, comparePaths, isWithin, normalizePath, parentPath, resolveAgainst } from './paths';

describe('paths', () => {
  // Expected values are what POSIX path.posix.normalize/resolve give.
  it.each([
    ['/', '/'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/../..', '/'],
    ['a/b', '/a/b'],
  ])('normalizePath(%j) = %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });

  it.each([
    ['/app', 'src', '/app/src'],
    ['/app', '../etc', '/etc'],
    ['/app', '/abs', '/abs'],
    ['/', '.', '/'],
  ])('resolveAgainst(%j, %j) = %j', (cwd, p, expected) => {
    expect(resolveAgainst(cwd, p)).toBe(expected);
  });

  it('names parents and bases', () => {
    expect(parentPath('/a/b')).toBe('/a');
    expect(parentPath('/a')).toBe('/');
    expect(baseName('/a/b')).toBe('b');
    expect(isWithin('/a/b', '/a')).toBe(true);
    expect(isWithin('/ab', '/a')).toBe(false);
  });

  it('sorts in tree order: a directory right before its contents', () => {
    const sorted = ['/a-b', '/a/b', '/a', '/', '/b', '/a/a'].sort(comparePaths);
    expect(sorted).toEqual(['/', '/a', '/a/a', '/a/b', '/a-b', '/b']);
  });
});
