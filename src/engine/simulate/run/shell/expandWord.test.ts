import { describe, expect, it } from 'vitest';
import type { Script, SimpleCommand, Word } from './ast';
import { expandAssignment, expandHeredoc, expandPattern, expandString, expandWord, expandWords } from './expandWord';
import type { ExpandContext } from './expandTypes';
import { parseShell } from './parseShell';
import { matchPattern } from './pattern';

interface Row {
  env?: Record<string, string>;
  unset?: string[];
  pos?: string[];
  words: string;
  expected: string[];
}

/**
 * `words` expanded by dash 0.5.12: the fields `printf '[%s]' WORDS` printed after
 * `NAME=value; unset ...; set -- POS; IFS=...` (each row was run through dash, in an empty
 * directory so that no pattern matched a file).
 */
const DASH_FIELDS: Row[] = [
  {"pos": ["a b", "c"], "words": "\"$@\"", "expected": ["a b", "c"]},
  {"pos": ["a b", "c"], "words": "$@", "expected": ["a", "b", "c"]},
  {"pos": ["a b", "c"], "words": "\"x$@y\"", "expected": ["xa b", "cy"]},
  {"pos": [], "words": "\"$@\"", "expected": []},
  {"pos": [], "words": "\"x$@\"", "expected": ["x"]},
  {"pos": [], "words": "\"$@\"\"\"", "expected": [""]},
  {"pos": ["", ""], "words": "\"$@\"", "expected": ["", ""]},
  {"pos": ["", ""], "words": "$@", "expected": []},
  {"pos": ["a", "b"], "words": "\"$*\"", "expected": ["a b"]},
  {"pos": ["a", "b"], "env": {"IFS": ","}, "words": "\"$*\"", "expected": ["a,b"]},
  {"pos": ["a", "b"], "env": {"IFS": ""}, "words": "\"$*\" $*", "expected": ["ab", "a", "b"]},
  {"pos": ["a b", "c"], "words": "$*", "expected": ["a", "b", "c"]},
  {"pos": ["a", "b c"], "words": "${1+\"$@\"}", "expected": ["a", "b c"]},
  {"pos": [], "words": "${1+\"$@\"} end", "expected": ["end"]},
  {"pos": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "words": "$10 ${10} $# ${#}", "expected": ["10", "10", "10", "10"]},
  {"pos": ["a", "b", "c"], "words": "${#@} ${#*} ${#}", "expected": ["5", "5", "3"]},
  {"env": {"a": " a  b "}, "words": "$a", "expected": ["a", "b"]},
  {"env": {"a": "a::b:", "IFS": ":"}, "words": "$a", "expected": ["a", "", "b"]},
  {"env": {"a": " :a", "IFS": " :"}, "words": "$a", "expected": ["", "a"]},
  {"env": {"a": "a: :b", "IFS": " :"}, "words": "$a", "expected": ["a", "", "b"]},
  {"env": {"a": "a : b:c", "IFS": " :"}, "words": "$a", "expected": ["a", "b", "c"]},
  {"env": {"a": "a b", "IFS": ""}, "words": "$a", "expected": ["a b"]},
  {"env": {"a": " x "}, "words": "$a\"\"", "expected": ["x", ""]},
  {"env": {"a": " x "}, "words": "\"\"$a", "expected": ["", "x"]},
  {"env": {"a": "a b"}, "words": "\"$a\" x$a\"y z\"", "expected": ["a b", "xa", "by z"]},
  {"env": {"a": ""}, "words": "$a \"$a\" '' \"\"", "expected": ["", "", ""]},
  {"env": {"a": "x\ny\tz"}, "words": "$a", "expected": ["x", "y", "z"]},
  {"env": {"IFS": "-", "a": "a-b-c"}, "words": "$a \"$a\" ${a}", "expected": ["a", "b", "c", "a-b-c", "a", "b", "c"]},
  {"env": {"a": "a*"}, "words": "$a \"$a\"", "expected": ["a*", "a*"]},
  {"unset": ["a"], "words": "${a:-x y} \"${a:-x y}\" ${a-\"p q\"}", "expected": ["x", "y", "x y", "p q"]},
  {"env": {"a": ""}, "words": "${a:-d} ${a-d} ${a:+alt} ${a+alt}", "expected": ["d", "alt"]},
  {"env": {"a": "v"}, "words": "${a:-d} ${a:+alt} \"${a:+a b}\" ${a:+a b}", "expected": ["v", "alt", "a b", "a", "b"]},
  {"unset": ["z"], "words": "${z=hello} $z \"${z2:=a b}\" $z2", "expected": ["hello", "hello", "a b", "a", "b"]},
  {"env": {"a": "abcabc"}, "words": "${a#*b} ${a##*b} ${a%b*} ${a%%b*} ${a#\"*b\"} ${#a}", "expected": ["cabc", "c", "abca", "a", "abcabc", "6"]},
  {"env": {"a": "*b", "b": "xx*bb"}, "words": "${b#$a} ${b#\"$a\"}", "expected": ["b", "xx*bb"]},
  {"env": {"p": "/usr/local/bin/node"}, "words": "${p##*/} ${p%/*} ${p#/usr} ${p%%/*}x", "expected": ["node", "/usr/local/bin", "/local/bin/node", "x"]},
  {"env": {"v": "1.2.3-rc1"}, "words": "${v%%-*} ${v#*.} ${v%.*} ${v##*[.-]}", "expected": ["1.2.3", "2.3-rc1", "1.2", "rc1"]},
  {"env": {"a": "[abc]"}, "words": "${a#[[]} ${a%[]]}", "expected": ["abc]", "[abc"]},
  {"env": {"a": "hello"}, "words": "${a#[!h]} ${a#[!a]} ${a%[[:alpha:]]} ${a##[a-h]*l}", "expected": ["hello", "ello", "hell", "o"]},
  {"env": {"a": "abc"}, "words": "\"${a#'a'}\" \"${a#\"a\"}\" ${a#\\a}", "expected": ["bc", "bc", "bc"]},
  {"env": {"f": "archive.tar.gz"}, "words": "${f%.tar.gz} ${f%%.*} ${f#*.}", "expected": ["archive", "archive", "tar.gz"]},
  {"env": {"x": "é"}, "words": "${#x}", "expected": ["2"]},
  {"env": {"HOME": "/root"}, "words": "~ ~/x a~ \"~\" \\~ ~root ~nosuchuser/x", "expected": ["/root", "/root/x", "a~", "~", "~", "/root", "~nosuchuser/x"]},
  {"unset": ["u"], "env": {"HOME": "/h"}, "words": "${u:-~/x} \"${u:-~}\"", "expected": ["/h/x", "~"]},
  {"words": "$((1+2*3)) $((7/2)) $((-7%3)) $((1<<4)) $((0x10 + 010)) $(( 3 > 2 && 1 ))", "expected": ["7", "3", "-1", "16", "24", "1"]},
  {"env": {"x": "3"}, "words": "$((x*2)) $(($x*2)) $((x=x+1)) $x", "expected": ["6", "6", "4", "4"]},
  {"words": "$((y=5)) $y", "expected": ["5", "5"]},
  {"words": "$(echo \"a  b\") \"$(echo \"a  b\")\" `echo c d`", "expected": ["a", "b", "a  b", "c", "d"]},
  {"words": "$(printf \"%s\\n\\n\\n\" x)y", "expected": ["xy"]},
  {"words": "x$(echo)y \"$(echo)\"", "expected": ["xy", ""]},
  {"env": {"v": "1 2"}, "words": "$(echo $v) \"$(echo \"$v\")\"", "expected": ["1", "2", "1 2"]},
  {"words": "\"\\$x\" \"\\a\" \\$x '$x' \"a\\\"b\" \"a\\\\b\"", "expected": ["$x", "\\a", "$x", "$x", "a\"b", "a\\b"]},
  {"env": {"a": "x"}, "words": "\"${a}b\" ${a}_c $a_c", "expected": ["xb", "x_c"]},
  {"env": {"a": "x"}, "words": "\"$a\"'$a'$a\\$a", "expected": ["x$ax$a"]},
];

