/**
 * git: `clone` writes the repository as a bulk entry (a shallow `--depth 1` clone ~5 MB, a full
 * one ~20 MB with its history; estimates), and fails without network like git does; other
 * subcommands (checkout, config, submodule, rev-parse ...) change nothing we model.
 */
import { getEntry, listDir } from '../../../fs';
import { addTime, abs, noteEstimate, parseArgs, print, printErr, putBulk } from './api';
import { hostOf } from './download';
import type { Handler } from './types';

export const gitCmd: Handler = (inv) => {
  const args = inv.args.filter((a, i) => !(a === '-C' || inv.args[i - 1] === '-C' || a === '-c' || inv.args[i - 1] === '-c'));
  const [sub, ...rest] = args;
  if (sub === 'clone') {
    const p = parseArgs(rest, ['depth', 'b', 'branch', 'c', 'config', 'origin', 'o', 'reference', 'filter', 'jobs', 'j', 'shallow-since']);
    const [url = '', dirArg] = p.operands;
    if (inv.sh.shared.ctx.network === 'none') {
      printErr(inv, `Cloning into '${dirArg ?? url.split('/').pop()?.replace(/\.git$/, '') ?? ''}'...\nfatal: unable to access '${url}/': Could not resolve host: ${hostOf(url)}\n`);
      return 128;
    }
    const dir = abs(inv, dirArg ?? url.replace(/\/+$/, '').split('/').pop()?.replace(/\.git$/, '') ?? 'repo');
    const existing = getEntry(inv.sh.shared.tree, dir);
    const empty = existing?.kind === 'dir' && (listDir(inv.sh.shared.tree, dir) ?? []).length === 0;
    if (existing !== undefined && !empty) {
      printErr(inv, `fatal: destination path '${dirArg ?? dir}' already exists and is not an empty directory.\n`);
      return 128;
    }
    const shallow = p.values.has('depth');
    const size = shallow ? 5_000_000 : 20_000_000;
    print(inv, `Cloning into '${dirArg ?? dir.split('/').pop() ?? ''}'...\n`);
    putBulk(inv, dir, { size, fileCount: shallow ? 400 : 1200, source: `git clone ${url} (${shallow ? 'shallow ~5 MB' : 'full history ~20 MB'}; estimate)` }, { category: 'downloads', url, packageName: url.split('/').pop() ?? url });
    noteEstimate(inv, `git clone ${url}: repository sized at ~${size / 1e6} MB (estimate)`);
    addTime(inv, 1000 + size / 20_000, 'git clone at 20 MB/s (estimate)');
    return 0;
  }
  if (sub === 'rev-parse') {
    print(inv, `${rest.includes('--short') ? '0123abc' : '0123abcd0123abcd0123abcd0123abcd0123abcd'}\n`);
    return 0;
  }
  if (sub === 'describe') {
    print(inv, 'v0.0.0-simulated\n');
    return 0;
  }
  return 0;
};
