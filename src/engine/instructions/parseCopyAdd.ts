/**
 * COPY and ADD (BuildKit: instructions/parse.go `parseCopy`, `parseAdd`, `parseSourcesAndDest`).
 * The argument count is checked before the flags; heredoc markers among the sources become
 * inline files, and a heredoc destination is refused.
 */
import { chompHeredocContent, parseHeredoc } from '../parse/heredoc';
import { fromBytes, toBytes } from '../parse/utf8';
import type { FlagDef } from './parseFlags';
import { checkFlags, failure, success, type Parsed, type ParseRequest } from './parseRequest';
import type { AddInstruction, CopyInstruction, SourceContent } from './types';

const COPY_FLAGS: readonly FlagDef[] = [
  { name: 'chown', kind: 'string' },
  { name: 'from', kind: 'string' },
  { name: 'chmod', kind: 'string' },
  { name: 'link', kind: 'bool' },
  { name: 'exclude', kind: 'strings' },
  { name: 'parents', kind: 'bool' },
];

const ADD_FLAGS: readonly FlagDef[] = [
  { name: 'chown', kind: 'string' },
  { name: 'chmod', kind: 'string' },
  { name: 'link', kind: 'bool' },
  { name: 'keep-git-dir', kind: 'bool' },
  { name: 'checksum', kind: 'string' },
  { name: 'unpack', kind: 'bool' },
  { name: 'exclude', kind: 'strings' },
];

/** BuildKit's `MustParseHeredoc`: the marker a word stands for, or null (errors are dropped). */
function heredocMarker(word: string): { name: string; chomp: boolean; expand: boolean } | null {
  const doc = parseHeredoc(toBytes(word));
  if (doc === null || 'error' in doc) return null;
  return { name: fromBytes(doc.name), chomp: doc.chomp, expand: doc.expand };
}

interface Sources {
  sourcePaths: string[];
  sourceContents: SourceContent[];
  destPath: string;
}

function sourcesAndDest(req: ParseRequest, command: 'COPY' | 'ADD'): Parsed<Sources> {
  const destPath = req.args[req.args.length - 1] ?? '';
  if (heredocMarker(destPath) !== null) {
    return failure('SC2007', `${command} cannot accept a heredoc as a destination`);
  }
  const bodies = new Map(req.heredocs.map((h) => [h.name, h.content]));
  const sourcePaths: string[] = [];
  const sourceContents: SourceContent[] = [];
  for (const src of req.args.slice(0, -1)) {
    const marker = heredocMarker(src);
    if (marker === null) {
      sourcePaths.push(src);
      continue;
    }
    const body = bodies.get(marker.name) ?? '';
    sourceContents.push({
      path: marker.name,
      data: marker.chomp ? chompHeredocContent(body) : body,
      expand: marker.expand,
    });
  }
  return success({ sourcePaths, sourceContents, destPath });
}

function noDestination<T>(command: string): Parsed<T> {
  const message = `${command} requires at least two arguments, but only one was provided. Destination could not be determined`;
  return failure('SC2003', message);
}

export function parseCopy(req: ParseRequest): Parsed<CopyInstruction> {
  if (req.args.length < 2) return noDestination('COPY');
  const checked = checkFlags(req, COPY_FLAGS);
  if (!checked.ok) return checked;
  const flags = checked.value;
  const sources = sourcesAndDest(req, 'COPY');
  if (!sources.ok) return sources;
  return success({
    kind: 'copy',
    ...req.base,
    ...sources.value,
    from: flags.string('from'),
    chown: flags.string('chown'),
    chmod: flags.string('chmod'),
    link: flags.bool('link'),
    parents: flags.bool('parents'),
    exclude: flags.strings('exclude'),
  });
}

export function parseAdd(req: ParseRequest): Parsed<AddInstruction> {
  if (req.args.length < 2) return noDestination('ADD');
  const checked = checkFlags(req, ADD_FLAGS);
  if (!checked.ok) return checked;
  const flags = checked.value;
  const sources = sourcesAndDest(req, 'ADD');
  if (!sources.ok) return sources;
  return success({
    kind: 'add',
    ...req.base,
    ...sources.value,
    chown: flags.string('chown'),
    chmod: flags.string('chmod'),
    link: flags.bool('link'),
    exclude: flags.strings('exclude'),
    keepGitDir: flags.isUsed('keep-git-dir') ? flags.bool('keep-git-dir') : null,
    checksum: flags.string('checksum'),
    unpack: flags.isUsed('unpack') ? flags.bool('unpack') : null,
  });
}
