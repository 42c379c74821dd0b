import { describe, expect, it } from 'vitest';
import type { Command, SimpleCommand, Word } from './ast';
import { parseShell } from './parseShell';

function parse(text: string, dialect: 'dash' | 'bash' = 'dash') {
  const r = parseShell(text, { dialect });
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  return r.script;
}

/** The commands of the first and-or list's first pipeline. */
function firstCommand(text: string, dialect: 'dash' | 'bash' = 'dash'): Command {
  const cmd = parse(text, dialect).items[0]?.andOr.first.commands[0];
  if (cmd === undefined) throw new Error('no command');
  return cmd;
}

function simple(text: string, dialect: 'dash' | 'bash' = 'dash'): SimpleCommand {
  const cmd = firstCommand(text, dialect);
  if (cmd.kind !== 'simple') throw new Error(`not simple: ${cmd.kind}`);
  return cmd;
}

const texts = (words: readonly Word[]): string[] => words.map((w) => w.text);

describe('lists, and-or lists and pipelines', () => {
  it('splits on ; & newline, keeps && || and | structure', () => {
    const script = parse('a; b & c\nd && e || f | g');
    expect(script.items.map((i) => [i.separator, i.background])).toEqual([
      [';', false],
      ['&', true],
      ['newline', false],
      [null, false],
    ]);
    const last = script.items[3]?.andOr;
    expect(last?.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(last?.rest[1]?.pipeline.commands).toHaveLength(2);
  });

  it('negates a pipeline with !', () => {
    const p = parse('! grep -q x f | wc').items[0]?.andOr.first;
    expect(p?.negated).toBe(true);
    expect(p?.commands).toHaveLength(2);
  });

  it('allows newlines after && || and |', () => {
    expect(parse('a &&\n\n b ||\n c |\n d').items).toHaveLength(1);
  });

  it('treats # as a comment only at the start of a word', () => {
    expect(texts(simple('echo a#b # c d').words)).toEqual(['echo', 'a#b']);
  });

  it('parses an empty script and blank lines', () => {
    expect(parse('').items).toEqual([]);
    expect(parse('\n\n  # only a comment\n').items).toEqual([]);
  });
});

describe('simple commands', () => {
  it('separates assignments, words and redirections', () => {
    const cmd = simple('FOO=bar BAZ="a b" make -j4 >log 2>&1 </dev/null');
    expect(cmd.assignments.map((a) => [a.name, a.value.text])).toEqual([
      ['FOO', 'bar'],
      ['BAZ', '"a b"'],
    ]);
    expect(texts(cmd.words)).toEqual(['make', '-j4']);
    expect(cmd.redirects.map((r) => [r.fd, r.op, r.target.text])).toEqual([
      [null, '>', 'log'],
      [2, '>&', '1'],
      [null, '<', '/dev/null'],
    ]);
  });

  it('takes a bare assignment as a command of its own', () => {
    const cmd = simple('PATH=/x:$PATH');
    expect(cmd.words).toEqual([]);
    expect(cmd.assignments[0]?.value.parts.map((p) => p.kind)).toEqual(['literal', 'param']);
  });

  it('stops assignments at the first word (`a=1 cmd b=2`)', () => {
    const cmd = simple('a=1 cmd b=2');
    expect(cmd.assignments.map((a) => a.name)).toEqual(['a']);
    expect(texts(cmd.words)).toEqual(['cmd', 'b=2']);
  });

  it('does not take quoted or escaped names as assignments', () => {
    expect(simple('"a=b" c').assignments).toEqual([]);
    expect(simple('a\\=b').assignments).toEqual([]);
  });

  it('reads every redirection operator; only one digit is a file descriptor (dash)', () => {
    const cmd = simple('cmd >a >>b <c <>d >|e <&3 >&- 9>f 12>g');
    expect(cmd.redirects.map((r) => `${r.fd ?? ''}${r.op}${r.target.text}`)).toEqual(['>a', '>>b', '<c', '<>d', '>|e', '<&3', '>&-', '9>f', '>g']);
    expect(texts(cmd.words)).toEqual(['cmd', '12']);
  });

  it('keeps reserved words as plain words after the command name', () => {
    expect(texts(simple('echo if then fi done { }').words)).toEqual(['echo', 'if', 'then', 'fi', 'done', '{', '}']);
  });

  it('accepts redirections before the command name', () => {
    const cmd = simple('>out 2>/dev/null echo hi');
    expect(texts(cmd.words)).toEqual(['echo', 'hi']);
    expect(cmd.redirects).toHaveLength(2);
  });
});

describe('compound commands', () => {
  it('if / elif / else', () => {
    const cmd = firstCommand('if [ "$A" = 1 ]; then echo one; elif test -n "$B"; then echo two; else echo three; fi');
    expect(cmd).toMatchObject({ kind: 'if', clauses: [{}, {}], elseBody: { items: [{}] } });
  });

  it('for with and without `in`', () => {
    expect(firstCommand('for f in a b "c d"; do echo $f; done')).toMatchObject({ kind: 'for', variable: 'f', items: [{ text: 'a' }, { text: 'b' }, { text: '"c d"' }] });
    expect(firstCommand('for arg; do :; done')).toMatchObject({ kind: 'for', items: null });
    expect(firstCommand('for x\nin a; do :; done')).toMatchObject({ kind: 'for', items: [{ text: 'a' }] });
    expect(firstCommand('for x in; do :; done')).toMatchObject({ kind: 'for', items: [] });
  });

  it('while and until', () => {
    expect(firstCommand('while read -r line; do echo "$line"; done < file')).toMatchObject({ kind: 'while', redirects: [{ op: '<' }] });
    expect(firstCommand('until curl -fs x; do sleep 1; done')).toMatchObject({ kind: 'until' });
  });

  it('case with (pattern|pattern), empty bodies and a missing last ;;', () => {
    const cmd = firstCommand('case "$ARCH" in (amd64|x86_64) a=x64;; arm64) ;; *) echo other; esac');
    expect(cmd.kind).toBe('case');
    if (cmd.kind !== 'case') return;
    expect(cmd.items.map((i) => texts(i.patterns))).toEqual([['amd64', 'x86_64'], ['arm64'], ['*']]);
    expect(cmd.items.map((i) => i.body === null)).toEqual([false, true, false]);
  });

  it('case with newlines around `in` and items', () => {
    expect(firstCommand('case a\nin\n a)\n echo y\n ;;\nesac')).toMatchObject({ kind: 'case', items: [{ patterns: [{ text: 'a' }] }] });
  });

  it('brace groups and subshells with redirections', () => {
    expect(firstCommand('{ echo a; echo b; } > f')).toMatchObject({ kind: 'group', body: { items: [{}, {}] }, redirects: [{ op: '>' }] });
    expect(firstCommand('(cd /tmp && make) 2>&1')).toMatchObject({ kind: 'subshell', redirects: [{ fd: 2, op: '>&' }] });
  });

  it('function definitions (any command as the body, as dash allows)', () => {
    expect(firstCommand('f() { echo "$1"; }')).toMatchObject({ kind: 'function', name: 'f', body: { kind: 'group' } });
    expect(firstCommand('g() echo hi')).toMatchObject({ kind: 'function', name: 'g', body: { kind: 'simple' } });
  });

  it('nests compound commands', () => {
    const cmd = firstCommand('for d in a b; do if [ -d "$d" ]; then (cd "$d" && make); fi; done');
    expect(cmd).toMatchObject({ kind: 'for', body: { items: [{ andOr: { first: { commands: [{ kind: 'if' }] } } }] } });
  });
});

describe('offsets', () => {
  it('gives every node its range in the input', () => {
    const text = 'apt-get update && apt-get install -y "curl"';
    const item = parse(text).items[0];
    const install = item?.andOr.rest[0]?.pipeline.commands[0] as SimpleCommand;
    expect(text.slice(install.start, install.end)).toBe('apt-get install -y "curl"');
    const quoted = install.words[3];
    expect(quoted && text.slice(quoted.start, quoted.end)).toBe('"curl"');
    expect(item && text.slice(item.start, item.end)).toBe(text);
  });

  it('maps nodes inside backquotes and <<- bodies back to the input', () => {
    const text = 'x=`echo \\$HOME`; cat <<-E\n\t\t$USER\n\tE\n';
    const script = parse(text);
    const assign = (script.items[0]?.andOr.first.commands[0] as SimpleCommand).assignments[0];
    const sub = assign?.value.parts[0];
    const inner = sub?.kind === 'commandSub' ? (sub.script.items[0]?.andOr.first.commands[0] as SimpleCommand).words[1] : undefined;
    expect(inner && text.slice(inner.start, inner.end)).toBe('\\$HOME');
    const doc = (script.items[1]?.andOr.first.commands[0] as SimpleCommand).redirects[0]?.heredoc;
    const user = doc?.body.parts[0];
    expect(user && text.slice(user.start, user.end)).toBe('$USER');
  });
});

describe('bash dialect', () => {
  it('reads arrays, [[ ]], $\'...\', <<<, &>, |& and process substitution', () => {
    expect(simple('A=(x "y z")', 'bash').assignments[0]?.array?.map((w) => w.text)).toEqual(['x', '"y z"']);
    expect(texts(simple('[[ -f a && $b < c ]]', 'bash').words)).toEqual(['[[', '-f', 'a', '&&', '$b', '<', 'c', ']]']);
    expect(simple("echo $'a\\tb'", 'bash').words[1]?.parts[0]).toMatchObject({ kind: 'singleQuoted', value: 'a\tb', ansiC: true });
    expect(simple('cat <<< "$x" &> log', 'bash').redirects.map((r) => r.op)).toEqual(['<<<', '&>']);
    expect(parse('a |& b', 'bash').items[0]?.andOr.first.commands).toHaveLength(2);
    expect(simple('diff <(a) >(b)', 'bash').words.map((w) => (w.parts[0]?.kind === 'commandSub' ? w.parts[0].process : null))).toEqual([null, '<', '>']);
  });

  it('reads `function name { }`', () => {
    expect(firstCommand('function f { :; }', 'bash')).toMatchObject({ kind: 'function', name: 'f' });
  });

  it('rejects the same constructs as dash does in dash mode', () => {
    expect(parseShell('A=(x y)').ok).toBe(false);
    expect(parseShell('diff <(a) b').ok).toBe(false);
  });
});

describe('robustness', () => {
  it('parses long inputs in linear time', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `echo "$x${i}" 'q' \${y:-$(z)}`).join(' && ');
    const start = performance.now();
    const r = parseShell(text);
    expect(r.ok).toBe(true);
    expect(r.script.items[0]?.andOr.rest).toHaveLength(19999);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('returns an error value for hostile nesting instead of throwing', () => {
    for (const text of ['('.repeat(100000), '$('.repeat(100000), '${a:-'.repeat(100000), '"$(echo '.repeat(50000), '`'.repeat(1) + '\\`'.repeat(1000)]) {
      const r = parseShell(text);
      expect(r.ok).toBe(false);
      expect(r.errors[0]?.message).toMatch(/^Syntax error: /);
    }
  });
});
