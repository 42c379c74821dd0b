import { describe, expect, it } from 'vitest';
import { diffTrees } from './diffTrees';
import { dumpLayer, dumpTree } from './dumpTree';
import { layerEntries } from './layerEntries';
import { opaqueMarker, whiteoutMarker } from './layer';
import { remove } from './remove';
import { writeFile } from './writeFile';
import { build, unwrap } from './testTrees';

describe('layerEntries', () => {
  const before = build([
    { dir: '/etc' },
    { file: '/etc/hosts', spec: { content: '127.0.0.1 localhost\n' } },
    { file: '/etc/old.conf', spec: { size: 50, seed: 'old' } },
  ]);
  const after = unwrap(remove(
    unwrap(writeFile(build([{ dir: '/app/src' }, { file: '/app/src/index.js', spec: { size: 300, seed: 'i' } }, { bulk: '/app/node_modules', spec: { size: 9000, fileCount: 40, source: 'npm ci' } }], before), '/etc/hosts', { content: '127.0.0.1 localhost app\n' })),
    '/etc/old.conf',
  ));

  it('marks every touched entry added, modified or removed, in tree order', () => {
    const rows = layerEntries(diffTrees(before, after)).map((r) => [r.status, r.kind, r.path, r.size]);
    expect(rows).toEqual([
      ['added', 'dir', '/app', 0],
      ['added', 'bulk', '/app/node_modules', 9000],
      ['added', 'dir', '/app/src', 0],
      ['added', 'file', '/app/src/index.js', 300],
      ['modified', 'file', '/etc/hosts', 24],
      ['removed', 'file', '/etc/old.conf', 0],
    ]);
  });

  it('gives removed rows their whiteout marker and the bytes they hide', () => {
    const removed = layerEntries(diffTrees(before, after)).filter((r) => r.status === 'removed');
    expect(removed).toEqual([{ path: '/etc/old.conf', status: 'removed', kind: 'file', size: 0, hiddenSize: 50, marker: '/etc/.wh.old.conf' }]);
  });

  it('dumps a layer readably', () => {
    expect(dumpLayer(diffTrees(before, after)).split('\n').map((l) => l.replace(/ [0-9a-f]{12}( |$)/, ' #$1'))).toEqual([
      '+ dir     0755 0:0 /app/ +0B',
      '+ bulk    0755 0:0 9000B 40 files /app/node_modules/ [npm ci] # +9000B',
      '+ dir     0755 0:0 /app/src/ +0B',
      '+ file    0644 0:0 300B # /app/src/index.js +300B',
      '~ file    0644 0:0 24B # /etc/hosts +24B',
      '- /etc/.wh.old.conf (hides 50B)',
      '= 9324B',
    ]);
    expect(dumpTree(after, '/etc')).toMatch(/^file {4}0644 0:0 24B [0-9a-f]{12} \/etc\/hosts$/);
  });

  it('names whiteout and opaque markers as the OCI layer spec does', () => {
    expect(whiteoutMarker('/a/b')).toBe('/a/.wh.b');
    expect(whiteoutMarker('/b')).toBe('/.wh.b');
    expect(opaqueMarker('/a')).toBe('/a/.wh..wh..opq');
    expect(opaqueMarker('/')).toBe('/.wh..wh..opq');
  });
});