function wordsOf(text: string): Word[] {
  const r = parseShell(`printf ${text}`);
  expect(r.errors).toEqual([]);
  const cmd = r.script.items[0]?.andOr.first.commands[0] as SimpleCommand;
  return cmd.words.slice(1);
}

function wordOf(text: string): Word {
  const [w] = wordsOf(text);
  if (w === undefined) throw new Error('no word');
  return w;
}

/** A stand-in for the simulated shell: runs `echo` and `printf FORMAT ARGS` inside $(...). */
function fakeSubstitution(ctx: () => ExpandContext): (script: Script) => string {
  return (script) => {
    let out = '';
    for (const item of script.items) {
      const cmd = item.andOr.first.commands[0];
      if (cmd?.kind !== 'simple') continue;
      const r = expandWords(cmd.words, ctx());
      if (!r.ok) continue;
      const [name, ...args] = r.fields;
      if (name === 'echo') out += args.join(' ') + '\n';
      if (name === 'printf') {
        const format = (args.shift() ?? '').replace(/\\n/g, '\n');
        out += format.replace('%s', args[0] ?? '');
      }
    }
    return out;
  };
}

function contextFor(row: Pick<Row, 'env' | 'pos'>): ExpandContext {
  const env = new Map(Object.entries(row.env ?? {}));
  if (!env.has('HOME')) env.set('HOME', '/root');
  const ctx: ExpandContext = {
    env,
    positional: row.pos ?? [],
    homeOf: (user) => (user === 'root' ? '/root' : undefined),
    assign: (name, value) => void env.set(name, value),
    commandSubstitution: fakeSubstitution(() => ctx),
  };
  return ctx;
}

