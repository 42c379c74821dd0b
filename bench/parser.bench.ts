/**
 * Parser benchmark: our BuildKit-exact parser (to a dump-equivalent AST) against dockerfile-ast,
 * the parser behind rcjsuen's language service, on the same inputs in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDockerfile } from '../src/engine/parse/index';
import { formatMs, mbPerSecond, measurePair } from './measure';

export interface ParserRow {
  input: string;
  bytes: number;
  oursMs: number;
  peerMs: number;
  oursMBs: number;
  peerMBs: number;
  /** How many times faster we are than dockerfile-ast. */
  ratio: number;
}

export interface ParserReport {
  corpus: ParserRow;
  synthetic: ParserRow[];
  /** time(64x) / time(1x) for our parser: linear growth means about 64. */
  growth64x: number;
  peerGrowth64x: number;
}

function row(input: string, texts: string[]): ParserRow {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const [ours, peer] = measurePair(
    () => {
      for (const t of texts) parseDockerfile(t);
    },
    () => {
      for (const t of texts) DockerfileParser.parse(t);
    },
  );
  return {
    input,
    bytes,
    oursMs: ours.medianMs,
    peerMs: peer.medianMs,
    oursMBs: mbPerSecond(bytes, ours.medianMs),
    peerMBs: mbPerSecond(bytes, peer.medianMs),
    ratio: peer.medianMs / ours.medianMs,
  };
}

/** A synthetic file of `factor` times the median corpus file: that file laid end to end. */
function synthetic(unit: string, factor: number): string {
  const text = unit.endsWith('\n') ? unit : `${unit}\n`;
  return text.repeat(factor);
}

export function runParserBench(sharedDir: string, log: (line: string) => void): ParserReport {
  const dir = join(sharedDir, 'corpus', 'files');
  const corpus = readdirSync(dir)
    .filter((f) => f.endsWith('Dockerfile'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const bySize = [...corpus].sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b));
  const medianFile = bySize[Math.floor(bySize.length / 2)] ?? '';
  const median = Buffer.byteLength(medianFile);

  const print = (r: ParserRow) =>
    log(`  ${r.input.padEnd(22)} ${String(r.bytes).padStart(9)} B   ours ${formatMs(r.oursMs).padStart(10)} ${r.oursMBs.toFixed(1).padStart(7)} MB/s   dockerfile-ast ${formatMs(r.peerMs).padStart(10)} ${r.peerMBs.toFixed(1).padStart(6)} MB/s   ${r.ratio.toFixed(1)}x faster`);

  log(`Parser: ours vs dockerfile-ast (${corpus.length} corpus files, median ${median} B)`);
  const corpusRow = row(`corpus (${corpus.length} files)`, corpus);
  print(corpusRow);
  const syntheticRows: ParserRow[] = [];
  for (const factor of [1, 2, 4, 8, 16, 32, 64]) {
    const r = row(`synthetic ${factor}x median`, [synthetic(medianFile, factor)]);
    syntheticRows.push(r);
    print(r);
  }
  const first = syntheticRows[0]!;
  const last = syntheticRows[syntheticRows.length - 1]!;
  const report: ParserReport = {
    corpus: corpusRow,
    synthetic: syntheticRows,
    growth64x: last.oursMs / first.oursMs,
    peerGrowth64x: last.peerMs / first.peerMs,
  };
  log(`  growth 1x -> 64x: ours ${report.growth64x.toFixed(1)}x time (linear = 64), dockerfile-ast ${report.peerGrowth64x.toFixed(1)}x`);
  return report;
}
