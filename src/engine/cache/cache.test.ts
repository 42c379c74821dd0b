import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson, emptyCache, explainMiss, hasKey, parseCacheStore, previousForSlot, withRecords, type StepInputs } from './index';

const run = (over: Partial<StepInputs & { op: 'run' }> = {}): StepInputs => ({
  op: 'run', parent: 'p', argv: ['/bin/sh', '-c', 'go build'], env: ['PATH=/usr/bin', 'VERSION=dev'], cwd: '/app', user: '',
  network: 'default', security: 'sandbox', mounts: [], platform: 'linux/amd64', ...over,
});
const copy = (sources: { path: string; checksum: string }[], parent = 'p'): StepInputs => ({
  op: 'copy', parent, instruction: 'COPY', dest: '/app/', chown: '', chmod: '', flags: [], sources,
});

describe('cache keys (SEMANTICS.md §6)', () => {
  it('are independent of object key order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });

  it('change with the parent, the command, the env, the cwd', () => {
    const base = cacheKey(run());
    expect(cacheKey(run())).toBe(base);
    expect(cacheKey(run({ parent: 'q' }))).not.toBe(base);
    expect(cacheKey(run({ argv: ['/bin/sh', '-c', 'go build -v'] }))).not.toBe(base);
    expect(cacheKey(run({ env: ['PATH=/usr/bin', 'VERSION=1.2'] }))).not.toBe(base);
    expect(cacheKey(run({ cwd: '/src' }))).not.toBe(base);
  });

  // Touching a file keeps its checksum (no mtime), so the COPY key stays; editing it changes it.
  it('for COPY follow the content checksums of the selected sources', () => {
    const a = cacheKey(copy([{ path: 'main.go', checksum: 'aaa' }]));
    expect(cacheKey(copy([{ path: 'main.go', checksum: 'aaa' }]))).toBe(a);
    expect(cacheKey(copy([{ path: 'main.go', checksum: 'bbb' }]))).not.toBe(a);
  });

  it('for COPY --link do not depend on the parent', () => {
    expect(cacheKey(copy([{ path: 'x', checksum: '1' }], ''))).toBe(cacheKey(copy([{ path: 'x', checksum: '1' }], '')));
  });
});

describe('cache store', () => {
  it('remembers keys and slots without mutating the old store', () => {
    const empty = emptyCache();
    const inputs = run();
    const key = cacheKey(inputs);
    const next = withRecords(empty, [{ key, slot: 'build#2', instruction: 'RUN go build', inputs }]);
    expect(hasKey(empty, key)).toBe(false);
    expect(hasKey(next, key)).toBe(true);
    expect(previousForSlot(next, 'build#2')?.key).toBe(key);
    expect(parseCacheStore(JSON.stringify(next)).store).toEqual(next);
  });

  it('rejects malformed cache files as values', () => {
    expect(parseCacheStore('{').error).toMatch(/not valid JSON/);
    expect(parseCacheStore('{"version":2}').error).toMatch(/not a Stagecraft cache file/);
  });
});

describe('miss reasons', () => {
  const record = (inputs: StepInputs, instruction = 'RUN go build') => ({ key: cacheKey(inputs), slot: 's#1', instruction, inputs });

  it('names a first build', () => {
    expect(explainMiss(run(), 'RUN go build', undefined).kind).toBe('first-build');
  });
  it('names a changed ARG with old and new values', () => {
    const reason = explainMiss(run({ env: ['PATH=/usr/bin', 'VERSION=1.2'] }), 'RUN go build', record(run()), new Set(['VERSION']));
    expect(reason).toEqual({ kind: 'arg-changed', message: 'ARG VERSION changed from "dev" to "1.2"' });
  });
  it('names the changed source file', () => {
    const before = copy([{ path: 'go.mod', checksum: '1' }, { path: 'main.go', checksum: '2' }]);
    const after = copy([{ path: 'go.mod', checksum: '1' }, { path: 'main.go', checksum: '3' }]);
    expect(explainMiss(after, 'COPY . .', record(before, 'COPY . .'))).toEqual({ kind: 'source-changed', message: 'main.go changed' });
  });
  it('blames the parent when an earlier step re-ran', () => {
    expect(explainMiss(run({ parent: 'other' }), 'RUN go build', record(run())).kind).toBe('parent-changed');
  });
  it('names an edited instruction', () => {
    expect(explainMiss(run({ argv: ['x'] }), 'RUN go build -v', record(run())).kind).toBe('instruction-changed');
  });
});

describe('hash128', () => {
  it('is stable, 32 hex characters, and sensitive to every character and the length', async () => {
    const { hash128 } = await import('./fastHash');
    expect(hash128('abc')).toBe(hash128('abc'));
    expect(hash128('abc')).toMatch(/^[0-9a-f]{32}$/);
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) seen.add(hash128(`{"op":"run","parent":"p","argv":["x${i}"]}`));
    seen.add(hash128('')).add(hash128('\u0000')).add(hash128('\u0000\u0000'));
    expect(seen.size).toBe(20003);
  });
});
