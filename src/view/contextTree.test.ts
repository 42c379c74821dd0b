import { describe, expect, it } from 'vitest';
import type { WorkspaceContext } from '../store';
import { formatBytes } from './contextFormat';
import { describeIgnoreReason } from './contextIgnoreReason';
import { toContextTree, visibleContextRows } from './contextTree';

const text = (content: string) => ({ size: new TextEncoder().encode(content).length, content });
const dockerfile = [{ path: 'Dockerfile', text: 'FROM scratch\nCOPY . .\n' }];

function rowsOf(context: WorkspaceContext, tabs = dockerfile, active = 'Dockerfile') {
  const view = toContextTree(context, tabs, active);
  return { view, byPath: new Map(view.rows.map((r) => [r.path, r])) };
}

describe('toContextTree', () => {
  // moby/moby#41433: `**/c` then `!a/b/c/include.txt` keeps include.txt and drops exclude.txt;
  // `.git` has no exception below it, so BuildKit skips the whole folder.
  it('greys what BuildKit leaves out and names the deciding pattern and line', () => {
    const { view, byPath } = rowsOf({
      '.dockerignore': text('**/c\n!a/b/c/include.txt\n.git\n'),
      'a/b/c/include.txt': text('in'),
      'a/b/c/exclude.txt': text('out'),
      '.git/HEAD': text('ref: refs/heads/main\n'),
    });
    expect(view.ignoreFile).toBe('.dockerignore');
    expect(view.rows.filter((r) => r.ignored).map((r) => r.path)).toEqual(['.git', '.git/HEAD', 'a/b/c/exclude.txt']);
    expect(byPath.get('a/b/c/exclude.txt')?.reason).toEqual({ pattern: '**/c', written: '**/c', line: 1, file: '.dockerignore' });
    expect(byPath.get('.git/HEAD')?.reason).toEqual({ pattern: '.git', written: '.git', line: 3, file: '.dockerignore', viaDir: '.git' });
    // a/b/c is excluded but sent bare, because include.txt inside it is re-included.
    expect(byPath.get('a/b/c')?.ignored).toBe(false);
    expect(byPath.get('a/b/c/include.txt')?.ignored).toBe(false);
    expect(byPath.get('.dockerignore')?.isIgnoreFile).toBe(true);
  });

  it('lets a later ! pattern win and reports the exclusion that finally applies', () => {
    const { byPath } = rowsOf({ '.dockerignore': text('*.log\n!keep.log\nkeep.log\n'), 'keep.log': text('k'), 'a.log': text('a') });
    expect(byPath.get('keep.log')?.reason).toEqual({ pattern: 'keep.log', written: 'keep.log', line: 3, file: '.dockerignore' });
    expect(byPath.get('a.log')?.reason?.line).toBe(1);
  });

  it('uses <Dockerfile>.dockerignore for the active tab, instead of the root file', () => {
    const context = { '.dockerignore': text('foo\n'), 'api.Dockerfile.dockerignore': text('bar\n'), foo: text('0'), bar: text('0') };
    const tabs = [...dockerfile, { path: 'api.Dockerfile', text: 'FROM scratch\n' }];
    const root = rowsOf(context, tabs, 'Dockerfile');
    expect(root.view.ignoreFile).toBe('.dockerignore');
    expect(root.view.rows.filter((r) => r.ignored).map((r) => r.path)).toEqual(['foo']);
    const api = rowsOf(context, tabs, 'api.Dockerfile');
    expect(api.view.ignoreFile).toBe('api.Dockerfile.dockerignore');
    expect(api.view.rows.filter((r) => r.ignored).map((r) => r.path)).toEqual(['bar']);
    expect(api.byPath.get('api.Dockerfile')?.kind).toBe('dockerfile');
  });

  it('can ignore the Dockerfile itself (BuildKit testDockerignore)', () => {
    const { byPath, view } = rowsOf({ '.dockerignore': text('\nba*\nDockerfile\n!bay\n.dockerignore\n'), foo: text('foo-contents'), bar: text('x'), bay: text('y') });
    expect(view.rows.filter((r) => r.ignored).map((r) => r.path).sort()).toEqual(['.dockerignore', 'Dockerfile', 'bar']);
    expect(byPath.get('Dockerfile')?.reason).toEqual({ pattern: 'Dockerfile', written: 'Dockerfile', line: 3, file: '.dockerignore' });
    expect(describeIgnoreReason(byPath.get('Dockerfile')!.reason!)).toBe('Ignored by .dockerignore, line 3: Dockerfile');
  });

  it('lists folders first, sums sizes, and counts what is sent', () => {
    const { view, byPath } = rowsOf({ '.dockerignore': text('node_modules\n'), 'node_modules/x/index.js': { size: 5000 }, 'src/a.ts': text('abc'), 'package.json': text('{}') });
    expect(view.rows.map((r) => `${'  '.repeat(r.depth)}${r.name}`)).toEqual([
      'node_modules', '  x', '    index.js', 'src', '  a.ts', '.dockerignore', 'Dockerfile', 'package.json',
    ]);
    expect(byPath.get('node_modules')).toMatchObject({ kind: 'dir', size: 5000, fileCount: 1, ignored: true });
    expect(byPath.get('node_modules/x/index.js')).toMatchObject({ hasContent: false, reason: { viaDir: 'node_modules' } });
    // The tooltip quotes the line as written; BuildKit reads `/bin/ ` as `bin`.
    const written = rowsOf({ '.dockerignore': text('\n  /bin/  \r\n'), 'bin/x': text('') }).byPath.get('bin/x')?.reason;
    expect(written).toEqual({ pattern: 'bin', written: '/bin/', line: 2, file: '.dockerignore', viaDir: 'bin' });
    expect(view.files).toBe(5);
    expect(view.sentFiles).toBe(4);
    expect(view.bytes - view.sentBytes).toBe(5000);
  });

  it('reports a pattern BuildKit refuses, with its line', () => {
    const { view } = rowsOf({ '.dockerignore': text('ok\n!\n'), ok: text('') });
    expect(view.error).toBe('illegal exclusion pattern: "!"');
    expect(view.diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['SC5001', 2]]);
  });

  it('hides the rows below collapsed folders', () => {
    const { view } = rowsOf({ 'a/b/c.txt': text(''), 'a/d.txt': text(''), 'e.txt': text('') });
    expect(visibleContextRows(view.rows, new Set(['a/b'])).map((r) => r.path)).toEqual(['a', 'a/b', 'a/d.txt', 'Dockerfile', 'e.txt']);
    expect(visibleContextRows(view.rows, new Set(['a'])).map((r) => r.path)).toEqual(['a', 'Dockerfile', 'e.txt']);
  });
});

describe('formatBytes', () => {
  it.each([[0, '0 B'], [999, '999 B'], [1000, '1.00 kB'], [2048, '2.05 kB'], [15_360_000, '15.4 MB'], [815_000_000, '815 MB'], [999_600, '1.00 MB']])('%i -> %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
