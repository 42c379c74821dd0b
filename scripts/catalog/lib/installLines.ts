/**
 * Finds the packages the examples and the corpus install: words after `apt-get install`,
 * `apt install`, `apk add`, `pip install`, `npm install`. Continuation lines are joined first;
 * option words and shell syntax are dropped. The result is a candidate list: each generator
 * keeps only the names its package index knows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './common';

export function dockerfileTexts(): string[] {
  const texts: string[] = [];
  const corpus = sharedPath('corpus/files');
  for (const name of readdirSync(corpus).sort()) {
    if (name.endsWith('.Dockerfile')) texts.push(readFileSync(join(corpus, name), 'utf8'));
  }
  const examples = sharedPath('examples');
  for (const dir of readdirSync(examples).sort()) {
    try {
      texts.push(readFileSync(join(examples, dir, 'Dockerfile'), 'utf8'));
    } catch {
      // not an example folder
    }
  }
  return texts;
}

const commandPatterns: Record<string, RegExp> = {
  apt: /\bapt(?:-get)?\s+(?:-\S+\s+)*install\s+([^;&|)]*)/g,
  apk: /\bapk\s+(?:-\S+\s+)*add\s+([^;&|)]*)/g,
  pip: /\bpip3?\s+(?:-\S+\s+)*install\s+([^;&|)]*)/g,
};

/** Counts candidate package names per manager, most frequent first. */
export function installedNames(kind: keyof typeof commandPatterns): string[] {
  const counts = new Map<string, number>();
  for (const text of dockerfileTexts()) {
    const joined = text.replace(/\\\r?\n/g, ' ');
    for (const line of joined.split('\n')) {
      if (/^\s*#/.test(line)) continue;
      const pattern = new RegExp(commandPatterns[kind]!.source, 'g');
      for (const match of line.matchAll(pattern)) {
        for (const raw of (match[1] ?? '').split(/\s+/)) {
          if (raw === '' || raw.startsWith('-') || raw.includes('$')) continue;
          const name = raw.replace(/^['"]|['"]$/g, '').split(/[=<>~!;[]/)[0] ?? '';
          if (!/^[a-z0-9][a-z0-9.+_-]+$/.test(name)) continue;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}
