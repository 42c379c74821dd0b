/**
 * Reads a real directory as a build context for `stagecraft build --context DIR`: every file the
 * directory's .dockerignore lets through (ignored directories are not even walked, unless the
 * ignore file has `!` exceptions), with its size, mode and a content digest; small text files
 * (< 64 KiB, no NUL byte) also keep their text so the simulated shell can read them.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createBuildContext, createMatcher, parseDockerignore, type BuildContext, type ContextFileInput } from '../../engine/context';

const TEXT_LIMIT = 64 * 1024;
/** A safety bound: contexts beyond this many files are cut (and reported). */
const MAX_FILES = 50_000;

export interface ContextDirResult {
  context: BuildContext;
  files: number;
  /** Warnings for the user (unreadable entries, the file bound). */
  warnings: string[];
}

function describeFile(path: string, mode: number, size: number): ContextFileInput {
  const bytes = readFileSync(path);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (size < TEXT_LIMIT && !bytes.includes(0)) return { size, mode, content: bytes.toString('utf8'), digest };
  return { size, mode, digest };
}

export function readContextDir(root: string, dockerignore = '.dockerignore'): ContextDirResult {
  const warnings: string[] = [];
  const ignorePath = join(root, dockerignore);
  const patterns = existsSync(ignorePath) ? parseDockerignore(readFileSync(ignorePath, 'utf8')).patterns : [];
  const matcher = createMatcher(patterns);
  const files: Record<string, ContextFileInput> = {};
  const dirs: string[] = [];
  let count = 0;
  const visit = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel)).sort();
    } catch (error) {
      warnings.push(`cannot read ${rel || '.'}: ${(error as Error).message}`);
      return;
    }
    for (const name of names) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const full = join(root, path);
      const stat = lstatSync(full);
      const ignored = patterns.length > 0 && matcher.matches(path, stat.isDirectory());
      if (stat.isDirectory()) {
        if (ignored && matcher.skipsSubtree(path)) continue;
        dirs.push(path);
        visit(path);
      } else if (!ignored) {
        if (++count > MAX_FILES) {
          if (count === MAX_FILES + 1) warnings.push(`the context has more than ${MAX_FILES} files; the rest are left out`);
          continue;
        }
        const mode = stat.mode & 0o7777;
        if (stat.isSymbolicLink()) files[path] = { size: 0, mode, content: readlinkSync(full) };
        else if (stat.isFile()) files[path] = describeFile(full, mode, stat.size);
      }
    }
  };
  visit('');
  return { context: createBuildContext(files, { dirs }), files: Object.keys(files).length, warnings };
}
