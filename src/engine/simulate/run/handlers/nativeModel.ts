/**
 * The size and time model of C/C++ source builds. Nothing here is measured: every figure is an
 * estimate, and every handler that uses one says so with an SC5202 note.
 *
 * Sizes scale with the C/C++ source bytes of the tree being built. Basis:
 * - autoconf's AC_PROG_CC defaults CFLAGS to `-g -O2` (autoconf manual, "C Compiler"), so
 *   autotools builds carry DWARF debug info; debug info usually outweighs the code, so objects
 *   land near 1.5x the source and the linked programs near 1x (estimate).
 * - CMake's Release/MinSizeRel flags (`-O3 -DNDEBUG`, `-Os -DNDEBUG`) and an empty build type
 *   add no `-g`: objects near 0.5x the source, programs near 0.35x (estimate; -O2 machine code
 *   is typically a third to a half of the source text, which is mostly comments and whitespace).
 * - `strip` drops the symbol table and debug sections: a `-g -O2` program keeps ~35% (estimate).
 * - A dynamically linked hello world on x86-64 glibc is ~16 kB (gcc 12; the ELF headers,
 *   PLT/GOT and start files), the floor of every program size here.
 * Time: gcc/g++ at -O2 compile ~25 kB of source per second per core (estimate; headers dominate
 * real compile time), on at most 2 cores (a typical CI runner), plus ~2 s of linking.
 */
import { walk } from '../../../fs';
import { locate } from '../../../fs';
import { readText } from './api';
import { sourceFiles, totalBytes } from './sourceFiles';
import type { Invocation } from './types';

export const C_SOURCE = /\.(c|cc|cpp|cxx|c\+\+|C|h|hh|hpp|hxx|s|S)$/;
export const OBJECT_RATIO = { debug: 1.5, release: 0.5 };
export const BINARY_RATIO = { debug: 1.0, release: 0.35 };
export const STRIP_KEEPS = 0.35;
export const HELLO_BYTES = 16_000;
/** Share of an unlisted folder (a downloaded or placeholder source tree) taken as C/C++ source (estimate). */
export const BULK_SOURCE_SHARE = 0.6;
export const COMPILE_BYTES_PER_S = 25_000;
export const MAX_CORES = 2;
export const LINK_MS = 2000;
/** Installed files: the programs and libraries plus ~20% headers, docs and data (estimate). */
export const INSTALL_EXTRA = 0.2;
/** A .deb is gzip/xz-compressed: ~40% of the installed bytes (estimate; ELF code compresses ~2.5:1). */
export const DEB_RATIO = 0.4;

export type Profile = 'debug' | 'release';

export interface SourceEstimate {
  bytes: number;
  /** True when part of the figure comes from unlisted (bulk) content. */
  guessed: boolean;
  /** True when any C/C++ source is known or may be present. */
  present: boolean;
}

/** C/C++ source bytes under `dir`: listed files, plus a share of unlisted folders. */
export function sourceBytes(inv: Invocation, dir: string): SourceEstimate {
  const listed = totalBytes(sourceFiles(inv, dir, C_SOURCE));
  let bulk = 0;
  const loc = locate(inv.sh.shared.tree, dir);
  if (loc.status === 'in-bulk') bulk = loc.bulk.size;
  else if (loc.status === 'found' && loc.entry.kind === 'bulk') bulk = loc.entry.size;
  for (const e of walk(inv.sh.shared.tree, dir)) if (e.kind === 'bulk' && !/\/(\.objects|CMakeFiles|\.git|node_modules)(\/|$)/.test(e.path)) bulk += e.size;
  const guess = Math.round(bulk * BULK_SOURCE_SHARE);
  return { bytes: listed + guess, guessed: guess > 0, present: listed > 0 || bulk > 0 };
}

export function compileMs(bytes: number, jobs: number): number {
  return (bytes / COMPILE_BYTES_PER_S / Math.max(1, Math.min(jobs, MAX_CORES))) * 1000 + LINK_MS;
}

export function compileModel(jobs: number): string {
  return `compile at ${COMPILE_BYTES_PER_S / 1000} kB of C/C++ source/s per core on ${Math.max(1, Math.min(jobs, MAX_CORES))} core(s) + ${LINK_MS / 1000} s link (estimate)`;
}

/** `curl-8.4.0` -> `curl`: the program name a source folder suggests. */
export function projectName(dir: string): string {
  const base = dir.replace(/\/+$/, '').split('/').pop() ?? '';
  const name = base.replace(/[-_.]?v?\d[\w.]*$/, '').replace(/^build$/, '');
  return name === '' ? 'program' : name;
}

/** True when a file exists (listed, or possibly inside a bulk entry). */
export function exists(inv: Invocation, path: string): boolean {
  return readText(inv, path) !== null;
}

/**
 * WORKDIR always creates the working directory, so a missing one means the simulation does not
 * know this tree (its files came from somewhere it could not follow): nothing can be checked.
 */
export function unknownCwd(inv: Invocation): boolean {
  return readText(inv, inv.sh.cwd) === null;
}

/**
 * True when an earlier command of this RUN was not simulated: a build file the model finds
 * missing may have been written by it, so a failure would be the model's, not the build's.
 */
export function afterUnknownStep(inv: Invocation): boolean {
  return inv.sh.shared.notSimulated.length > 0;
}

export const UNKNOWN_CWD = 'the working directory is not in the filesystem, so its build files are unknown';

/** A `-j N` style job count from text (`-j4`, `-j 4`, `--parallel 4`); a bare `-j` counts as many. */
export function jobsOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : MAX_CORES;
}
