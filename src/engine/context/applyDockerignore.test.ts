import { describe, expect, it } from 'vitest';
import { applyDockerignore, resolveBuildContext } from './applyDockerignore';
import { contextEntries, createBuildContext, type BuildContext } from './buildContext';

/** Render a context like fsutil's test walker prints it: `dir x` / `file x/y`. */
function listing(context: BuildContext): string[] {
  return contextEntries(context).map((e) => `${e.isDir ? 'dir' : 'file'} ${e.path}`);
}

const files = (...paths: string[]): Record<string, string> => Object.fromEntries(paths.map((p) => [p, '']));

describe('applyDockerignore: fsutil filter walk tests', () => {
  it('TestWalkerExclude: foo* then !foo/bar2', () => {
    const ctx = createBuildContext(files('bar', 'foo2', 'foo/bar2'));
    const result = applyDockerignore(ctx, 'foo*\n!foo/bar2\n');
    expect(listing(result.context)).toEqual(['file bar', 'dir foo', 'file foo/bar2']);
    expect(result.ignored).toEqual(['foo2']);
  });

  it('TestFSWalkNested: foo then !foo/bar', () => {
    const result = applyDockerignore(createBuildContext(files('foo/bar')), 'foo\n!foo/bar\n');
    expect(listing(result.context)).toEqual(['dir foo', 'file foo/bar']);
    expect(result.ignored).toEqual([]);
  });

  it('TestFilteredOpen: bar excluded, foo kept', () => {
    const result = applyDockerignore(createBuildContext(files('foo', 'bar')), 'bar\n');
    expect(listing(result.context)).toEqual(['file foo']);
    expect(result.ignored).toEqual(['bar']);
  });

  it.each([
    ['**/bar', ['dir foo']],
    ['**/bar\n!foo/bar/baz', ['dir foo']],
  ])('TestWalkerPermissionDenied (empty dir foo/bar), %j', (ignore, expected) => {
    const ctx = createBuildContext({}, { dirs: ['foo/bar'] });
    expect(listing(applyDockerignore(ctx, ignore).context)).toEqual(expected);
  });

  it('patternmatcher multiPatternTests: ** then !util/docker/web keeps util/docker/web/foo', () => {
    const ctx = createBuildContext(files('util/docker/web/foo', 'util/other', 'README.md'));
    const result = applyDockerignore(ctx, '**\n!util/docker/web\n');
    expect([...result.context.files.keys()]).toEqual(['util/docker/web/foo']);
    const again = applyDockerignore(ctx, '**\n!util/docker/web\nutil/docker/web/foo\n');
    expect([...again.context.files.keys()]).toEqual([]);
  });
});

describe('applyDockerignore: BuildKit integration tests', () => {
  it('testDockerignore: ba*, Dockerfile, !bay, .dockerignore', () => {
    const ctx = createBuildContext({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      foo: 'foo-contents',
      bar: 'bar-contents',
      baz: 'baz-contents',
      bay: 'bay-contents',
      '.dockerignore': '\nba*\nDockerfile\n!bay\n.dockerignore\n',
    });
    const result = resolveBuildContext(ctx, 'Dockerfile');
    expect(result.ignoreFile).toBe('.dockerignore');
    expect([...result.context.files.keys()].sort()).toEqual(['bay', 'foo']);
    expect(result.context.files.get('foo')?.content).toBe('foo-contents');
    expect(result.ignored.sort()).toEqual(['.dockerignore', 'Dockerfile', 'bar', 'baz']);
  });

  it('testDockerignoreInvalid: a lone ! fails the build', () => {
    const ctx = createBuildContext({ Dockerfile: 'FROM scratch\nCOPY . .\n', '.dockerignore': '!\n' });
    const result = resolveBuildContext(ctx, 'Dockerfile');
    expect(result.error).toBe('illegal exclusion pattern: "!"');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SC5001']);
  });

  it('testDockerignoreOverride: each Dockerfile uses its own <Dockerfile>.dockerignore', () => {
    const ctx = createBuildContext({
      Dockerfile: 'FROM busybox\nCOPY . .\n',
      'Dockerfile.dockerignore': '\nbar\n',
      Dockerfile2: 'FROM busybox\nCOPY . .\n',
      'Dockerfile2.dockerignore': '\nfoo\n',
      foo: 'contents0',
      bar: 'contents0',
    });
    const first = resolveBuildContext(ctx, 'Dockerfile');
    expect(first.ignoreFile).toBe('Dockerfile.dockerignore');
    expect(first.context.files.has('foo')).toBe(true);
    expect(first.context.files.has('bar')).toBe(false);
    const second = resolveBuildContext(ctx, 'Dockerfile2');
    expect(second.ignoreFile).toBe('Dockerfile2.dockerignore');
    expect(second.context.files.has('foo')).toBe(false);
    expect(second.context.files.has('bar')).toBe(true);
  });
});

describe('applyDockerignore: reported cases', () => {
  it('moby/moby#41433: **/c with !a/b/c/include.txt excludes a/b/c/exclude.txt', () => {
    const ctx = createBuildContext(files('a/b/c/include.txt', 'a/b/c/exclude.txt', '.git/HEAD', 'Dockerfile'));
    const result = applyDockerignore(ctx, '**/c\n!a/b/c/include.txt\n.git\n');
    expect([...result.context.files.keys()].sort()).toEqual(['Dockerfile', 'a/b/c/include.txt']);
    expect(result.ignored).toEqual(['.git', '.git/HEAD', 'a/b/c/exclude.txt']);
  });

  it('a pattern Go cannot compile fails the transfer once it is evaluated (moby/moby#52203)', () => {
    const ctx = createBuildContext(files('x'));
    expect(applyDockerignore(ctx, '[Local-Only]/\n').error).toBe(
      'failed to match excludepatterns: syntax error in pattern',
    );
    expect(applyDockerignore(createBuildContext({}), '[Local-Only]/\n').error).toBeUndefined();
  });

  // Traced through fsutil filterFS.Walk + patternmatcher (see moby/moby#43047: the walker carries
  // parent results): for `a/b` the trailing `a` is skipped at the parent (already excluded), so
  // the child only tests it against its own path and stays included; MatchesOrParentMatches
  // re-tests parents and says excluded. The context follows the walk.
  it('the walk (MatchesUsingParentResults) can keep what MatchesOrParentMatches excludes', () => {
    const result = applyDockerignore(createBuildContext(files('a/b', 'a/c')), 'a\n!a/b\na\n');
    expect([...result.context.files.keys()]).toEqual(['a/b']);
    expect(result.ignored).toEqual(['a/c']);
    expect(result.matcher.matchesOrParentMatches('a/b')).toBe(true);
    expect(result.matcher.matches('a/b')).toBe(false);
  });

  it('an empty ignore text leaves the context whole', () => {
    const ctx = createBuildContext(files('a', 'b/c'));
    const result = applyDockerignore(ctx, '');
    expect(listing(result.context)).toEqual(listing(ctx));
    expect(result.ignored).toEqual([]);
  });
});