describe('expandWords matches dash', () => {
  it.each(DASH_FIELDS)('$words  env=$env pos=$pos', (row) => {
    const r = expandWords(wordsOf(row.words), contextFor(row));
    expect(r).toEqual({ ok: true, fields: row.expected });
  });
});

describe('special parameters', () => {
  it('uses the context, with RUN-like defaults', () => {
    const ctx: ExpandContext = { env: new Map() };
    expect(expandWords(wordsOf('$$ $? $0 "$-" $#'), ctx)).toEqual({ ok: true, fields: ['1', '0', '/bin/sh', '', '0'] });
    const custom: ExpandContext = { env: new Map(), pid: 42, lastStatus: 3, scriptName: 'sh', optionFlags: 'eux', lastBackgroundPid: 7 };
    expect(expandWords(wordsOf('$$ $? $0 $- $!'), custom)).toEqual({ ok: true, fields: ['42', '3', 'sh', 'eux', '7'] });
  });
});

describe('expansion errors (dash messages)', () => {
  const ctx = (extra: Partial<ExpandContext> = {}): ExpandContext => ({ env: new Map([['empty', '']]), ...extra });
  it.each([
    ['${a?}', 'a: parameter not set'],
    ['${a?oops}', 'a: oops'],
    ['${empty:?}', 'empty: parameter not set or null'],
    ['${a b}', 'Bad substitution'],
    ['${a:1:2}', 'Bad substitution'],
    ['${a/b/c}', 'Bad substitution'],
    ['${!a}', 'Bad substitution'],
    ['${1=x}', '1: bad variable name'],
    ['$((1/0))', 'arithmetic expression: division by zero: "1/0"'],
    ['$((1+))', 'arithmetic expression: expecting primary: "1+"'],
  ])('%s -> %s', (text, error) => {
    expect(expandWord(wordOf(text), ctx())).toEqual({ ok: false, error });
  });

  it('set -u rejects unset parameters but not ${x-default} or "$@"', () => {
    expect(expandWord(wordOf('$zz'), ctx({ nounset: true }))).toEqual({ ok: false, error: 'zz: parameter not set' });
    expect(expandWord(wordOf('$1'), ctx({ nounset: true }))).toEqual({ ok: false, error: '1: parameter not set' });
    expect(expandWords(wordsOf('${zz-x} "$@" $#'), ctx({ nounset: true }))).toEqual({ ok: true, fields: ['x', '0'] });
  });

  it('stops at the first error', () => {
    expect(expandWords(wordsOf('ok ${a?gone} never'), ctx())).toEqual({ ok: false, error: 'a: gone' });
  });
});

