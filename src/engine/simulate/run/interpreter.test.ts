/**
 * The interpreter's constructs against dash's behaviour (POSIX 2.9, dash(1)): lists, pipelines,
 * compound commands, `set -e`'s exceptions, expansions, redirections into the virtual
 * filesystem, and dash's error texts.
 */
import { describe, expect, it } from 'vitest';
import { runOn, sh, text } from './testing/runHelpers';

function out(script: string): string[] {
  return sh(script).output;
}

describe('lists and pipelines', () => {
  it.each([
    ['true && echo a', ['a']],
    ['false && echo a', []],
    ['false || echo b', ['b']],
    ['true || echo b', []],
    ['echo a; echo b', ['a', 'b']],
    ['false; echo $?', ['1']],
    ['! true; echo $?', ['1']],
    ['! false; echo $?', ['0']],
    ['printf "b\\na\\n" | sort', ['a', 'b']],
    ['false | true; echo $?', ['0']],
    ['set -o pipefail; false | true; echo $?', ['1']],
    ['echo x | (read v; echo "got $v")', ['got x']],
  ])('%s', (script, expected) => {
    expect(out(script)).toEqual(expected);
  });

  it('runs pipeline members in child processes: assignments do not leak', () => {
    expect(out('x=1; echo | x=2; echo $x')).toEqual(['1']);
    expect(out('x=1; true | { x=2; }; echo $x')).toEqual(['1']);
  });
});

describe('compound commands', () => {
  it.each([
    ['if false; then echo a; elif true; then echo b; else echo c; fi', ['b']],
    ['for i in 1 2 3; do echo $i; done', ['1', '2', '3']],
    ['i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i', ['3']],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', ['2']],
    ['for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done', ['1', '3']],
    ['for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done', ['1']],
    ['case linux/arm64 in linux/amd64) echo x86;; linux/arm*) echo arm;; *) echo other;; esac', ['arm']],
    ['f() { echo "f:$1"; return 3; }; f a; echo $?', ['f:a', '3']],
    ['(cd /tmp); pwd', ['/']],
    ['{ cd /tmp; }; pwd', ['/tmp']],
    ['(exit 4); echo $?', ['4']],
  ])('%s', (script, expected) => {
    expect(out(script)).toEqual(expected);
  });

  it('bounds a loop that never ends and warns (SC5203)', () => {
    const r = sh('while true; do :; done');
    expect(r.diagnostics.map((d) => d.code)).toContain('SC5203');
  });
});

describe('set options', () => {
  it('has no -e by default (BuildKit runs /bin/sh -c): the step status is the last command', () => {
    const r = sh('false; echo still');
    expect(r.exitCode).toBe(0);
    expect(r.output).toEqual(['still']);
  });

  it('set -e stops at the first failure, but not in conditions or before && / ||', () => {
    expect(sh('set -e; false; echo no').exitCode).toBe(1);
    expect(out('set -e; if false; then :; fi; false || true; false && true; ! true; echo yes')).toEqual(['yes']);
    expect(sh('set -e; true && false; echo no').exitCode).toBe(1);
  });

  it('set -u fails on an unset variable with dash\'s message', () => {
    const r = sh('set -u; echo $NOPE; echo after');
    expect(r.exitCode).toBe(2);
    expect(r.output).toEqual(['/bin/sh: 1: NOPE: parameter not set']);
  });

  it('set -x traces expanded commands on stderr', () => {
    expect(out('set -x; x=a; echo "$x b"')).toEqual(['+ x=a', "+ echo 'a b'", 'a b']);
  });

  it('dash on Ubuntu has no pipefail: set is a special builtin, so the shell exits 2', () => {
    const r = sh('set -o pipefail; echo no', { osFamily: 'ubuntu' });
    expect(r.exitCode).toBe(2);
    expect(r.output).toEqual(['/bin/sh: 1: set: Illegal option -o pipefail']);
  });
});

