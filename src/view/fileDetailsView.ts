/**
 * The file details pane's view model: the engine's FileDetails for one path, worded for a person
 * (who made the file, which instruction brought it into this image, each layer that touched it,
 * its content when the simulator kept it). Nothing here decides anything the engine did not.
 */
import type { FileDetails, PathChange } from '../engine';
import { humanSize } from '../engine/report/humanSize';

export interface DetailLine {
  text: string;
  /** Dockerfile line to reveal when clicked. */
  line?: number;
}

export interface FileDetailsView {
  path: string;
  exists: boolean;
  kindText: string;
  sizeText: string;
  modeText: string;
  ownerText: string;
  madeBy: DetailLine;
  carriedBy?: DetailLine;
  history: (DetailLine & { status: PathChange['status'] })[];
  content?: string;
  contentTruncated: boolean;
  /** Why there is no content to show. */
  contentNote?: string;
}

/** Shown content is capped so a big config never floods the panel. */
export const MAX_CONTENT_CHARS = 4000;

const TYPE_CHAR = { file: '-', dir: 'd', symlink: 'l', bulk: 'd' } as const;

/** `-rw-r--r-- (0644)`: ls-style permissions, with setuid/setgid/sticky. */
export function modeString(kind: keyof typeof TYPE_CHAR, mode: number): string {
  const bits = ['r', 'w', 'x'];
  let out: string = TYPE_CHAR[kind];
  for (let shift = 6; shift >= 0; shift -= 3) {
    for (let b = 0; b < 3; b++) out += (mode >> (shift + 2 - b)) & 1 ? bits[b] : '-';
  }
  const special = [[0o4000, 3, 's'], [0o2000, 6, 's'], [0o1000, 9, 't']] as const;
  for (const [flag, at, ch] of special) {
    if (mode & flag) out = out.slice(0, at) + (out[at] === 'x' ? ch : ch.toUpperCase()) + out.slice(at + 1);
  }
  return `${out} (${(mode & 0o7777).toString(8).padStart(4, '0')})`;
}

function stageLabel(index: number | undefined, stageNames: readonly string[]): string {
  return index === undefined ? '' : `stage ${stageNames[index] ?? index}, `;
}

function changeLine(change: PathChange, stageNames: readonly string[]): DetailLine {
  const where = change.line === undefined ? 'base image' : `${stageLabel(change.stageIndex, stageNames)}line ${change.line}`;
  return { text: `${where}: ${change.createdBy}`, ...(change.line !== undefined ? { line: change.line } : {}) };
}

function madeByLine(details: FileDetails, baseImage: string): DetailLine {
  const origin = details.origin;
  if (details.fromBaseImage || origin?.category === 'base') return { text: `the base image${baseImage ? ` ${baseImage}` : ''}` };
  if (origin?.context === true && origin.line === undefined) return { text: 'the build context' };
  const parts: string[] = [];
  if (origin?.stage !== undefined) parts.push(`stage ${String(origin.stage)}`);
  if (typeof origin?.line === 'number') parts.push(`line ${origin.line}`);
  const head = parts.length > 0 ? parts.join(', ') : 'an earlier step';
  const what = typeof origin?.instruction === 'string' ? `: ${origin.instruction}` : '';
  const pkg = typeof origin?.packageName === 'string' ? ` (package ${origin.packageName})` : '';
  return { text: `${head}${what}${pkg}`, ...(typeof origin?.line === 'number' ? { line: origin.line } : {}) };
}

export function toFileDetailsView(path: string, details: FileDetails, stageNames: readonly string[], baseImage: string): FileDetailsView {
  const entry = details.entry;
  const history = details.history.map((c) => ({ ...changeLine(c, stageNames), status: c.status }));
  if (!entry) {
    return {
      path, exists: false, kindText: 'not in this image', sizeText: '', modeText: '', ownerText: '',
      madeBy: { text: details.history.length > 0 ? 'removed by a later layer' : 'not in this image' },
      history, contentTruncated: false,
    };
  }
  let kindText: string = entry.kind;
  if (entry.kind === 'symlink') kindText = `symlink → ${entry.target}`;
  if (entry.kind === 'bulk') kindText = `${entry.fileCount.toLocaleString('en-US')} files, not listed one by one (${entry.source})`;
  const content = entry.kind === 'file' ? entry.content : undefined;
  const view: FileDetailsView = {
    path,
    exists: true,
    kindText,
    sizeText: humanSize(entry.size),
    modeText: modeString(entry.kind, entry.mode),
    ownerText: `${entry.uid}:${entry.gid}`,
    madeBy: madeByLine(details, baseImage),
    history,
    contentTruncated: content !== undefined && content.length > MAX_CONTENT_CHARS,
  };
  if (details.carriedBy) view.carriedBy = changeLine(details.carriedBy, stageNames);
  if (content !== undefined) view.content = content.slice(0, MAX_CONTENT_CHARS);
  else if (entry.kind === 'file') view.contentNote = 'The simulator models this file by size only; its content is not known.';
  return view;
}
