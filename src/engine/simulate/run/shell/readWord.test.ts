import { describe, expect, it } from 'vitest';
import type { SimpleCommand, Word } from './ast';
import { parseShell } from './parseShell';

function simple(text: string): SimpleCommand {
  const r = parseShell(text);
  expect(r.errors).toEqual([]);
  const cmd = r.script.items[0]?.andOr.first.commands[0];
  if (cmd?.kind !== 'simple') throw new Error(`not simple: ${cmd?.kind ?? 'none'}`);
  return cmd;
}

function parse(text: string) {
  const r = parseShell(text);
  expect(r.errors).toEqual([]);
  return r.script;
}

const texts = (words: readonly Word[]): string[] => words.map((w) => w.text);

describe('words', () => {
  it('keeps quoting as parts', () => {
    const [w] = simple(`x'a b'"c $d \\" e"\\f$g`).words;
    expect(w?.parts.map((p) => p.kind)).toEqual(['literal', 'singleQuoted', 'doubleQuoted', 'escaped', 'param']);
    const dq = w?.parts[2];
    expect(dq?.kind === 'doubleQuoted' && dq.parts.map((p) => (p.kind === 'literal' ? p.value : p.kind))).toEqual(['c ', 'param', ' " e']);
  });

  it('flags unquoted glob characters only', () => {
    const cmd = simple(`ls *.txt '*.md' "?" \\[ a[bc]`);
    expect(cmd.words.map((w) => w.glob)).toEqual([false, true, false, false, false, true]);
  });

  it('reads parameter expansions and their operators', () => {
    const ops = simple('echo $a ${b} ${c:-x} ${d-y} ${e:=z} ${f?m} ${g:+w} ${#h} ${i#p} ${j##p} ${k%p} ${l%%p} $1 ${10} $@ $* $# $? $$ $! $- $0').words.slice(1);
    expect(ops.map((w) => (w.parts[0]?.kind === 'param' ? `${w.parts[0].name}:${w.parts[0].op}${w.parts[0].colon ? ':' : ''}` : '?'))).toEqual([
      'a:get',
      'b:get',
      'c:default:',
      'd:default',
      'e:assign:',
      'f:error',
      'g:alternative:',
      'h:length',
      'i:trimShortestPrefix',
      'j:trimLongestPrefix',
      'k:trimShortestSuffix',
      'l:trimLongestSuffix',
      '1:get',
      '10:get',
      '@:get',
      '*:get',
      '#:get',
      '?:get',
      '$:get',
      '!:get',
      '-:get',
      '0:get',
    ]);
  });

  it('reads $10 as $1 followed by 0', () => {
    expect(simple('echo $10').words[1]?.parts.map((p) => p.kind)).toEqual(['param', 'literal']);
  });

  it('keeps bash-only and invalid ${...} forms for the expander to judge', () => {
    const ops = simple('echo ${a/b/c} ${a//b/c} ${a/#b/c} ${a/%b/c} ${a:1:2} ${!a} ${a b}').words.slice(1);
    expect(ops.map((w) => (w.parts[0]?.kind === 'param' ? w.parts[0].op : '?'))).toEqual(['replaceFirst', 'replaceAll', 'replacePrefix', 'replaceSuffix', 'substring', 'bad', 'bad']);
  });

  it('parses nested quotes inside ${...} inside double quotes', () => {
    const [, w] = simple('echo "${A:-"default value"}"').words;
    expect(w?.parts[0]?.kind).toBe('doubleQuoted');
  });

  it('parses $(...) recursively, including case patterns with )', () => {
    const [, w] = simple('echo $(case $x in a) echo y;; esac)').words;
    const sub = w?.parts[0];
    expect(sub?.kind === 'commandSub' && sub.script.items[0]?.andOr.first.commands[0]?.kind).toBe('case');
  });

  it('parses backquotes with their backslash rules', () => {
    const [, w] = simple('echo `echo \\`date\\``').words;
    const outer = w?.parts[0];
    expect(outer?.kind === 'commandSub' && outer.backquoted && outer.text).toBe('echo `date`');
    const inner = outer?.kind === 'commandSub' ? (outer.script.items[0]?.andOr.first.commands[0] as SimpleCommand).words[1]?.parts[0] : undefined;
    expect(inner?.kind === 'commandSub' && inner.text).toBe('date');
  });

  it('keeps $((...)) as text plus parts', () => {
    const [, w] = simple('echo $(( $n * (2 + 1) ))').words;
    expect(w?.parts[0]).toMatchObject({ kind: 'arith', text: ' $n * (2 + 1) ' });
  });

  it('joins backslash-newline inside words and quotes', () => {
    expect(texts(simple('ec\\\nho "a\\\nb"').words).length).toBe(2);
    expect(simple('ec\\\nho').words[0]?.parts[0]).toMatchObject({ kind: 'literal', value: 'echo' });
  });
});

describe('here-documents', () => {
  it('reads bodies after the newline, in order, with quoted delimiters literal', () => {
    const cmd = simple('cat <<EOF <<"END" > f\n$HOME\nEOF\n$HOME\nEND\necho next');
    const [a, b] = cmd.redirects.filter((r) => r.heredoc);
    expect(a?.heredoc).toMatchObject({ delimiter: 'EOF', quoted: false, body: { text: '$HOME\n' } });
    expect(a?.heredoc?.body.parts.map((p) => p.kind)).toEqual(['param', 'literal']);
    expect(b?.heredoc).toMatchObject({ delimiter: 'END', quoted: true, body: { text: '$HOME\n' } });
  });

  it('strips leading tabs for <<-', () => {
    const cmd = simple('cat <<-EOF\n\tline\n\tEOF\n');
    expect(cmd.redirects[0]?.heredoc).toMatchObject({ stripTabs: true, body: { text: 'line\n' } });
  });

  it('accepts a body that runs to the end of the text, as dash does', () => {
    expect(simple('cat <<EOF\nabc').redirects[0]?.heredoc?.body.text).toBe('abc');
  });

  it('reads a here-document inside $(...)', () => {
    const script = parse('x=$(cat <<EOF\nhi\nEOF\n); echo $x');
    expect(script.items).toHaveLength(2);
  });

  it('treats $ and backquotes in the delimiter as plain characters', () => {
    expect(simple('cat <<$X\nbody\n$X\n').redirects[0]?.heredoc?.delimiter).toBe('$X');
  });
});
