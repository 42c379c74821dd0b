/**
 * Small helpers for writing context files as data.
 */
import type { ContextFile } from './types';

/**
 * A tag for file bodies written as template literals: backslashes stay as written (so `"\n"` in
 * Go or Python source is kept literally), except that an escaped backtick and an escaped `${`
 * lose their backslash (the only way to write them inside the literal). The newline right after
 * the opening backtick is dropped, so a body can start on its own line.
 */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw({ raw: strings.raw }, ...values)
    .replace(/\\(`|\$\{)/g, '$1')
    .replace(/^\n/, '');
}

/** A text file. */
export function text(content: string): ContextFile {
  return { content };
}

/** An executable text file (a script, `artisan`, `mvnw`). */
export function executable(content: string): ContextFile {
  return { content, mode: 0o755 };
}

/** A binary file given by its size and an identity seed. */
export function binary(size: number, seed: string): ContextFile {
  return { size, seed };
}

/** A JSON file as npm, composer and friends write them: two-space indent, final newline. */
export function jsonFile(value: unknown, indent = 2): ContextFile {
  return { content: `${JSON.stringify(value, null, indent)}\n` };
}

/** The same files under a folder (`frontend/` + path). */
export function underDir(dir: string, files: Record<string, ContextFile>): Record<string, ContextFile> {
  const out: Record<string, ContextFile> = {};
  for (const [path, file] of Object.entries(files)) out[`${dir}/${path}`] = file;
  return out;
}

/** Bytes a file takes: its UTF-8 content length, or its declared size. */
export function fileBytes(file: ContextFile): number {
  if (file.content !== undefined) return new TextEncoder().encode(file.content).length;
  return file.size ?? 0;
}
