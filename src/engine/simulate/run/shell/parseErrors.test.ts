import { describe, expect, it } from 'vitest';
import { parseShell } from './parseShell';

/**
 * `[script, message, line]`: what `dash -n -c script` prints (dash 0.5.12, Debian bookworm's
 * /bin/sh) after its `dash: LINE: ` prefix. Each row was run through dash.
 */
const DASH_ERRORS: [string, string, number][] = [
  ["echo \"abc", "Syntax error: Unterminated quoted string", 1],
  ["echo 'abc", "Syntax error: Unterminated quoted string", 1],
  ["if true; then echo", "Syntax error: end of file unexpected (expecting \"fi\")", 1],
  ["if true; then echo; fi fi", "Syntax error: \"fi\" unexpected", 1],
  ["for x in a b; do echo", "Syntax error: end of file unexpected (expecting \"done\")", 1],
  ["while true; do", "Syntax error: end of file unexpected (expecting \"done\")", 1],
  ["case x in a) echo;;", "Syntax error: end of file unexpected (expecting \")\")", 1],
  ["(echo", "Syntax error: end of file unexpected (expecting \")\")", 1],
  ["{ echo", "Syntax error: end of file unexpected (expecting \"}\")", 1],
  ["echo )", "Syntax error: \")\" unexpected", 1],
  ["echo ;;", "Syntax error: \";;\" unexpected", 1],
  ["&& echo", "Syntax error: \"&&\" unexpected", 1],
  ["echo &&", "Syntax error: end of file unexpected", 1],
  ["echo |", "Syntax error: end of file unexpected", 1],
  ["echo $(echo", "Syntax error: end of file unexpected (expecting \")\")", 1],
  ["echo `echo", "Syntax error: EOF in backquote substitution", 1],
  ["echo ${a", "Syntax error: Missing '}'", 1],
  ["echo $((1+2", "Syntax error: Missing '))'", 1],
  ["echo >", "Syntax error: end of file unexpected", 1],
  ["echo > ;", "Syntax error: \";\" unexpected", 1],
  ["; echo", "Syntax error: \";\" unexpected", 1],
  ["if; then fi", "Syntax error: \";\" unexpected", 1],
  ["if true; fi", "Syntax error: \"fi\" unexpected (expecting \"then\")", 1],
  ["for 1x in a; do :; done", "Syntax error: Bad for loop variable", 1],
  ["a=(1 2)", "Syntax error: \"(\" unexpected", 1],
  ["echo <(ls)", "Syntax error: \"(\" unexpected", 1],
  ["!", "Syntax error: end of file unexpected", 1],
  ["! ! true", "Syntax error: \"!\" unexpected", 1],
  ["echo ${a:}", "Syntax error: Missing '}'", 1],
  ["then", "Syntax error: \"then\" unexpected", 1],
  ["}", "Syntax error: \"}\" unexpected", 1],
  ["done", "Syntax error: \"done\" unexpected", 1],
  ["echo a; then", "Syntax error: \"then\" unexpected", 1],
  ["if true; then :; elif; then :; fi", "Syntax error: \";\" unexpected", 1],
  ["function f { :; }", "Syntax error: \"}\" unexpected", 1],
  ["case a in a) ;; b) : esac", "Syntax error: end of file unexpected (expecting \";;\")", 1],
  ["cat <<< x", "Syntax error: redirection unexpected", 1],
  ["echo |& cat", "Syntax error: \"&\" unexpected", 1],
  ["if true\n", "Syntax error: end of file unexpected (expecting \"then\")", 2],
  ["echo \"a\nb\nc", "Syntax error: Unterminated quoted string", 3],
  ["echo `if`", "Syntax error: end of file unexpected (expecting \"then\")", 1],
  ["echo $(fi)", "Syntax error: \"fi\" unexpected (expecting \")\")", 1],
  ["case a in ;; esac", "Syntax error: word unexpected (expecting \")\")", 1],
  ["case a in ) x;; esac", "Syntax error: word unexpected (expecting \")\")", 1],
  ["f-g() { :; }", "Syntax error: Bad function name", 1],
  ["a=1 f() { :; }", "Syntax error: \"(\" unexpected", 1],
  ["echo a (b)", "Syntax error: \"(\" unexpected", 1],
  ["{ echo }", "Syntax error: end of file unexpected (expecting \"}\")", 1],
  ["(echo a) (echo b)", "Syntax error: \"(\" unexpected", 1],
  ["echo a; ;", "Syntax error: \";\" unexpected", 1],
  ["echo a & ;", "Syntax error: \";\" unexpected", 1],
  ["echo a && ; echo", "Syntax error: \";\" unexpected", 1],
  ["! echo x | ! cat", "Syntax error: \"!\" unexpected", 1],
  ["echo $(( 1 ) )", "Syntax error: Missing '))'", 1],
  ["echo a\n)", "Syntax error: \")\" unexpected", 2],
  ["while :; do :; done; done", "Syntax error: \"done\" unexpected", 1],
  ["if :; then :; else; fi", "Syntax error: \";\" unexpected", 1],
  ["if :; then :; else :; elif :; then :; fi", "Syntax error: \"elif\" unexpected (expecting \"fi\")", 1],
  ["case x in *) ;; esac )", "Syntax error: \")\" unexpected", 1],
  ["echo 2>&", "Syntax error: end of file unexpected", 1],
  ["for x in a; do; done", "Syntax error: \";\" unexpected", 1],
  ["while; do :; done", "Syntax error: \";\" unexpected", 1],
  ["{ }", "Syntax error: \"}\" unexpected", 1],
  ["( )", "Syntax error: \")\" unexpected", 1],
  ["f() { }", "Syntax error: \"}\" unexpected", 1],
  ["case a b in esac", "Syntax error: word unexpected (expecting \"in\")", 1],
  ["case a in a) echo | ;; esac", "Syntax error: \";;\" unexpected", 1],
  ["echo a &&\n", "Syntax error: end of file unexpected", 2],
  ["echo '\\''", "Syntax error: Unterminated quoted string", 1],
  ["echo a\nif true; then\n  echo b\n", "Syntax error: end of file unexpected (expecting \"fi\")", 4],
  ["RUN_ME=1 \\\n  && fi", "Syntax error: \"fi\" unexpected", 2],
  ["cat <<EOF\nbody\nEOF\ndone", "Syntax error: \"done\" unexpected", 4],
  ["x=$(\nfi\n)", "Syntax error: \"fi\" unexpected (expecting \")\")", 2],
  ["echo `\nif`", "Syntax error: end of file unexpected (expecting \"then\")", 2],
  ["echo ${a", "Syntax error: Missing '}'", 1],
  ["echo ${a:-", "Syntax error: Missing '}'", 1],
  ["echo \"${a:-", "Syntax error: Unterminated quoted string", 1],
  ["echo $((1 ${a", "Syntax error: Unterminated quoted string", 1],
  ["echo ${a'}'}", "Syntax error: Unterminated quoted string", 1],
];

