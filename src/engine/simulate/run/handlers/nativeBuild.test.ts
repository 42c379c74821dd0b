/**
 * C/C++ source builds. Failures use the real tools' messages and statuses: GNU make's
 * "No targets specified and no makefile found.  Stop." with status 2 (make's main.c), CMake's
 * "does not appear to contain CMakeLists.txt" (cmake.cxx), ninja's "loading 'build.ninja'",
 * dash's "not found" with 127. Outputs are estimates: every one must be tagged build-output,
 * flagged estimated and announced with an SC5202 note.
 */
import { describe, expect, it } from 'vitest';
import type { TreeItem } from '../../../fs';
import { entry, sh, smallTree, text } from '../testing/runHelpers';
import type { RunOutcome } from '../types';

const SRC = 'int main(void) { return 0; }\n'.repeat(2000);

function project(dir: string, extra: TreeItem[] = []): TreeItem[] {
  return [
    { path: `${dir}/main.c`, kind: 'file', content: SRC },
    { path: `${dir}/util.c`, kind: 'file', size: 120_000, seed: 'util.c' },
    ...extra,
  ];
}

const CONFIGURE: TreeItem = { path: '/src/zlib-1.3/configure', kind: 'file', size: 500_000, mode: 0o755, seed: 'configure' };

function run(script: string, items: TreeItem[], cwd = '/src/zlib-1.3'): RunOutcome {
  return sh(script, { tree: smallTree(items), cwd });
}

function estimated(out: RunOutcome, path: string): void {
  const e = entry(out, path);
  expect(e, path).toBeDefined();
  expect(e?.origin).toMatchObject({ category: 'build-output', estimated: true });
  expect(out.diagnostics.some((d) => d.code === 'SC5202')).toBe(true);
}

describe('configure and make', () => {
  it('fails like sh when ./configure does not exist', () => {
    const out = run('./configure --prefix=/opt/z', project('/src/zlib-1.3'));
    expect(out.exitCode).toBe(127);
    expect(out.output.join('\n')).toContain('./configure: not found');
  });

  it('writes config.status, config.log and a Makefile recording the prefix', () => {
    const out = run('./configure --prefix=/opt/z', project('/src/zlib-1.3', [CONFIGURE]));
    expect(out.exitCode).toBe(0);
    expect(text(out, '/src/zlib-1.3/config.status')).toContain("prefix='/opt/z'");
    expect(entry(out, '/src/zlib-1.3/config.log')?.kind).toBe('file');
    expect(text(out, '/src/zlib-1.3/Makefile')).toContain('prefix = /opt/z');
  });

  it.each([
    ['make', 'make: *** No targets specified and no makefile found.  Stop.'],
    ['make -j4', 'make: *** No targets specified and no makefile found.  Stop.'],
    ['make install', "make: *** No rule to make target 'install'.  Stop."],
  ])('%s without a makefile exits 2', (script, message) => {
    const out = run(script, project('/src/zlib-1.3'));
    expect(out.exitCode).toBe(2);
    expect(out.output).toContain(message);
  });

  it('builds estimated objects and a program after configure', () => {
    const out = run('./configure && make -j$(nproc)', project('/src/zlib-1.3', [CONFIGURE]));
    expect(out.exitCode).toBe(0);
    estimated(out, '/src/zlib-1.3/.objects');
    estimated(out, '/src/zlib-1.3/zlib');
    expect(entry(out, '/src/zlib-1.3/.objects')?.kind).toBe('bulk');
    expect(out.durationSource).toMatch(/kB of C\/C\+\+ source\/s/);
  });

  it('make install puts the files under the configured prefix, or DESTDIR + prefix', () => {
    const out = run('./configure --prefix=/opt/z && make && make install', project('/src/zlib-1.3', [CONFIGURE]));
    expect(out.exitCode).toBe(0);
    estimated(out, '/opt/z/bin/zlib');
    expect(entry(out, '/opt/z/share/zlib')?.kind).toBe('bulk');
    const dest = run('./configure && make install DESTDIR=/pkg', project('/src/zlib-1.3', [CONFIGURE]));
    estimated(dest, '/pkg/usr/local/bin/zlib');
    expect(entry(dest, '/usr/local/bin/zlib')).toBeUndefined();
  });

  it('records a recipe it cannot tell builds C/C++ as not simulated', () => {
    const out = run('make docs', project('/src/zlib-1.3', [{ path: '/src/zlib-1.3/Makefile', kind: 'file', content: 'docs:\n\tmkdocs build\n' }]));
    expect(out.exitCode).toBe(0);
    expect(out.notSimulated).toHaveLength(1);
  });
});

