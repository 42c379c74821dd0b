/**
 * Single C/C++ tools: the compiler driver (`gcc -o out file.c`, `-c`), `strip`, and
 * `checkinstall` (runs `make install`, then packages the installed files as a .deb). Sizes come
 * from nativeModel and are estimates.
 */
import { getEntry, locate } from '../../../fs';
import { abs, addTime, noteEstimate, notSimulated, parseArgs, print, printErr, putFile } from './api';
import { makeCmd, ninjaCmd } from './nativeBuild';
import { cmakeCmd } from './nativeCmake';
import { BINARY_RATIO, compileModel, compileMs, DEB_RATIO, HELLO_BYTES, INSTALL_EXTRA, OBJECT_RATIO, projectName, STRIP_KEEPS, UNKNOWN_CWD, unknownCwd } from './nativeModel';
import { buildInfo, installTree, programBytes, writeOutput } from './nativeOutputs';
import type { Handler, Invocation } from './types';

/** A static glibc hello world is ~800 kB on x86-64; musl's ~30 kB (estimates). */
const STATIC_LIBC = { glibc: 800_000, musl: 30_000 };
/** Stripping a program built without -g drops only its symbol tables: it keeps ~85% (estimate). */
const STRIP_KEEPS_NO_DEBUG = 0.85;
const UNLISTED_INPUT = 10_000;
/** Share of linked object bytes that end up in the program (relocations and symbols drop; estimate). */
const OBJECT_TO_PROGRAM = 0.7;

/** Bytes of an input; a file inside an unlisted tree counts ~10 kB (estimate); null when missing. */
function fileSize(inv: Invocation, path: string): number | null {
  const loc = locate(inv.sh.shared.tree, abs(inv, path));
  if (loc.status === 'in-bulk') return UNLISTED_INPUT;
  if (loc.status !== 'found') return null;
  return loc.entry.kind === 'file' ? loc.entry.size : UNLISTED_INPUT;
}

export const ccCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['o', 'I', 'L', 'l', 'D', 'U', 'std', 'x', 'MF', 'MT', 'include', 'isystem', 'target', 'march', 'mtune']);
  const inputs = p.operands.filter((o) => /\.(c|cc|cpp|cxx|C|s|S|m|o|a|so)$/.test(o));
  const out = p.values.get('o')?.[0];
  if (inputs.length === 0 && out === undefined) return 0;
  let src = 0;
  let objs = 0;
  for (const f of inputs) {
    const size = fileSize(inv, f);
    if (size === null) {
      printErr(inv, `${inv.name}: error: ${f}: No such file or directory\n`);
      if (inputs.length === 1) printErr(inv, `${inv.name}: fatal error: no input files\ncompilation terminated.\n`);
      return 1;
    }
    if (/\.(o|a|so)$/.test(f)) objs += size;
    else src += size;
  }
  const debug = p.flags.has('g') || [...p.flags].some((f) => /^g(gdb|dwarf|\d)/.test(f));
  const profile = debug ? 'debug' : 'release';
  const compileOnly = p.flags.has('c') || p.flags.has('S') || p.flags.has('E');
  if (compileOnly) {
    const target = out ?? (inputs[0] ?? 'a.c').replace(/^.*\//, '').replace(/\.\w+$/, '.o');
    writeOutput(inv, target, Math.round(src * OBJECT_RATIO[profile]), 1, `${inv.name} -c: ${OBJECT_RATIO[profile]}x the source (${debug ? '-g' : 'no -g'}; estimate)`, true, debug);
  } else {
    const musl = inv.name === 'musl-gcc' || inv.sh.shared.ctx.osFamily === 'alpine';
    const staticLibc = p.flags.has('static') ? STATIC_LIBC[musl ? 'musl' : 'glibc'] : 0;
    let size = HELLO_BYTES + Math.round(src * BINARY_RATIO[profile] + objs * OBJECT_TO_PROGRAM) + staticLibc;
    if (p.flags.has('s')) size = Math.round(size * (debug ? STRIP_KEEPS : STRIP_KEEPS_NO_DEBUG));
    writeOutput(inv, out ?? 'a.out', size, 1, `${inv.name}: ${HELLO_BYTES / 1000} kB + ${BINARY_RATIO[profile]}x the source${staticLibc > 0 ? ` + ${staticLibc / 1000} kB static libc` : ''} (estimate)`, true, debug && !p.flags.has('s'));
  }
  noteEstimate(inv, `${inv.name}: the output is sized by a model (objects ${OBJECT_RATIO[profile]}x, programs ${HELLO_BYTES / 1000} kB + ${BINARY_RATIO[profile]}x the source; ${debug ? '-g' : 'no -g'}; estimate)`);
  addTime(inv, compileMs(src, 1) - (compileOnly ? 2000 : 0) + 300, `${inv.name}: ${compileModel(1)}`);
  return 0;
};