/** Scripts dash 0.5.12 accepts (`dash -n -c` prints nothing), odd as some look. */
const DASH_ACCEPTS: string[] = [
  "echo ${a b}",
  "f() echo",
  "cat <<EOF",
  "cat <<EOF\nabc",
  "echo ${#a:-x}",
  "echo ${a:}}",
  "echo ${1a}",
  "echo ${a/b/c}",
  "echo }",
  "x() { :; }",
  "for x do :; done",
  "for x; do :; done",
  "for x in; do :; done",
  "case a in esac",
  "case a in (a|b) :;; esac",
  "[[ -f x && -d y ]]",
  "echo $'a'",
  "echo &> x",
  "echo ${!a}",
  "echo ${a[1]}",
  "echo ${a:1:2}",
  "(( a = 1 ))",
  "echo {a,b}",
  "echo `echo )`",
  "echo $(echo a; )",
  "echo $( )x",
  "echo `  `x",
  "case a in\nesac",
  "echo \\",
  "cat <<\"EOF\" <<X\na\nEOF\nb\nX",
  "echo $((  ))",
  "echo ${}",
  "echo ${:-x}",
  "for x in a b\ndo echo; done",
  "for x\nin a; do :; done",
  "case a\nin a) echo y;; esac",
  "case a in\na) echo y\n;;\nesac",
  "x=$(cat <<EOF\nhi\nEOF\n); echo $x",
  "echo \"${a-\"}\"}\"",
  "echo ${a-'}'}",
  "case a in a) echo 1; esac",
  "echo `echo \\`echo a\\``",
  "echo $(echo `echo )`)",
  "cat <<EOF; echo $(\nEOF\n)",
  "echo \"$(echo \"a)\")\"",
  "echo ${x:-$(echo })}",
  "echo $((1 + $(echo 2) ))",
  "< x",
  "> x cat",
  "a=1",
  "2>&1",
  "case in in in) ;; esac",
  "echo a ||\n\n echo b",
  "echo a |\n echo b",
  "if :\nthen :\nfi",
  "echo $(case a in a) echo y;; esac)",
  "echo $(case a in (a) echo y;; esac)",
  "a=`echo \"x\"`",
  "echo \\`",
  "echo \"\\\"\"",
  "until false; do break; done",
  "echo a >&2 2>/dev/null <in >>out <>rw >|clob 3<&0",
];

describe('syntax errors with dash\'s wording', () => {
  it.each(DASH_ERRORS)('%j -> %s (line %i)', (script, message, line) => {
    const r = parseShell(script);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toBe(message);
    expect(r.errors[0]?.line).toBe(line);
    const e = r.errors[0];
    expect(e && e.start <= e.end && e.end <= script.length).toBe(true);
  });
});

describe('scripts dash accepts', () => {
  it.each(DASH_ACCEPTS)('%j', (script) => {
    const r = parseShell(script);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

describe('what runs before a syntax error', () => {
  // dash parses and runs one line at a time: `echo a` on line 1 runs, then line 2 fails.
  it('keeps the complete lines before the error', () => {
    const r = parseShell('echo a; echo b\necho c; (');
    expect(r.ok).toBe(false);
    expect(r.script.items).toHaveLength(2);
  });

  it('keeps nothing from the failing line', () => {
    expect(parseShell('echo a; (').script.items).toEqual([]);
  });

  it('runs what precedes an unexpected end token on the same line (dash stops the line there)', () => {
    const r = parseShell('echo a; then');
    expect(r.errors[0]?.message).toBe('Syntax error: "then" unexpected');
    expect(r.script.items).toHaveLength(1);
  });
});

describe('error positions', () => {
  it('points at the offending token', () => {
    const text = 'if true; then echo; fi fi';
    const e = parseShell(text).errors[0];
    expect(e && text.slice(e.start, e.end)).toBe('fi');
    expect(e?.start).toBe(23);
  });

  it('points at the opening quote of an unterminated string', () => {
    const e = parseShell("echo 'abc").errors[0];
    expect(e?.start).toBe(5);
  });

  it('maps an error inside backquotes to the input', () => {
    const text = 'x=`if`';
    const e = parseShell(text).errors[0];
    expect(e?.message).toBe('Syntax error: end of file unexpected (expecting "then")');
    expect(e?.start).toBe(5);
  });
});
