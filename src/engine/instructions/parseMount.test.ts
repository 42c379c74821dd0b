import { describe, expect, it } from 'vitest';
import { noExpansion, parseMount } from './parseMount';

// Messages: BuildKit instructions/commands_runmount.go (SEMANTICS.md §2.1) and the integration
// tests in frontend/dockerfile/dockerfile_mount_test.go (SCENARIOS.md 62).
function read(spec: string) {
  return parseMount(spec, noExpansion);
}

describe('parseMount (BuildKit parseMount)', () => {
  it('defaults to a read-only bind mount', () => {
    expect(read('target=/src')).toEqual({
      ok: true,
      mount: {
        type: 'bind', from: '', source: '', target: '/src', readOnly: true, sizeLimit: 0, cacheId: '',
        cacheSharing: '', required: false, env: null, mode: null, uid: null, gid: null,
      },
    });
  });

  it.each([
    ['type=bind,target=/a', true],
    ['type=secret,id=x', true],
    ['type=ssh', true],
    ['type=cache,target=/a', false],
    ['type=tmpfs,target=/a', false],
    ['type=bind,target=/a,rw', false],
    ['type=bind,target=/a,readwrite=true', false],
    ['type=cache,target=/a,ro', true],
    ['type=cache,target=/a,readonly=1', true],
    ['type=bind,target=/a,rw=false', true],
  ])('%s is read-only: %s', (spec, readOnly) => {
    const r = read(spec);
    expect(r.ok && r.mount.readOnly).toBe(readOnly);
  });

  it('reads every cache and secret option', () => {
    const cache = read('type=cache,id=gocache,target=/root/.cache,sharing=locked,from=base,source=/c,mode=0700,uid=1000,gid=1001');
    expect(cache.ok && cache.mount).toMatchObject({
      type: 'cache', cacheId: 'gocache', target: '/root/.cache', cacheSharing: 'locked', from: 'base', source: '/c',
      mode: 0o700, uid: 1000, gid: 1001,
    });
    const secret = read('type=secret,id=TOKEN,env=TOKEN,required');
    expect(secret.ok && secret.mount).toMatchObject({ type: 'secret', cacheId: 'TOKEN', env: 'TOKEN', required: true });
    const keys = read('TYPE=Cache,DST=/x,Src=/y');
    expect(keys.ok && keys.mount).toMatchObject({ type: 'cache', target: '/x', source: '/y' });
  });

  // dockerfile_mount_test.go testMountTmpfsSize: size=128m is 131072k.
  it('reads a tmpfs size with go-units suffixes', () => {
    const r = read('type=tmpfs,target=/dev/shm,size=128m');
    expect(r.ok && r.mount.sizeLimit).toBe(131072 * 1024);
  });

  it.each([
    ['typ=tmpfs', "unexpected key 'typ' in 'typ=tmpfs' (did you mean type?)"],
    ['type=tmp', 'unsupported mount type "tmp" (did you mean tmpfs?)'],
    ['type=cache,sharing=lockd', 'unsupported sharing value "lockd" (did you mean locked?)'],
    ['type=bind,sharing=locked', 'invalid cache sharing set for bind mount'],
    ['type=bind,size=1m', "unexpected key 'size' for mount type 'bind'"],
    ['size=1m,type=tmpfs', "unexpected key 'size' for mount type 'bind'"],
    ['type=tmpfs,size=lots', 'invalid value for size: lots'],
    ['type=bind,mode=0755', 'mode not allowed for "bind" type mounts'],
    ['type=tmpfs,uid=1', 'uid not allowed for "tmpfs" type mounts'],
    ['type=bind,gid=1', 'gid not allowed for "bind" type mounts'],
    ['type=cache,mode=9', 'invalid value 9 for mode'],
    ['type=cache,uid=-1', 'invalid value -1 for uid'],
    ['type=bind,ro=maybe', 'invalid value for ro: maybe'],
    ['type=bind,required', "unexpected key 'required' for mount type 'bind'"],
    ['type=bind,target=/a,bogus', "invalid field 'bogus' must be a key=value pair"],
    ['type=secret,from=x,id=a', 'secret mount should not have a from'],
    ['type=secret', 'invalid secret mount. one of source, target required'],
    ['type=secret,source=a,id=b', "both source and id can't be set"],
    ['type=secret,id=a,sharing=shared', 'secret mount should not define sharing'],
    ['', 'failed to parse csv mounts: EOF'],
    ['target="/a', 'failed to parse csv mounts: parse error on line 1, column 8: bare " in non-quoted-field'],
  ])('%j fails: %s', (spec, message) => {
    expect(read(spec)).toEqual({ ok: false, error: message });
  });

  describe('while parsing instructions (no expander)', () => {
    it('checks only the CSV and from=, and yields a placeholder bind mount', () => {
      const r = parseMount('type=tmp,typ=x,bogus,from=build,target=/t', null);
      expect(r.ok && [r.mount.type, r.mount.from, r.mount.target, r.mount.readOnly]).toEqual(['bind', 'build', '', true]);
    });

    it.each([
      ['from=$STAGE,target=/t', "'from' doesn't support variable expansion, define alias stage instead"],
      ['from=${STAGE}', "'from' doesn't support variable expansion, define alias stage instead"],
    ])('%j fails', (spec, message) => {
      expect(parseMount(spec, null)).toEqual({ ok: false, error: message });
    });

    it('allows a lone trailing $ in from', () => {
      expect(parseMount('from=stage$', null).ok).toBe(true);
    });
  });

  it('expands values with the given expander, and reports its error', () => {
    const env: Record<string, string> = { T: 'cache', DIR: '/go' };
    const expand = (w: string) => ({ ok: true as const, value: w.replace(/\$(\w+)/g, (_, k: string) => env[k] ?? '') });
    const r = parseMount('type=$T,target=$DIR', expand);
    expect(r.ok && [r.mount.type, r.mount.target]).toEqual(['cache', '/go']);
    const failing = parseMount('target=${X:?nope}', () => ({ ok: false, error: 'X: nope' }));
    expect(failing).toEqual({ ok: false, error: 'X: nope' });
  });
});