export const stripCmd: Handler = (inv) => {
  const files = inv.args.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    printErr(inv, 'Usage: strip <option(s)> in-file(s)\n');
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const e = getEntry(inv.sh.shared.tree, abs(inv, f));
    if (e === undefined) {
      if (fileSize(inv, f) === null) {
        printErr(inv, `strip: '${f}': No such file\n`);
        status = 1;
      }
      continue;
    }
    if (e.kind !== 'file') continue;
    const debug = e.origin?.debugInfo === true;
    const keep = debug ? STRIP_KEEPS : STRIP_KEEPS_NO_DEBUG;
    const size = Math.round(e.size * keep);
    putFile(inv, f, { size, seed: `stripped ${e.path} ${e.size} ${size}`, mode: e.mode }, { ...(e.origin ?? {}), category: e.origin?.category ?? 'build-output', estimated: true, debugInfo: false, sizeSource: `strip kept ${keep * 100}% (estimate)` });
    noteEstimate(inv, `strip: ${f} keeps ~${keep * 100}% of its bytes (${debug ? 'debug info and symbols' : 'symbol tables'} removed; estimate)`);
  }
  return status;
};

function valueOf(args: readonly string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export const checkinstallCmd: Handler = (inv) => {
  if (unknownCwd(inv)) return notSimulated(inv, UNKNOWN_CWD);
  const at = inv.args.findIndex((a) => !a.startsWith('-'));
  const opts = at < 0 ? inv.args : inv.args.slice(0, at);
  const command = at < 0 ? [] : inv.args.slice(at);
  const [prog = 'make', ...rest] = command.length > 0 ? command : ['make', 'install'];
  const dir = inv.sh.cwd;
  const sub: Invocation = { ...inv, name: prog, argv: [prog, ...rest], args: rest };
  const runner = prog === 'make' ? makeCmd : prog === 'ninja' ? ninjaCmd : prog === 'cmake' ? cmakeCmd : undefined;
  const status = runner !== undefined ? runner(sub) : (installTree(inv, buildInfo(inv, dir), '', `checkinstall ${prog}`), 0);
  if (status !== 0) {
    printErr(inv, '\n****  Installation failed. Aborting package creation.\n');
    return status;
  }
  const base = dir.replace(/\/+$/, '').split('/').pop() ?? '';
  const name = valueOf(opts, 'pkgname') ?? projectName(dir);
  // checkinstall takes the version from a `name-version` folder; 1.0 is assumed otherwise.
  const version = valueOf(opts, 'pkgversion') ?? /-v?(\d[\w.]*)$/.exec(base)?.[1] ?? '1.0';
  const release = valueOf(opts, 'pkgrelease') ?? '1';
  const arch = valueOf(opts, 'arch') ?? 'amd64';
  const pakdir = abs(inv, valueOf(opts, 'pakdir') ?? dir);
  const installed = Math.round(programBytes(inv, buildInfo(inv, dir)) * (1 + INSTALL_EXTRA));
  const deb = `${pakdir}/${name}_${version}-${release}_${arch}.deb`;
  writeOutput(inv, deb, Math.round(installed * DEB_RATIO), 1, `checkinstall .deb: ${DEB_RATIO * 100}% of the installed bytes (compressed; estimate)`, true);
  noteEstimate(inv, `checkinstall: the .deb is sized at ${DEB_RATIO * 100}% of the estimated installed files (estimate)`);
  addTime(inv, 3000 + installed / 10_000, 'checkinstall: 3 s + compress at 10 MB/s (estimate)');
  print(inv, `\n**********************************************************************\n\n Done. The new package has been installed and saved to\n\n ${deb}\n\n You can remove it from your system anytime using: \n\n      dpkg -r ${name}\n\n**********************************************************************\n`);
  return 0;
};
