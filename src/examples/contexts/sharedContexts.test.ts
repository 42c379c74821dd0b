import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../engine/testing/sharedDir';
import { contextUse } from './contextUse';
import { fileBytes } from './files';
import { contextById, exampleContexts } from './index';
import type { ExampleContext } from './types';

const readShared = (...parts: string[]): string => readFileSync(sharedPath(...parts), 'utf8');

/** The example folders named in the first column of shared/examples/README.md's table, in order. */
function readmeOrder(): string[] {
  return readShared('examples', 'README.md')
    .split('\n')
    .map((line) => /^\| ([a-z0-9-]+) \|/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined && id !== 'folder');
}

const folders = hasShared
  ? readdirSync(sharedPath('examples'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(sharedPath('examples', d.name, 'Dockerfile')))
      .map((d) => d.name)
  : [];

/** `npm run <script>` names in a command line. */
function npmRunScripts(run: string): string[] {
  return [...run.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string);
}

function parseJson(example: ExampleContext, path: string): Record<string, unknown> {
  const content = example.files[path]?.content;
  expect(content, `${example.id}: ${path} has content`).toBeTypeOf('string');
  return JSON.parse(content as string) as Record<string, unknown>;
}

describe.skipIf(!hasShared)('contexts of the shared examples', () => {
  it('has one context per example folder, in the README order', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(readmeOrder().sort()).toEqual([...folders].sort());
    expect(exampleContexts.map((c) => c.id)).toEqual(readmeOrder());
  });

  describe.each(folders)('%s', (id) => {
    const example = contextById(id) as ExampleContext;
    const dockerfile = readShared('examples', id, 'Dockerfile');
    const use = contextUse(dockerfile, example.files);

    it('exists, with a one-line description', () => {
      expect(example.id).toBe(id);
      expect(example.description).not.toContain('\n');
      expect(Object.keys(example.files).length).toBeGreaterThan(0);
    });

    it('holds every local COPY/ADD source of the Dockerfile, after .dockerignore', () => {
      expect(use.ignoreError).toBeUndefined();
      expect(use.missing).toEqual([]);
    });

    it('stays the size of a small project (paths relative, under 100 files and 400 KB)', () => {
      const paths = Object.keys(example.files);
      expect(paths.length).toBeLessThan(100);
      expect(paths.filter((p) => p.startsWith('/') || p.startsWith('./') || p.includes('\\'))).toEqual([]);
      const bytes = Object.values(example.files).reduce((sum, f) => sum + fileBytes(f), 0);
      expect(bytes).toBeLessThan(400_000);
      expect(paths.filter((p) => /(^|\/)Dockerfile$/.test(p))).toEqual([]);
    });

    it('has the package.json scripts and lockfile the npm commands need', () => {
      const runs = use.runs.join('\n');
      const manifests = use.copied.filter((p) => p === 'package.json' || p.endsWith('/package.json'));
      for (const script of npmRunScripts(runs)) {
        const withScript = manifests.filter((p) => {
          const scripts = parseJson(example, p).scripts as Record<string, string> | undefined;
          return typeof scripts?.[script] === 'string';
        });
        expect(withScript, `a copied package.json defines scripts.${script}`).not.toEqual([]);
      }
      if (/\bnpm ci\b/.test(runs)) {
        for (const manifest of manifests) {
          expect(use.copied).toContain(manifest.replace(/package\.json$/, 'package-lock.json'));
        }
      }
      for (const path of Object.keys(example.files).filter((p) => p.endsWith('.json'))) {
        expect(() => parseJson(example, path), path).not.toThrow();
      }
    });

    it('has a go.mod naming the module wherever modules exist (not for the GOPATH-era golang:1.7)', () => {
      if (!/\bgo (build|mod download)\b/.test(use.runs.join('\n'))) return;
      const goMod = example.files['go.mod']?.content;
      if (dockerfile.includes('golang:1.7')) {
        expect(goMod).toBeUndefined();
        return;
      }
      expect(goMod).toMatch(/^module [\w./-]+\n\ngo 1\.\d+\n/);
      const sum = example.files['go.sum']?.content ?? '';
      for (const [, path, version] of (goMod as string).matchAll(/^\s*(?:require )?([\w.-]+\.[\w./-]+) (v[\w.+-]+)/gm)) {
        expect(sum, `go.sum lists ${path} ${version}`).toContain(`${path} ${version} h1:`);
      }
    });
  });
});
