import { describe, expect, it } from 'vitest';
import { createBuildContext } from './buildContext';
import { matchCopySource } from './matchCopySource';

// moby/buildkit frontend/dockerfile/dockerfile_copy_test.go testCopyWildcards: the context.
const ctx = createBuildContext({
  Dockerfile: '',
  'foo.go': 'foo-contents',
  'bar.go': 'bar-contents',
  'sub/dir1/dir2/foo': 'foo-contents',
});

describe('matchCopySource: testCopyWildcards sources', () => {
  it.each([
    ['*.go', ['bar.go', 'foo.go']],
    ['f*.go', ['foo.go']],
    // A matching directory is taken whole: `COPY sub/* /subdest/` yields /subdest/dir2/foo.
    ['sub/*', ['sub/dir1']],
    ['sub/*/dir2/foo', ['sub/dir1/dir2/foo']],
    ['/sub/*/dir2/foo', ['sub/dir1/dir2/foo']],
    ['./sub/../*.go', ['bar.go', 'foo.go']],
  ])('%s', (source, expected) => {
    expect(matchCopySource(source, ctx)).toEqual({ hasWildcards: true, matches: expected, baseExists: true });
  });

  it.each([
    ['sub/dir1/', ['sub/dir1']],
    ['sub/dir1/.', ['sub/dir1']],
    ['.', ['.']],
    ['missing', []],
  ])('%s names one path', (source, expected) => {
    expect(matchCopySource(source, ctx).matches).toEqual(expected);
    expect(matchCopySource(source, ctx).hasWildcards).toBe(false);
  });
});

// tonistiigi/fsutil copy/copy_test.go TestCopyWildcards: foo* takes foo.txt and foo.go, not bar.txt.
describe('matchCopySource: fsutil TestCopyWildcards', () => {
  const tree = createBuildContext({ 'foo.txt': '', 'foo.go': '', 'bar.txt': '' });
  it.each([
    ['foo*', ['foo.go', 'foo.txt']],
    ['bar*', ['bar.txt']],
  ])('%s', (source, expected) => {
    expect(matchCopySource(source, tree).matches).toEqual(expected);
  });

  it('reports a missing base directory', () => {
    expect(matchCopySource('nope/*.go', tree)).toEqual({ hasWildcards: true, matches: [], baseExists: false });
  });

  it('treats an escaped wildcard as a literal name', () => {
    const literal = createBuildContext({ 'a*b': '' });
    expect(matchCopySource('a\\*b', literal).hasWildcards).toBe(false);
  });
});
