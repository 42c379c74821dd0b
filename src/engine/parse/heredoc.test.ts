import { describe, expect, it } from 'vitest';
import type { Heredoc } from './ast';
import { chompHeredocContent, heredocsFromLine, parseHeredoc } from './heredoc';
import { parseDockerfile } from './parseDockerfile';
import { fromBytes, toBytes } from './utf8';

// Input and expectations of BuildKit's TestParseExtractsHeredoc (parser_heredoc_test.go).
const HEREDOC_FILE = [
  '',
  'FROM alpine:3.6',
  '',
  'ENV NAME=me',
  '',
  'RUN ls',
  '',
  'USER <<INVALID',
  'INVALID',
  '',
  'RUN <<EMPTY',
  'EMPTY',
  '',
  'RUN 3<<EMPTY2',
  'EMPTY2',
  '',
  'RUN "<<NOHEREDOC"',
  '',
  'RUN <<INDENT',
  '\tfoo',
  '\tbar',
  'INDENT',
  '',
  'RUN <<-UNINDENT',
  '\tbaz',
  '\tquux',
  'UNINDENT',
  '',
  'RUN <<-UNINDENT2',
  '\tbaz',
  '\tquux',
  '\tUNINDENT2',
  '',
  'RUN <<-EXPAND',
  '\texpand $NAME',
  'EXPAND',
  '',
  "RUN <<-'NOEXPAND'",
  "\tdon't expand $NAME",
  'NOEXPAND',
  '',
  'RUN <<COPY',
  'echo hello world',
  'echo foo bar',
  'COPY',
  '',
  'RUN <<COMMENT',
  '# internal comment',
  'echo hello world',
  'echo foo bar # trailing comment',
  'COMMENT',
  '',
  'RUN --mount=type=cache,target=/foo <<MOUNT',
  'echo hello',
  'MOUNT',
  '',
  'COPY <<FILE1 <<FILE2 /dest',
  'content 1',
  'FILE1',
  'content 2',
  'FILE2',
  '',
  'COPY <<EOF /quotes',
  '"foo"',
  "'bar'",
  'EOF',
  '',
  'COPY <<X <<Y /dest',
  'Y',
  'X',
  'X',
  'Y',
  '',
  'RUN <<COMPLEX python3',
  "print('hello world')",
  'COMPLEX',
  '',
  'COPY <<file.txt /dest',
  'hello world',
  'file.txt',
  '',
  "RUN <<eo'f'",
  'echo foo',
  'eof',
  '',
  "RUN <<eo\\'f",
  'echo foo',
  "eo'f",
  '',
  "RUN <<'e'o\\'f",
  'echo foo',
  "eo'f",
  '',
  "RUN <<'one two'",
  'echo bar',
  'one two',
  '',
  'RUN <<$EOF',
  '$EOF',
  '',
  'RUN <<  EOF',
  'EOF',
  '',
  'RUN <<  EOF  > foo',
  'EOF',
  '\t',
].join('\n');

const doc = (name: string, content: string, extra: Partial<Heredoc> = {}): Heredoc => ({
  name,
  content,
  expand: true,
  chomp: false,
  fileDescriptor: 0,
  ...extra,
});

const EXPECTED: (Heredoc[] | null)[] = [
  null, // ENV NAME=me
  null, // RUN ls
  null, // USER <<INVALID
  null, // INVALID
  [doc('EMPTY', '')],
  [doc('EMPTY2', '', { fileDescriptor: 3 })],
  null, // RUN "<<NOHEREDOC"
  [doc('INDENT', '\tfoo\n\tbar\n')],
  [doc('UNINDENT', '\tbaz\n\tquux\n', { chomp: true })],
  [doc('UNINDENT2', '\tbaz\n\tquux\n', { chomp: true })],
  [doc('EXPAND', '\texpand $NAME\n', { chomp: true })],
  [doc('NOEXPAND', "\tdon't expand $NAME\n", { chomp: true, expand: false })],
  [doc('COPY', 'echo hello world\necho foo bar\n')],
  [doc('COMMENT', '# internal comment\necho hello world\necho foo bar # trailing comment\n')],
  [doc('MOUNT', 'echo hello\n')],
  [doc('FILE1', 'content 1\n'), doc('FILE2', 'content 2\n')],
  [doc('EOF', '"foo"\n\'bar\'\n')],
  [doc('X', 'Y\n'), doc('Y', 'X\n')],
  [doc('COMPLEX', "print('hello world')\n")],
  [doc('file.txt', 'hello world\n')],
  [doc('eof', 'echo foo\n', { expand: false })],
  [doc("eo'f", 'echo foo\n')],
  [doc("eo'f", 'echo foo\n', { expand: false })],
  [doc('one two', 'echo bar\n', { expand: false })],
  [doc('$EOF', '')],
  [doc('EOF', '')],
  [doc('EOF', '')],
];

describe('heredocs on instructions (TestParseExtractsHeredoc)', () => {
  const result = parseDockerfile(HEREDOC_FILE);
  it('parses', () => expect(result.ok).toBe(true));
  it.each(EXPECTED.map((e, i) => [i + 1, e] as const))('child %i', (i, expected) => {
    expect(result.instructions[i]?.heredocs).toEqual(expected ?? []);
  });
  it('consumes the bodies as part of the instruction (line ranges)', () => {
    const run = result.instructions.find((n) => n.original === 'COPY <<X <<Y /dest');
    expect([run?.startLine, run?.endLine]).toEqual([68, 72]);
  });
});

