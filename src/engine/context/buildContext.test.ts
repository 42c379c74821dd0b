import { describe, expect, it } from 'vitest';
import {
  contextEntries,
  contextSize,
  createBuildContext,
  getContextFile,
  hasContextPath,
} from './buildContext';

describe('contextEntries: Go walk order', () => {
  // fsutil filter_test.go TestWalkerDoublestarInclude: the tree and the order `**` lists it in.
  it('matches fsutil TestWalkerDoublestarInclude', () => {
    const ctx = createBuildContext(
      Object.fromEntries(['a/b/bar/foo', 'a/b/bar/fop', 'bar/foo', 'foo2', 'foo/bar/bee'].map((p) => [p, ''])),
      { dirs: ['a/b/baz', 'baz'] },
    );
    expect(contextEntries(ctx).map((e) => `${e.isDir ? 'dir' : 'file'} ${e.path}`)).toEqual([
      'dir a',
      'dir a/b',
      'dir a/b/bar',
      'file a/b/bar/foo',
      'file a/b/bar/fop',
      'dir a/b/baz',
      'dir bar',
      'file bar/foo',
      'dir baz',
      'dir foo',
      'dir foo/bar',
      'file foo/bar/bee',
      'file foo2',
    ]);
  });

  it('sorts names within a directory, not whole paths (Go walks directory by directory)', () => {
    const ctx = createBuildContext({ 'a-c': '', 'a/b': '' });
    expect(contextEntries(ctx).map((e) => e.path)).toEqual(['a', 'a/b', 'a-c']);
  });
});

describe('createBuildContext', () => {
  it('normalises keys and derives sizes from text', () => {
    const ctx = createBuildContext({
      './src/main.go': 'package main\n',
      '/go.mod': { content: 'module x\n', mode: 0o600 },
      'bin/app': { size: 2048, digest: 'ab' },
    });
    expect([...ctx.files.keys()]).toEqual(['bin/app', 'go.mod', 'src/main.go']);
    expect(getContextFile(ctx, 'src/main.go')).toEqual({ size: 13, content: 'package main\n' });
    expect(getContextFile(ctx, '/go.mod')).toEqual({ size: 9, content: 'module x\n', mode: 0o600 });
    expect(contextSize(ctx)).toBe(2048 + 9 + 13);
    expect([...ctx.dirs].sort()).toEqual(['bin', 'src']);
    expect(hasContextPath(ctx, 'src')).toBe(true);
    expect(hasContextPath(ctx, '.')).toBe(true);
    expect(hasContextPath(ctx, 'nope')).toBe(false);
  });

  it('rejects paths outside the context and files shadowed by directories', () => {
    const ctx = createBuildContext({ '../x': '', '.': '', a: '', 'a/b': '' });
    expect([...ctx.rejected].sort()).toEqual(['.', '../x', 'a']);
    expect([...ctx.files.keys()]).toEqual(['a/b']);
  });
});
