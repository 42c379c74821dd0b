import { describe, expect, it } from 'vitest';
import { fileIn, testBuild } from './testBuild';

const NOT_FOUND = /^failed to compute cache key: failed to calculate checksum of ref [a-z0-9]{25}: "(.*)": not found$/;

describe('COPY sources (SEMANTICS §2.2)', () => {
  it('copies a directory\'s contents, not the directory', () => {
    const s = testBuild('FROM busybox\nCOPY sub/dir1 /x\n', { 'sub/dir1/a.txt': 'a', 'sub/dir1/deep/b.txt': 'b' }).build.stages[0]!;
    expect(fileIn(s, '/x/a.txt')?.kind).toBe('file');
    expect(fileIn(s, '/x/deep/b.txt')?.kind).toBe('file');
    expect(fileIn(s, '/x/dir1')).toBeUndefined();
  });
  it('expands wildcards; an empty wildcard is fine (SCENARIOS 44)', () => {
    const r = testBuild('FROM busybox\nCOPY foo nomatch* /\nCOPY foo* /files/\n', { foo: 'f', foo1: '1', foo2: '2', bar: 'b' });
    expect(r.build.ok).toBe(true);
    const s = r.build.stages[0]!;
    expect(fileIn(s, '/foo')?.kind).toBe('file');
    expect(['/files/foo', '/files/foo1', '/files/foo2', '/files/bar'].map((p) => fileIn(s, p)?.kind)).toEqual(['file', 'file', 'file', undefined]);
  });
  it('reads --from sources from the source stage\'s root, not its WORKDIR (SCENARIOS 16)', () => {
    const r = testBuild('FROM busybox AS base\nWORKDIR /foo\nCOPY Dockerfile /\nFROM busybox\nCOPY --from=base Dockerfile .\n', { Dockerfile: 'x' });
    expect(r.build.ok).toBe(true);
    expect(fileIn(r.build.stages[1]!, '/Dockerfile')?.kind).toBe('file');
  });
  it('fails a missing --from path with BuildKit\'s "not found" message at the COPY line', () => {
    const r = testBuild('FROM node:20 AS builder\nWORKDIR /app\nFROM nginx:alpine\nCOPY --from=builder /app/dist /usr/share/nginx/html\n');
    expect(r.build.ok).toBe(false);
    expect(r.build.error?.message).toMatch(NOT_FOUND);
    expect(r.build.error?.message).toContain('"/app/dist": not found');
    expect(r.build.error?.range.startLine).toBe(4);
    expect(r.build.error?.code).toBe('SC5002');
    expect(r.build.log.at(-1)).toBe(`ERROR: failed to solve: ${r.build.error?.message}`);
  });
  it('treats a .dockerignore\'d source as missing (SCENARIOS 43)', () => {
    const r = testBuild('FROM scratch\n\nCOPY Dockerfile .\n', { Dockerfile: 'FROM scratch', '.dockerignore': 'Dockerfile\n' });
    expect(r.build.error?.message).toMatch(NOT_FOUND);
    expect(r.build.error?.message).toContain('"/Dockerfile": not found');
    expect(r.build.error?.range.startLine).toBe(3);
  });
  it('copies out of an image with COPY --from=<image> (SCENARIOS 4)', () => {
    const r = testBuild('FROM scratch\nCOPY --from=busybox /etc/passwd test\n');
    expect(r.build.ok).toBe(true);
    expect(fileIn(r.build.stages[0]!, '/test')?.kind).toBe('file');
    expect(r.build.log.some((l) => / FROM docker\.io\/library\/busybox:latest$/.test(l))).toBe(true);
  });
  it('applies --chown, --parents and --exclude', () => {
    const files = { 'a/b/c.txt': 'c', 'a/b/d.log': 'd', 'x/./y/z.txt': 'z' };
    const s = testBuild('FROM busybox\nCOPY --chown=10:20 a /own/\nCOPY --parents a/b/c.txt /p/\nCOPY --exclude=*.log a/b /ex/\n', files).build.stages[0]!;
    expect(fileIn(s, '/own/b/c.txt')).toMatchObject({ uid: 10, gid: 20 });
    expect(fileIn(s, '/p/a/b/c.txt')?.kind).toBe('file');
    expect(fileIn(s, '/ex/c.txt')?.kind).toBe('file');
    expect(fileIn(s, '/ex/d.log')).toBeUndefined();
  });
  it('rejects a bad --chmod with BuildKit\'s compatibility error', () => {
    expect(testBuild('FROM busybox\nCOPY --chmod=999 f /\n', { f: 'x' }).build.error?.message).toBe(
      "invalid chmod parameter: '999'. it should be octal string and between 0 and 07777",
    );
  });
  it('records COPY history with flags but without --from and --link (SEMANTICS §5)', () => {
    const r = testBuild('FROM busybox AS b\nFROM busybox\nCOPY --link --from=b --chown=1:1 /etc/passwd /x\n');
    expect(r.build.stages[1]!.image!.layers.at(-1)?.createdBy).toBe('COPY --chown=1:1 /etc/passwd /x # buildkit');
  });
});

