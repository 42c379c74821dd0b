import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../engine/parse';
import { contextUse } from './contextUse';
import { dockerfileInputs } from './dockerfileInputs';
import { fileBytes } from './files';
import { contextById, exampleContexts, ownExamples } from './index';
import type { OwnExample } from './types';

const byId = (id: string): OwnExample => ownExamples.find((e) => e.id === id) as OwnExample;

describe('our own examples', () => {
  it('are the five kinds the catalogue needs, with ids distinct from the shared ones', () => {
    expect(ownExamples.map((e) => e.id)).toEqual(['python-venv', 'rust-cargo', 'java-maven', 'distroless-node', 'scratch-go']);
    const shared = new Set(exampleContexts.map((c) => c.id));
    expect(ownExamples.filter((e) => shared.has(e.id))).toEqual([]);
    expect(contextById('scratch-go')).toBe(byId('scratch-go'));
    expect(contextById('no-such-example')).toBeUndefined();
  });

  describe.each(ownExamples.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    const use = contextUse(example.dockerfile, example.files);
    const inputs = dockerfileInputs(example.dockerfile);

    it('has a Dockerfile that parses without diagnostics', () => {
      const parsed = parseDockerfile(example.dockerfile);
      expect(parsed.ok).toBe(true);
      expect(parsed.diagnostics).toEqual([]);
    });

    it('references only files its context holds (after .dockerignore)', () => {
      expect(inputs.copies.length).toBeGreaterThan(0);
      expect(use.ignoreError).toBeUndefined();
      expect(use.missing).toEqual([]);
    });

    it('builds on multiple stages and ends on a small runtime base', () => {
      expect(inputs.froms.length).toBe(2);
      expect(inputs.froms[1]).toMatch(/^(scratch|debian:bookworm-slim|python:3\.12-slim|eclipse-temurin:21-jre|gcr\.io\/distroless\/)/);
    });

    it('stays the size of a small project', () => {
      const bytes = Object.values(example.files).reduce((sum, f) => sum + fileBytes(f), 0);
      expect(Object.keys(example.files).length).toBeLessThan(60);
      expect(bytes).toBeLessThan(200_000);
    });
  });

  it('python-venv pins every requirement and copies the app package the CMD imports', () => {
    const ex = byId('python-venv');
    const reqs = (ex.files['requirements.txt']?.content ?? '').split('\n').filter((l) => /^[a-z]/i.test(l));
    expect(reqs.map((l) => l.split('==')[0])).toEqual(expect.arrayContaining(['fastapi', 'uvicorn', 'pydantic', 'starlette']));
    expect(reqs.every((l) => /^[\w.-]+==[\w.]+$/.test(l))).toBe(true);
    expect(ex.dockerfile).toContain('"app.main:app"');
    expect(ex.files['app/main.py']?.content).toMatch(/^app = FastAPI\(/m);
  });

  it('java-maven names the jar it copies in pom.xml', () => {
    const ex = byId('java-maven');
    const jar = /COPY --from=build \/build\/target\/([\w.-]+)\.jar/.exec(ex.dockerfile)?.[1];
    expect(ex.files['pom.xml']?.content).toContain(`<finalName>${jar}</finalName>`);
  });

  it('rust-cargo builds the crate Cargo.toml names, and copies that binary', () => {
    const ex = byId('rust-cargo');
    const name = /^name = "([\w-]+)"/m.exec(ex.files['Cargo.toml']?.content ?? '')?.[1];
    expect(ex.dockerfile).toContain(`/src/target/release/${name} `);
    expect(ex.files['Cargo.lock']?.content).toContain(`[[package]]\nname = "${name}"\nversion = "0.4.0"\ndependencies = [`);
  });

  it('scratch-go copies the CA bundle and runs as a numeric user', () => {
    const ex = byId('scratch-go');
    expect(ex.dockerfile).toContain('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/');
    expect(ex.dockerfile).toMatch(/^USER \d+:\d+$/m);
    expect(ex.dockerfile).toMatch(/CGO_ENABLED=0 go build/);
  });
});

describe('contextUse', () => {
  const files = {
    'go.mod': { content: 'module example.com/x\n\ngo 1.22\n' },
    'main.go': { content: 'package main\n' },
    'web/index.html': { content: '<p>hi</p>\n' },
    'notes.md': { content: '# notes\n' },
    '.dockerignore': { content: '*.md\n' },
  };

  it('expands . and directories to the files they copy', () => {
    expect(contextUse('FROM scratch\nCOPY . /app\n', files).copied).toEqual(['.dockerignore', 'go.mod', 'main.go', 'web/index.html']);
    expect(contextUse('FROM scratch\nCOPY web /srv\n', files).copied).toEqual(['web/index.html']);
  });

  it('reports sources the context lacks or the ignore file removes, and skips --from and URLs', () => {
    const use = contextUse(
      'FROM scratch\nCOPY go.mod go.sum ./\nCOPY notes.md *.txt /\nCOPY --from=build /out /out\nADD https://example.com/a.tgz /\n',
      files,
    );
    expect(use.missing).toEqual([
      { line: 2, source: 'go.sum' },
      { line: 3, source: 'notes.md' },
      { line: 3, source: '*.txt' },
    ]);
  });
});
