/**
 * The file tools and accounts with coreutils'/BusyBox's behaviour and wording (C locale).
 */
import { describe, expect, it } from 'vitest';
import { diffTrees, getEntry } from '../../../fs';
import { runCommand } from '../runCommand';
import { contextFor, runOn, sh, text } from '../testing/runHelpers';

describe('cp, mv, rm, mkdir, ln, touch', () => {
  it.each([
    ['cp /nope /tmp/x', 'debian', "cp: cannot stat '/nope': No such file or directory"],
    ['cp /nope /tmp/x', 'alpine', "cp: can't stat '/nope': No such file or directory"],
    ['mkdir /a/b', 'debian', "mkdir: cannot create directory '/a/b': No such file or directory"],
    ['mkdir /tmp', 'debian', "mkdir: cannot create directory '/tmp': File exists"],
    ['rm /nope', 'debian', "rm: cannot remove '/nope': No such file or directory"],
    ['rm /tmp', 'debian', "rm: cannot remove '/tmp': Is a directory"],
    ['cp /tmp /x', 'debian', "cp: -r not specified; omitting directory '/tmp'"],
  ])('%s on %s fails with exit 1: %s', (script, family, message) => {
    const r = sh(script, { osFamily: family });
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual([message]);
  });

  it('copies, moves, links and removes in the virtual filesystem', () => {
    const r = sh('mkdir -p /app/src && echo hi > /app/src/a.txt && cp -r /app/src /app/copy && mv /app/copy/a.txt /app/b.txt && ln -s /app/b.txt /app/link && rm -rf /app/src && touch /app/empty');
    expect(r.exitCode).toBe(0);
    expect(text(r, '/app/b.txt')).toBe('hi\n');
    expect(getEntry(r.tree, '/app/link', { follow: false })?.kind).toBe('symlink');
    expect(getEntry(r.tree, '/app/src')).toBeUndefined();
    expect(getEntry(r.tree, '/app/empty')?.size).toBe(0);
  });

  it('rm -rf dir/* empties a bulk entry; the files inside it are then gone', () => {
    const r = runOn('debian:bookworm-slim', 'rm -rf /usr/share/doc/*');
    expect(getEntry(r.tree, '/usr/share/doc')?.kind).toBe('dir');
    expect(getEntry(r.tree, '/usr/share/doc')?.size).toBe(0);
  });

  it('cp -r dir/. copies the contents', () => {
    const r = sh('mkdir -p /s /d && echo 1 > /s/one && cp -r /s/. /d/');
    expect(text(r, '/d/one')).toBe('1\n');
  });
});

describe('chmod and chown', () => {
  it('applies octal and symbolic modes', () => {
    const r = sh('touch /tmp/f /tmp/g && chmod 750 /tmp/f && chmod u+x,go-r /tmp/g');
    expect(getEntry(r.tree, '/tmp/f')?.mode).toBe(0o750);
    expect(getEntry(r.tree, '/tmp/g')?.mode).toBe(0o700);
  });

  it('chown -R rewrites the whole tree into the layer', () => {
    const ctx = contextFor('debian:bookworm-slim', 'useradd -r app && chown -R app:app /usr/share/zoneinfo');
    const r = runCommand(ctx);
    expect(r.exitCode).toBe(0);
    const zone = getEntry(r.tree, '/usr/share/zoneinfo');
    expect(zone?.uid).toBe(999);
    // overlayfs copies every changed file up: the whole bulk weighs in the new layer again.
    expect(diffTrees(ctx.tree, r.tree).changes.find((c) => c.path === '/usr/share/zoneinfo')?.size).toBe(zone?.size);
  });

  it('reports a missing path', () => {
    const r = sh('chmod +x /nope');
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual(["chmod: cannot access '/nope': No such file or directory"]);
  });
});

describe('accounts', () => {
  it('useradd writes /etc/passwd and /etc/group; -r picks the first system uid from 999 down', () => {
    const r = runOn('debian:bookworm-slim', 'groupadd --system app && useradd --system --gid app --no-log-init app && id -u app; whoami');
    expect(text(r, '/etc/passwd')).toContain('app:x:999:999::/home/app:/bin/sh\n');
    expect(text(r, '/etc/group')).toContain('app:x:999:\n');
  });

  it('useradd without --no-log-init grows /var/log/lastlog to (uid+1) records of 292 bytes (moby/moby#5419)', () => {
    const r = runOn('debian:bookworm-slim', 'useradd -u 100000 big');
    expect(getEntry(r.tree, '/var/log/lastlog')?.size).toBe(100_001 * 292);
    const quiet = runOn('debian:bookworm-slim', 'useradd -l -u 100000 big');
    expect(getEntry(quiet.tree, '/var/log/lastlog')).toBeUndefined();
  });

  it('BusyBox addgroup -S / adduser -S on Alpine: first free ids from 100 (gid 100 is `users`, so 101)', () => {
    const r = runOn('alpine:3.19', 'addgroup -S app && adduser -S -D -H -G app app');
    expect(text(r, '/etc/group')).toContain('app:x:101:\n');
    expect(text(r, '/etc/passwd')).toContain('app:x:100:101:Linux User,,,:/home/app:/sbin/nologin\n');
    expect(getEntry(r.tree, '/home/app')).toBeUndefined();
  });
});

describe('text tools', () => {
  it('sed -i edits files with content; grep, head, tail, wc, tr, cut filter', () => {
    const r = sh(`printf 'listen 80;\\nuser nginx;\\n' > /tmp/c && sed -i -e 's/listen 80/listen 8080/' -e '/^user/d' /tmp/c && cat /tmp/c && printf 'a:1\\nb:2\\nc:3\\n' | grep -v b | cut -d: -f2 | tr '13' 'xy' && seq 5 | tail -n 2 | wc -l`);
    expect(text(r, '/tmp/c')).toBe('listen 8080;\n');
    expect(r.output).toEqual(['listen 8080;', 'x', 'y', '2']);
  });

  it('grep -q returns 1 when nothing matches', () => {
    expect(sh('echo abc | grep -q z; echo $?').output).toEqual(['1']);
  });

  it('find -name -delete and -exec, xargs', () => {
    const r = sh('mkdir -p /w/a && touch /w/a/x.pyc /w/a/y.py && find /w -name "*.pyc" -delete && find /w -type f | xargs -n1 basename');
    expect(r.output).toEqual(['y.py']);
    expect(getEntry(r.tree, '/w/a/x.pyc')).toBeUndefined();
  });

  it('cat of a missing file fails (BusyBox wording on Alpine)', () => {
    const r = sh('cat /nope', { osFamily: 'alpine' });
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual(["cat: can't open '/nope': No such file or directory"]);
  });
});