describe('JSON form never has heredocs (TestParseJSONHeredoc)', () => {
  it('keeps ["<<EOF"] as a JSON argument', () => {
    const result = parseDockerfile('\nFROM alpine:3.6\n\nRUN ["whoami"]\nRUN ["<<EOF"]\nRUN ["<<\'EOF\'"]\n\t');
    expect(result.ok).toBe(true);
    expect(result.instructions.slice(1).map((n) => n.heredocs)).toEqual([[], [], []]);
  });
});

describe('ParseHeredoc (TestParseHeredocHelpers)', () => {
  const valid = ['<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', "<<-'EOF'", '<<-"EOF"', '<<EO"F"', '<< EOF', '<<- EOF'];
  const invalid = ["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"'];
  const notHeredocs = ['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF', '<<EOF sh'];
  it.each(valid)('%s is a heredoc named EOF', (src) => {
    const h = parseHeredoc(src);
    expect(h && 'name' in h ? h.name : h).toBe('EOF');
  });
  it.each(invalid)('%s is an error', (src) => {
    const h = parseHeredoc(src);
    expect(h !== null && 'error' in h).toBe(true);
  });
  it.each(notHeredocs)('%j is not a heredoc', (src) => expect(parseHeredoc(src)).toBeNull());
  it('reads the file descriptor and the lexer error message', () => {
    expect(parseHeredoc('12<<-EOF')).toMatchObject({ fileDescriptor: 12, chomp: true, name: 'EOF' });
    expect(parseHeredoc("<<'EOF")).toEqual({
      error: `failed to process "'EOF": unexpected end of statement while looking for matching single-quote`,
    });
  });
});

describe('heredocsFromLine (TestHeredocsFromLine)', () => {
  const cases: [string, string[]][] = [
    ['RUN <<EOF', ['EOF']],
    ['RUN <<-EOF', ['EOF']],
    // BuildKit's test loops over the heredocs found, so it passes vacuously here: the lexer stops
    // the word at `<<-` (it only swallows blanks right after `<<`), which names nothing.
    ['RUN <<- EOF', []],
    ['RUN << -EOF', ['-EOF']],
    ["RUN <<'EOF'", ['EOF']],
    ['RUN 4<<EOF', ['EOF']],
    ['RUN <<EOF <<EOF2', ['EOF', 'EOF2']],
    ["RUN '<<EOF'", []],
    ['RUN "<<EOF"', []],
  ];
  it.each(cases)('%s', (line, names) => {
    const docs = heredocsFromLine(line);
    expect(Array.isArray(docs) ? docs.map((d) => d.name) : docs).toEqual(names);
  });
  it('finds nothing when the whole line does not lex (unbalanced quote)', () => {
    expect(heredocsFromLine('RUN <<EOF echo "oops')).toEqual([]);
  });
});

describe('SEMANTICS.md §1.5 and error handling', () => {
  it('ChompHeredocContent strips leading tabs of every line (TestHeredocChomp)', () => {
    expect(chompHeredocContent('\thello\n\tworld\n')).toBe('hello\nworld\n');
    // Go's (?m)^ does not start a line after \r.
    expect(chompHeredocContent('a\r\tb\n\t\tc')).toBe('a\r\tb\nc');
  });
  it('applies under ONBUILD, and only to RUN/COPY/ADD in shell form', () => {
    const result = parseDockerfile('FROM a\nONBUILD RUN <<EOF\nx\nEOF\nONBUILD ONBUILD RUN <<EOF\nCMD <<EOF\n');
    expect(result.instructions[1]?.heredocs).toEqual([doc('EOF', 'x\n')]);
    expect(result.instructions.map((n) => n.keyword)).toEqual(['FROM', 'ONBUILD', 'ONBUILD', 'CMD']);
  });
  it('reports an unterminated heredoc over the instruction and its body, keeping the body', () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\nline 1\nline 2\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range.startLine, d.range.endLine])).toEqual([
      ['SC1004', 'unterminated heredoc', 2, 4],
    ]);
    expect(result.instructions[1]?.heredocs).toEqual([doc('EOF', 'line 1\nline 2\n')]);
    expect(result.instructions[1]?.error?.code).toBe('SC1004');
  });
  it('ignores continuation and comment syntax inside bodies', () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\nfoo \\\n# not a comment\nEOF\nRUN b\n');
    expect(result.instructions[1]?.heredocs[0]?.content).toBe('foo \\\n# not a comment\n');
    expect(result.instructions.map((n) => n.original)).toEqual(['FROM a', 'RUN <<EOF', 'RUN b']);
  });
  it('always lexes delimiters with the backslash, even under # escape=`', () => {
    const result = parseDockerfile("# escape=`\nFROM a\nRUN <<E\\'F\nx\nE'F\n");
    expect(result.instructions[1]?.heredocs).toEqual([doc("E'F", 'x\n')]);
  });
  it('keeps $ forms as written (no environment), and a bad ${} makes the line heredoc-free', () => {
    expect(heredocsFromLine('RUN <<${X}')).toEqual([doc('${X}', '')]);
    expect(heredocsFromLine('RUN <<EOF ${}')).toEqual([]);
  });
  it('reproduces the shared word buffer of lex.go: ${X:-y} drops the word text before it', () => {
    // processStopOn for the `-y` word resets shellWord.wordsBuffer, which still held "<<".
    expect(heredocsFromLine('RUN <<${X:-y}')).toEqual([]);
    expect(heredocsFromLine('RUN <<${X:-y}EOF')).toEqual([]);
  });
  it('keeps invalid UTF-8 of a body byte for byte', () => {
    const bytes = Buffer.from('FROM a\nRUN <<EOF\n\xff\xfe\nEOF\n', 'latin1');
    const content = parseDockerfile(bytes).instructions[1]?.heredocs[0]?.content ?? '';
    expect(toBytes(content)).toBe('\xff\xfe\n');
    expect(fromBytes(toBytes(content))).toBe(content);
  });
});