describe('variables and expansion', () => {
  it.each([
    ['x=1; y=$((x + 2)); echo $y', ['3']],
    ['echo "$(echo inner) and `echo back`"', ['inner and back']],
    ['a="one two"; for w in $a; do echo $w; done', ['one', 'two']],
    ['echo ${U:-dflt} ${#PATH}', ['dflt 60']],
    ['X=a sh -c \'echo $X\'; echo "[$X]"', ['a', '[]']],
    ['export Y=b; sh -c \'echo $Y\'', ['b']],
    ['Z=c; sh -c \'echo "[$Z]"\'', ['[]']],
    ['set -- a b c; shift; echo "$# $1"', ['2 b']],
    ['v=$(exit 3); echo $?', ['3']],
  ])('%s', (script, expected) => {
    expect(out(script)).toEqual(expected);
  });

  it('expands globs against the virtual filesystem, leaving a non-matching word as written', () => {
    expect(out('touch /tmp/a.txt /tmp/b.txt /tmp/c.log; echo /tmp/*.txt; echo /tmp/*.none')).toEqual(['/tmp/a.txt /tmp/b.txt', '/tmp/*.none']);
  });

  it('cd changes directories and fails on a missing one like dash (status 2)', () => {
    expect(out('cd /tmp && pwd && cd .. && pwd')).toEqual(['/tmp', '/']);
    const r = sh('cd /nope');
    expect(r.exitCode).toBe(2);
    expect(r.output).toEqual(["/bin/sh: 1: cd: can't cd to /nope"]);
  });
});

describe('redirections', () => {
  it('writes, appends and reads files in the virtual filesystem', () => {
    const r = sh('echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f > /tmp/g');
    expect(text(r, '/tmp/f')).toBe('one\ntwo\n');
    expect(text(r, '/tmp/g')).toBe('one\ntwo\n');
  });

  it('routes stderr with 2>&1 and discards with >/dev/null', () => {
    expect(out('cat /nope 2>&1 | grep -c "No such"')).toEqual(['1']);
    expect(out('cat /nope 2>/dev/null; echo $?')).toEqual(['1']);
    expect(out('echo hidden >/dev/null')).toEqual([]);
  });

  it('feeds here-documents, expanding unless the delimiter is quoted', () => {
    const r = sh("v=1; cat > /tmp/h <<EOF\nv=$v\nEOF\ncat > /tmp/q <<'EOF'\nv=$v\nEOF");
    expect(text(r, '/tmp/h')).toBe('v=1\n');
    expect(text(r, '/tmp/q')).toBe('v=$v\n');
  });

  it('reports a missing directory like dash', () => {
    const r = sh('echo x > /nope/f');
    expect(r.exitCode).toBe(2);
    expect(r.output).toEqual(['/bin/sh: 1: cannot create /nope/f: Directory nonexistent']);
  });
});

describe('builtins', () => {
  it.each([
    ['test -d /tmp && echo dir', ['dir']],
    ['[ -f /tmp ] || echo notfile', ['notfile']],
    ['[ -e /usr/bin/anything ] && echo maybe', ['maybe']],
    ['[ "a" = "a" -a 2 -gt 1 ] && echo yes', ['yes']],
    ['[ abc -eq 1 ]; echo $?', ['/bin/sh: 1: [: Illegal number: abc', '2']],
    ['[ 1 = 1; echo $?', ['/bin/sh: 1: [: missing ]', '2']],
    ['printf "%s-%03d|" a 7 b 12; echo', ['a-007|b-012|']],
    ['echo "a\\tb"', ['a\tb']],
    ['command -v cd; command -v apk; echo $?', ['cd', '1']],
    ['eval "x=5"; echo $x', ['5']],
  ])('%s', (script, expected) => {
    expect(out(script)).toEqual(expected);
  });

  it('`[[` is not a dash builtin: it is not found (127) on Debian, but works in bash', () => {
    const r = sh('[[ 1 == 1 ]] && echo ok');
    expect(r.exitCode).toBe(127);
    expect(r.output).toEqual(['/bin/sh: 1: [[: not found']);
    expect(sh('bash -c \'[[ ab == a* ]] && echo ok\'').output).toEqual(['ok']);
  });

  it('exit N ends the step with N, and sh -c nests', () => {
    expect(sh('exit 7; echo no').exitCode).toBe(7);
    expect(out('sh -c "echo in; exit 5"; echo $?')).toEqual(['in', '5']);
  });

  it('sources files of the filesystem into the current shell', () => {
    expect(out('echo "A=42" > /tmp/env.sh; . /tmp/env.sh; echo $A')).toEqual(['42']);
    // The Debian skeleton keeps /etc/os-release's size only; its text is the distribution's.
    expect(runOn('debian:bookworm-slim', '. /etc/os-release; echo $VERSION_CODENAME').output).toEqual(['bookworm']);
  });
});
