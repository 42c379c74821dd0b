/**
 * Where a C/C++ build's outputs go, and the build state later commands read back: the prefix and
 * profile configure/cmake/meson recorded in the files they wrote (config.status, CMakeCache.txt,
 * build.ninja), and the outputs make/cmake/ninja write (sized by nativeModel).
 */
import { getEntry, locate, parentPath } from '../../../fs';
import { abs, addTime, noteEstimate, putBulk, putFile, readText } from './api';
import { BINARY_RATIO, BULK_SOURCE_SHARE, compileModel, compileMs, HELLO_BYTES, INSTALL_EXTRA, OBJECT_RATIO, projectName, sourceBytes, type Profile } from './nativeModel';
import type { Invocation } from './types';

export interface BuildInfo {
  /** Folder of the sources. */
  source: string;
  /** Folder the build writes into. */
  build: string;
  prefix: string;
  profile: Profile;
  /** Where the object files go (one bulk entry: their names are unknown). */
  objects: string;
}

const EST = { category: 'build-output', estimated: true };

function field(text: string | null | undefined, re: RegExp): string | undefined {
  return typeof text === 'string' ? re.exec(text)?.[1] : undefined;
}

/** What configure/cmake/meson left in `dir` (defaults: in-tree build, /usr/local, release). */
export function buildInfo(inv: Invocation, dir: string): BuildInfo {
  const cache = readText(inv, `${dir}/CMakeCache.txt`);
  if (typeof cache === 'string') {
    const type = (field(cache, /^CMAKE_BUILD_TYPE:\w+=(.*)$/m) ?? '').toLowerCase();
    return {
      source: field(cache, /^CMAKE_HOME_DIRECTORY:\w+=(.*)$/m) ?? dir, build: dir,
      prefix: field(cache, /^CMAKE_INSTALL_PREFIX:\w+=(.*)$/m) ?? '/usr/local',
      profile: type === 'debug' || type === 'relwithdebinfo' ? 'debug' : 'release', objects: `${dir}/CMakeFiles`,
    };
  }
  const ninja = readText(inv, `${dir}/build.ninja`);
  const meson = field(ninja, /^# meson source: (.*)$/m);
  if (meson !== undefined) {
    return { source: meson, build: dir, prefix: field(ninja, /^# meson prefix: (.*)$/m) ?? '/usr/local', profile: field(ninja, /^# meson buildtype: (.*)$/m) === 'debug' ? 'debug' : 'release', objects: `${dir}/${projectName(meson)}.p` };
  }
  const status = readText(inv, `${dir}/config.status`);
  const makefile = readText(inv, `${dir}/Makefile`) ?? readText(inv, `${dir}/makefile`) ?? readText(inv, `${dir}/GNUmakefile`);
  const prefix = field(status, /^prefix='([^']*)'/m) ?? field(makefile, /^\s*(?:prefix|PREFIX)\s*[:?]?=\s*(\S+)/m) ?? '/usr/local';
  // autoconf's default CFLAGS are `-g -O2`; a hand-written Makefile is taken as built without -g.
  const debug = status !== null || /(^|\s)-g(\s|$)/m.test(typeof makefile === 'string' ? makefile : '');
  return { source: dir, build: dir, prefix, profile: debug ? 'debug' : 'release', objects: `${dir}/.objects` };
}

/** Write a file or bulk entry; inside an unlisted tree, the containing bulk entry grows instead. */
export function writeOutput(inv: Invocation, path: string, size: number, files: number, source: string, asFile: boolean, debugInfo = false): void {
  const p = abs(inv, path);
  const r = asFile ? putFile(inv, p, { size, seed: `${source}\u0000${p}`, mode: 0o755 }, { ...EST, sizeSource: source, debugInfo }) : putBulk(inv, p, { size, fileCount: files, source }, EST);
  if (r.ok) return;
  const loc = locate(inv.sh.shared.tree, parentPath(p));
  if (loc.status !== 'in-bulk') return;
  const b = loc.bulk;
  putBulk(inv, b.path, { size: b.size + size, fileCount: b.fileCount + files, source: `${b.source}; + ${source}`, seed: `${b.digest}+${p}` }, { ...EST, note: `grew by the build outputs written inside it (${path})` });
}

export interface Built {
  name: string;
  binary: number;
}

/** Program names a listed CMakeLists.txt declares (`add_executable(name ...)`). */
function executables(inv: Invocation, source: string): string[] {
  const text = readText(inv, `${source}/CMakeLists.txt`);
  if (typeof text !== 'string') return [];
  return [...text.matchAll(/add_executable\s*\(\s*([\w.+-]+)/g)].map((m) => m[1] ?? '').filter((n) => n !== '' && !n.includes('$'));
}

/** Compile and link the sources `info` names; undefined when no C/C++ source can be there. */
export function compile(inv: Invocation, info: BuildInfo, jobs: number, tool: string, target?: string): Built | undefined {
  const src = sourceBytes(inv, info.source);
  if (!src.present) return undefined;
  const name = target ?? executables(inv, info.source)[0] ?? projectName(info.source);
  const objects = Math.round(src.bytes * OBJECT_RATIO[info.profile]);
  const binary = Math.max(HELLO_BYTES, Math.round(src.bytes * BINARY_RATIO[info.profile]));
  const how = info.profile === 'debug' ? '-g -O2' : 'no -g';
  writeOutput(inv, info.objects, objects, Math.max(1, Math.round(src.bytes / 20_000)), `object files of ${name}: ${OBJECT_RATIO[info.profile]}x its C/C++ source (${how}; estimate)`, false);
  const programs = target !== undefined ? [target] : executables(inv, info.source);
  const names = programs.length > 0 ? programs : [name];
  // Several executables share the sources: each gets an equal part of the program estimate.
  const each = Math.max(HELLO_BYTES, Math.round(binary / names.length));
  for (const n of names) writeOutput(inv, `${info.build}/${n}`, each, 1, `${n} linked: ${BINARY_RATIO[info.profile]}x the C/C++ source${names.length > 1 ? `, split over ${names.length} programs` : ''} (${how}; estimate)`, true, info.profile === 'debug');
  noteEstimate(inv, `${tool}: the build outputs are sized by a model (objects ${OBJECT_RATIO[info.profile]}x, program ${BINARY_RATIO[info.profile]}x the ${(src.bytes / 1e6).toFixed(2)} MB of C/C++ source${src.guessed ? `, itself ${BULK_SOURCE_SHARE * 100}% of an unlisted source tree` : ''}; ${how}; estimate)`);
  addTime(inv, compileMs(src.bytes, jobs), `${tool}: ${compileModel(jobs)}`);
  return { name, binary };
}

/** The linked program's estimated size. */
export function programBytes(inv: Invocation, info: BuildInfo): number {
  return Math.max(HELLO_BYTES, Math.round(sourceBytes(inv, info.source).bytes * BINARY_RATIO[info.profile]));
}

/** `make install` and friends: the program and ~20% of data/headers under DESTDIR + prefix. */
export function installTree(inv: Invocation, info: BuildInfo, destdir: string, tool: string): number {
  const name = executables(inv, info.source)[0] ?? projectName(info.source);
  const binary = programBytes(inv, info);
  const root = `${destdir.replace(/\/+$/, '')}${info.prefix}`;
  const extra = Math.round(binary * INSTALL_EXTRA);
  const bin = `${root}/bin/${name}`;
  if (getEntry(inv.sh.shared.tree, abs(inv, bin))?.kind !== 'dir') writeOutput(inv, bin, binary, 1, `${name} installed by ${tool} (estimate)`, true, info.profile === 'debug');
  writeOutput(inv, `${root}/share/${name}`, extra, Math.max(1, Math.round(extra / 8000)), `${name}'s headers, docs and data: ${INSTALL_EXTRA * 100}% of the program (estimate)`, false);
  noteEstimate(inv, `${tool}: the installed files under ${root} are sized by a model (the program plus ${INSTALL_EXTRA * 100}% headers/docs/data; estimate)`);
  addTime(inv, 500 + (binary + extra) / 150_000, `${tool}: 0.5 s + copy at 150 MB/s (estimate)`);
  return binary + extra;
}