describe('bash extensions', () => {
  // Values from bash 5.2.
  const ctx: ExpandContext = { env: new Map([['a', 'hello world'], ['p', '/usr/lib/x.so']]), dialect: 'bash' };
  it.each([
    ['${a/o/0}', 'hell0 world'],
    ['${a//o/0}', 'hell0 w0rld'],
    ['${a/#h/H}', 'Hello world'],
    ['${a/%d/D}', 'hello worlD'],
    ['${a/l*o/_}', 'he_rld'],
    ['${p//\\//_}', '_usr_lib_x.so'],
    ['${a:6}', 'world'],
    ['${a:0:5}', 'hello'],
    ['${a: -5}', 'world'],
    ['${a:1:-6}', 'ello'],
    ['$((2**10))', '1024'],
  ])('%s -> %s', (text, value) => {
    expect(expandString(wordOf(text), ctx)).toEqual({ ok: true, value });
  });
});

describe('pathname expansion', () => {
  it('asks the glob callback about unquoted patterns only, escaping quoted characters', () => {
    const asked: string[] = [];
    const ctx: ExpandContext = {
      env: new Map([['d', 'src']]),
      glob: (pattern) => {
        asked.push(pattern);
        return pattern === 'src/*.go' ? ['src/a.go', 'src/b.go'] : [];
      },
    };
    const r = expandWords(wordsOf('$d/*.go "*.go" x"*"* none?'), ctx);
    expect(r).toEqual({ ok: true, fields: ['src/a.go', 'src/b.go', '*.go', 'x**', 'none?'] });
    expect(asked).toEqual(['src/*.go', 'x\\**', 'none?']);
  });

  it('does not glob under set -f', () => {
    const r = expandWord(wordOf('*.go'), { env: new Map(), noglob: true, glob: () => ['a.go'] });
    expect(r).toEqual({ ok: true, fields: ['*.go'] });
  });
});

describe('command substitution', () => {
  it('hands the parsed script and its text to the callback and strips trailing newlines', () => {
    const seen: string[] = [];
    const ctx: ExpandContext = {
      env: new Map(),
      commandSubstitution: (script, text) => {
        seen.push(`${script.items.length}:${text}`);
        return 'a b\n\n';
      },
    };
    expect(expandWords(wordsOf('$(uname -m; true) "`date`"'), ctx)).toEqual({ ok: true, fields: ['a', 'b', 'a b'] });
    expect(seen).toEqual(['2:uname -m; true', '1:date']);
  });

  it('expands to nothing without a callback', () => {
    expect(expandWords(wordsOf('x$(true)y'), { env: new Map() })).toEqual({ ok: true, fields: ['xy'] });
  });
});

describe('single-string expansions', () => {
  const ctx: ExpandContext = { env: new Map([['HOME', '/root'], ['v', 'a  b'], ['x', '*']]), positional: ['p', 'q'] };

  it('expandString does not split or glob', () => {
    expect(expandString(wordOf('$v"$@"$x'), ctx)).toEqual({ ok: true, value: 'a  bp q*' });
  });

  it('expandAssignment expands ~ after = and :', () => {
    const r = parseShell('P=~/bin:~/x:a~:$v');
    const a = (r.script.items[0]?.andOr.first.commands[0] as SimpleCommand).assignments[0];
    expect(a && expandAssignment(a, ctx)).toEqual({ ok: true, value: '/root/bin:/root/x:a~:a  b' });
  });

  it('expandPattern escapes quoted characters for case', () => {
    const pattern = expandPattern(wordOf('"$x"*.$x'), ctx);
    expect(pattern).toEqual({ ok: true, value: '\\**.*' });
    expect(pattern.ok && matchPattern(pattern.value, '*abc.def')).toBe(true);
    expect(pattern.ok && matchPattern(pattern.value, 'abc.def')).toBe(false);
  });

  it('expandHeredoc expands unquoted bodies only', () => {
    const r = parseShell('cat <<EOF <<\'Q\'\n$v \\$x "$1"\nEOF\n$v\nQ\n');
    const docs = (r.script.items[0]?.andOr.first.commands[0] as SimpleCommand).redirects.map((x) => x.heredoc);
    expect(docs[0] && expandHeredoc(docs[0], ctx)).toEqual({ ok: true, value: 'a  b $x "p"\n' });
    expect(docs[1] && expandHeredoc(docs[1], ctx)).toEqual({ ok: true, value: '$v\n' });
  });
});