describe('ADD', () => {
  it('downloads a URL to a file named after its last segment, sized from the catalog or estimated', () => {
    const r = testBuild('FROM alpine:3.19\nADD https://example.com/files/tool.bin /opt/\n');
    const f = fileIn(r.build.stages[0]!, '/opt/tool.bin');
    expect(f?.kind).toBe('file');
    expect(f?.size).toBeGreaterThan(0);
    expect(r.build.diagnostics.some((d) => d.code === 'SC5006')).toBe(true);
  });
  it('unpacks a local tar archive unless --unpack=false', () => {
    const files = { 'app.tar.gz': { size: 1_000_000 } };
    const a = testBuild('FROM alpine:3.19\nADD app.tar.gz /opt/\n', files).build.stages[0]!;
    expect(fileIn(a, '/opt/app')?.kind).toBe('bulk');
    expect(fileIn(a, '/opt/app.tar.gz')).toBeUndefined();
    const b = testBuild('FROM alpine:3.19\nADD --unpack=false app.tar.gz /opt/\n', files).build.stages[0]!;
    expect(fileIn(b, '/opt/app.tar.gz')?.size).toBe(1_000_000);
  });
});

describe('heredocs (SCENARIOS 54-57)', () => {
  it('creates files named after the heredocs, with --chmod and --chown', () => {
    const df = 'FROM busybox\nCOPY <<EOF single\nsingle file\nEOF\nCOPY --chmod=777 --chown=5:6 <<EOF <<EOF2 double/\na\nEOF\nb\nEOF2\n';
    const s = testBuild(df).build.stages[0]!;
    expect(fileIn(s, '/single')).toMatchObject({ kind: 'file', content: 'single file\n', mode: 0o644 });
    expect(fileIn(s, '/double/EOF')).toMatchObject({ content: 'a\n', mode: 0o777, uid: 5, gid: 6 });
    expect(fileIn(s, '/double/EOF2')).toMatchObject({ content: 'b\n' });
  });
  it('expands unquoted bodies and keeps quoted ones literal (SCENARIOS 56)', () => {
    const df = "FROM busybox\nARG name=world\nCOPY <<EOF /a\nhello ${name}\nEOF\nCOPY <<'EOF' /b\nhello ${name}\nEOF\n";
    const s = testBuild(df).build.stages[0]!;
    expect(fileIn(s, '/a')).toMatchObject({ content: 'hello world\n' });
    expect(fileIn(s, '/b')).toMatchObject({ content: 'hello ${name}\n' });
  });
  it('keeps tabs with <<EOF and strips them with <<-EOF (SCENARIOS 57)', () => {
    const s = testBuild('FROM busybox\nCOPY <<EOF /a\n\tfoo\nEOF\nCOPY <<-EOF /b\n\tbar\n\tEOF\n').build.stages[0]!;
    expect(fileIn(s, '/a')).toMatchObject({ content: '\tfoo\n' });
    expect(fileIn(s, '/b')).toMatchObject({ content: 'bar\n' });
  });
  it('handles backslashes like the raw lexer in unquoted bodies (SCENARIOS 55)', () => {
    const s = testBuild('FROM busybox\nCOPY <<EOF /a\n\\$x\nEOF\nCOPY <<"EOF" /b\n\\$x\nEOF\n').build.stages[0]!;
    expect(fileIn(s, '/a')).toMatchObject({ content: '$x\n' });
    expect(fileIn(s, '/b')).toMatchObject({ content: '\\$x\n' });
  });
  it('labels a RUN heredoc with its first line', () => {
    const r = testBuild('FROM busybox\nRUN <<EOF\necho one\necho two\nEOF\n');
    expect(r.build.stages[0]!.steps.at(-1)?.label).toBe('[2/2] RUN <<EOF (echo one...)');
  });
});

describe('COPY --from follows a symlinked source (BuildKit FollowSymlinks)', () => {
  // Alpine (3.17+) ships /etc/os-release as a link to ../usr/lib/os-release.
  it('copies the file /etc/os-release points to in an alpine stage', () => {
    const r = testBuild('FROM alpine:3.19 AS a\nFROM scratch\nCOPY --from=a /etc/os-release /os-release\n');
    expect(r.build.ok).toBe(true);
    const copied = fileIn(r.build.stages[1]!, '/os-release');
    expect(copied?.kind).toBe('file');
    expect(copied?.size).toBe(fileIn(r.build.stages[0]!, '/usr/lib/os-release')?.size);
  });
});