describe('cmake, ninja, meson', () => {
  const cmakeProject = project('/src/app', [{ path: '/src/app/CMakeLists.txt', kind: 'file', content: 'project(app C)\nadd_executable(hello main.c util.c)\n' }]);

  it('fails without CMakeLists.txt and without a cache', () => {
    const none = run('cmake -S . -B build', project('/src/app'), '/src/app');
    expect(none.exitCode).toBe(1);
    expect(none.output.join('\n')).toContain('does not appear to contain CMakeLists.txt');
    const noCache = run('mkdir build && cmake --build build', cmakeProject, '/src/app');
    expect(noCache.exitCode).toBe(1);
    expect(noCache.output).toContain('Error: could not load cache');
    // No folder at all: a configure step the model did not follow (a preset) made it.
    expect(run('cmake --build build', cmakeProject, '/src/app').notSimulated).toHaveLength(1);
  });

  it('configures, builds the declared executable and installs under CMAKE_INSTALL_PREFIX', () => {
    const out = run('cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/opt/app && cmake --build build -j 2 && cmake --install build', cmakeProject, '/src/app');
    expect(out.exitCode).toBe(0);
    expect(text(out, '/src/app/build/CMakeCache.txt')).toContain('CMAKE_INSTALL_PREFIX:PATH=/opt/app');
    estimated(out, '/src/app/build/CMakeFiles');
    estimated(out, '/src/app/build/hello');
    estimated(out, '/opt/app/bin/hello');
  });

  it('builds out of tree with `cmake ..` and make in the build folder', () => {
    const out = run('mkdir build && cd build && cmake .. && make && make install', cmakeProject, '/src/app');
    expect(out.exitCode).toBe(0);
    estimated(out, '/src/app/build/hello');
    estimated(out, '/usr/local/bin/hello');
  });

  it('ninja needs build.ninja; meson setup needs meson.build', () => {
    const ninja = run('ninja', cmakeProject, '/src/app');
    expect(ninja.exitCode).toBe(1);
    expect(ninja.output).toContain("ninja: error: loading 'build.ninja': No such file or directory");
    const meson = run('meson setup build', cmakeProject, '/src/app');
    expect(meson.exitCode).toBe(1);
    const ok = run('meson setup build --prefix=/opt/m && ninja -C build && ninja -C build install', project('/src/app', [{ path: '/src/app/meson.build', kind: 'file', content: "project('app', 'c')\n" }]), '/src/app');
    expect(ok.exitCode).toBe(0);
    estimated(ok, '/src/app/build/app');
    estimated(ok, '/opt/m/bin/app');
  });
});

describe('compiler, strip, checkinstall', () => {
  it('gcc -o writes an estimated program; a missing source fails like gcc', () => {
    const out = run('gcc -O2 -o /out/hello main.c', project('/src/app'), '/src/app');
    expect(out.exitCode).toBe(0);
    estimated(out, '/out/hello');
    const missing = run('gcc -o hello nope.c', project('/src/app'), '/src/app');
    expect(missing.exitCode).toBe(1);
    expect(missing.output).toContain('gcc: error: nope.c: No such file or directory');
  });

  it('strip shrinks a -g program more than one built without -g', () => {
    const g = run('gcc -g -o hello main.c util.c && strip hello', project('/src/app'), '/src/app');
    const unstripped = run('gcc -g -o hello main.c util.c', project('/src/app'), '/src/app');
    const before = entry(unstripped, '/src/app/hello')?.size ?? 0;
    const after = entry(g, '/src/app/hello')?.size ?? 0;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before / 2);
    const plain = run('gcc -o hello main.c util.c && strip hello', project('/src/app'), '/src/app');
    const plainBefore = entry(run('gcc -o hello main.c util.c', project('/src/app'), '/src/app'), '/src/app/hello')?.size ?? 0;
    expect(entry(plain, '/src/app/hello')?.size).toBeLessThan(plainBefore);
    expect(run('strip nothing', [], '/').exitCode).toBe(1);
  });

  it('checkinstall installs and writes a .deb named from the folder', () => {
    const out = run('./configure && make && checkinstall -D -y --pakdir=/tmp', project('/src/zlib-1.3', [CONFIGURE]));
    expect(out.exitCode).toBe(0);
    estimated(out, '/tmp/zlib_1.3-1_amd64.deb');
    estimated(out, '/usr/local/bin/zlib');
    const noMake = run('checkinstall -D -y', project('/src/zlib-1.3'));
    expect(noMake.exitCode).toBe(2);
  });
});
