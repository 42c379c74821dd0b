/**
 * One-line CSV, as tonistiigi/go-csvvalue `Fields` reads `--mount`/`--device` values: comma
 * separated; a field that starts with `"` is quoted (`""` is a literal quote); a quote anywhere
 * else is an error. Messages are Go `encoding/csv` ParseError texts with byte columns.
 */
import { fromBytes, toBytes } from '../parse/utf8';

export type CsvParse = { ok: true; fields: string[] } | { ok: false; error: string };

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

function parseError(bytePos: number, message: string): CsvParse {
  return { ok: false, error: `parse error on line 1, column ${bytePos + 1}: ${message}` };
}

/** Split one CSV line into fields (an empty line is Go's `io.EOF`, message `EOF`). */
export function csvFields(input: string): CsvParse {
  let line = toBytes(input);
  if (line.endsWith('\r\n')) line = line.slice(0, -2);
  else if (line.endsWith('\n')) line = line.slice(0, -1);
  if (line === '') return { ok: false, error: 'EOF' };
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] !== '"') {
      const comma = line.indexOf(',', pos);
      const field = comma === -1 ? line.slice(pos) : line.slice(pos, comma);
      const quote = field.indexOf('"');
      if (quote !== -1) return parseError(pos + quote, BARE_QUOTE);
      fields.push(field);
      if (comma === -1) break;
      pos = comma + 1;
      continue;
    }
    // Quoted field: runs to a quote followed by a comma or the end of the line.
    pos++;
    let field = '';
    for (;;) {
      const quote = line.indexOf('"', pos);
      if (quote === -1) return parseError(pos, QUOTE);
      field += line.slice(pos, quote);
      pos = quote + 1;
      if (line[pos] === '"') {
        field += '"';
        pos++;
        continue;
      }
      if (line[pos] === ',' || pos === line.length) break;
      return parseError(pos - 1, QUOTE);
    }
    fields.push(field);
    if (pos === line.length) break;
    pos++;
  }
  return { ok: true, fields: fields.map(fromBytes) };
}
