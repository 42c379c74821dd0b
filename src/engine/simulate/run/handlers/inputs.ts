/**
 * Reading a command's inputs: named files (`-` is standard input) or standard input when none
 * are named. Files whose text we do not keep (a binary, a file inside a bulk entry) are
 * "opaque": their bytes pass through pipes and redirections but cannot be searched or edited.
 */
import { locate } from '../../../fs';
import type { Data } from '../state';
import { abs, printErr } from './api';
import { busybox } from './fsCommon';
import type { Invocation } from './types';

export interface InputText {
  name: string;
  text: string;
  /** Bytes whose content we do not know. */
  opaque?: { size: number; seed: string };
}

/** The rest of standard input (what a previous reader left). */
export function stdinData(inv: Invocation): Data {
  const d = inv.io.stdin;
  const pos = d.pos ?? 0;
  d.pos = d.text.length;
  return pos === 0 ? d : { text: d.text.slice(pos), ...(d.opaque !== undefined ? { opaque: d.opaque } : {}) };
}

/** Read each operand (or stdin); missing files print the tool's error and set `failed`. */
export function readInputs(inv: Invocation, operands: readonly string[]): { inputs: InputText[]; failed: boolean } {
  const inputs: InputText[] = [];
  let failed = false;
  const names = operands.length === 0 ? ['-'] : operands;
  for (const name of names) {
    if (name === '-') {
      const d = stdinData(inv);
      inputs.push({ name: '(standard input)', text: d.text, ...(d.opaque !== undefined ? { opaque: d.opaque } : {}) });
      continue;
    }
    const path = abs(inv, name);
    const loc = locate(inv.sh.shared.tree, path);
    if (loc.status === 'in-bulk') {
      const size = Math.round(loc.bulk.size / Math.max(1, loc.bulk.fileCount));
      inputs.push({ name, text: '', opaque: { size, seed: path } });
      continue;
    }
    if (loc.status !== 'found') {
      printErr(inv, busybox(inv) && inv.name === 'cat' ? `cat: can't open '${name}': No such file or directory\n` : `${inv.name}: ${name}: No such file or directory\n`);
      failed = true;
      continue;
    }
    const e = loc.entry;
    if (e.kind === 'dir' || e.kind === 'bulk') {
      printErr(inv, `${inv.name}: ${name}: Is a directory\n`);
      failed = true;
      continue;
    }
    if (e.kind === 'file' && e.content !== undefined) inputs.push({ name, text: e.content });
    else inputs.push({ name, text: '', opaque: { size: e.size, seed: e.digest } });
  }
  return { inputs, failed };
}

/** Split text into lines without the trailing empty one. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

export function joinLines(list: readonly string[]): string {
  return list.length === 0 ? '' : `${list.join('\n')}\n`;
}
