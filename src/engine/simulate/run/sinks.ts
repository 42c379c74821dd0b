/**
 * Stream sinks: the step log, an in-memory buffer (pipes, `$(...)`, redirections to files) and
 * /dev/null. Binary bytes we do not keep are counted, so `cat big.bin > copy` keeps its size.
 */
import type { Data, Shared, Sink } from './state';

/** The log keeps at most this many characters; the rest is summarised. */
const LOG_LIMIT = 200_000;

export class LogSink implements Sink {
  constructor(private readonly shared: Shared) {}
  write(text: string): void {
    if (this.shared.log.length < LOG_LIMIT) this.shared.log += text;
  }
  writeOpaque(size: number): void {
    this.write(`[${size} bytes of binary output]\n`);
  }
}

export class BufferSink implements Sink {
  text = '';
  opaqueSize = 0;
  seeds: string[] = [];
  write(text: string): void {
    if (this.text.length < 4_000_000) this.text += text;
  }
  writeOpaque(size: number, seed: string): void {
    this.opaqueSize += size;
    this.seeds.push(seed);
  }
  data(): Data {
    if (this.opaqueSize === 0) return { text: this.text };
    return { text: this.text, opaque: { size: this.opaqueSize, seed: this.seeds.join('+') } };
  }
}

export const NULL_SINK: Sink = {
  write() {},
  writeOpaque() {},
};

/** Write a whole `Data` value to a sink. */
export function writeData(sink: Sink, data: Data): void {
  if (data.text !== '') sink.write(data.text);
  if (data.opaque !== undefined) sink.writeOpaque(data.opaque.size, data.opaque.seed);
}

export const EMPTY_INPUT: Data = { text: '' };
