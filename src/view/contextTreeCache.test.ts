import { describe, expect, it } from 'vitest';
import type { WorkspaceContext } from '../store';
import { toContextTree } from './contextTree';
import { createContextTreeCache } from './contextTreeCache';

const text = (content: string) => ({ size: new TextEncoder().encode(content).length, content });
const tabs = (t: string) => [{ path: 'Dockerfile', text: t }];
const base: WorkspaceContext = { '.dockerignore': text('*.log\n'), 'src/a.go': text('package a'), 'x.log': text('log') };

describe('createContextTreeCache', () => {
  it.each<[string, WorkspaceContext, string]>([
    ['a Dockerfile edit', base, 'FROM alpine:3.20\nRUN true\n'],
    ['a file edit', { ...base, 'src/a.go': text('package a // longer') }, 'FROM x\n'],
    ['an .dockerignore edit', { ...base, '.dockerignore': text('src\n') }, 'FROM x\n'],
    ['a new file', { ...base, 'src/b.go': text('package b') }, 'FROM x\n'],
    ['a binary file growing', { ...base, 'x.log': { size: 5000 } }, 'FROM x\n'],
  ])('gives the same tree as a full rebuild after %s', (_name, context, dockerfile) => {
    const tree = createContextTreeCache();
    tree(base, tabs('FROM x\n'), 'Dockerfile');
    expect(tree(context, tabs(dockerfile), 'Dockerfile')).toEqual(toContextTree(context, tabs(dockerfile), 'Dockerfile'));
  });

  it('reuses the ignore walk when no path or rule changed', () => {
    const tree = createContextTreeCache();
    const first = tree(base, tabs('FROM x\n'), 'Dockerfile');
    const second = tree({ ...base, 'src/a.go': text('package a2') }, tabs('FROM y\n'), 'Dockerfile');
    // Rows whose size did not change are the very same objects.
    expect(second.rows.find((r) => r.path === 'x.log')).toBe(first.rows.find((r) => r.path === 'x.log'));
    expect(second.rows.find((r) => r.path === 'src')?.size).toBe(10);
  });
});
