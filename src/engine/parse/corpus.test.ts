import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { dump, dumpInstruction, parseDockerfile } from './index';
import { fromBytes, toBytes } from './utf8';

interface TruthHeredoc {
  name: string;
  fileDescriptor: number;
  expand: boolean;
  chomp: boolean;
  content: string;
}
interface TruthNode {
  value: string;
  original: string;
  startLine: number;
  endLine: number;
  flags: string[];
  prevComment?: string[];
  dump: string;
  attributes?: { json?: boolean } | null;
  heredocs?: TruthHeredoc[];
}
interface Truth {
  file: string;
  ok: boolean;
  error?: string;
  dump: string;
  dumpValidUTF8: boolean;
  escapeToken: string;
  warnings: string[];
  nodes: TruthNode[];
}

const truths: Truth[] = hasShared
  ? readFileSync(sharedPath('corpus', 'truth.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Truth)
  : [];

/**
 * What Go's encoding/json writes for a string holding invalid UTF-8: U+FFFD per bad byte. A dump
 * should never need it (Quote escapes bad bytes as \xHH and ToLower maps them to U+FFFD), so
 * `dumpValidUTF8` is true for the whole corpus; this keeps a lossy entry comparable if one appears.
 */
function asGoJsonString(s: string): string {
  return fromBytes(toBytes(s)).replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, '\ufffd');
}

describe.skipIf(!hasShared)('corpus conformance (truth.jsonl from BuildKit)', () => {
  it('has the corpus', () => expect(truths.length).toBeGreaterThan(200));

  it.each(truths.map((t) => [t.file, t] as const))('%s', (file, truth) => {
    const result = parseDockerfile(readFileSync(sharedPath('corpus', file)));
    expect(result.ok).toBe(truth.ok);
    expect(result.escapeToken).toBe(truth.escapeToken);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings).toEqual(truth.warnings);
    if (!truth.ok) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      expect(errors.some((m) => truth.error?.includes(m))).toBe(true);
      return;
    }
    const ours = dump(result);
    expect(truth.dumpValidUTF8 ? ours : asGoJsonString(ours)).toBe(truth.dump);
    expect(result.instructions).toHaveLength(truth.nodes.length);
    truth.nodes.forEach((want, i) => {
      const node = result.instructions[i];
      expect(node, `node ${i}`).toBeDefined();
      if (!node) return;
      expect({
        value: node.keyword,
        original: node.original,
        startLine: node.startLine,
        endLine: node.endLine,
        flags: node.flags,
        prevComment: node.prevComment,
        dump: dumpInstruction(node),
        json: node.isJson,
        heredocs: node.heredocs,
      }).toEqual({
        value: want.value,
        original: want.original,
        startLine: want.startLine,
        endLine: want.endLine,
        flags: want.flags,
        prevComment: want.prevComment ?? [],
        dump: want.dump,
        json: want.attributes?.json === true,
        heredocs: (want.heredocs ?? []).map((h) => ({
          name: h.name,
          content: h.content,
          expand: h.expand,
          chomp: h.chomp,
          fileDescriptor: h.fileDescriptor,
        })),
      });
    });
  });
});
