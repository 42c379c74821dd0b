import { describe, expect, it } from 'vitest';
import { formatCommand } from './formatCommand';
import { parseShell } from './parseShell';

function firstItem(text: string) {
  const r = parseShell(text);
  expect(r.errors).toEqual([]);
  const item = r.script.items[0];
  if (item === undefined) throw new Error('empty');
  return item;
}

describe('formatCommand', () => {
  it.each([
    ['FOO=1  apt-get   install -y "a b" >/dev/null', 'FOO=1 apt-get install -y "a b" >/dev/null'],
    ['>out  2>&1 echo "$x"', '>out 2>&1 echo "$x"'],
    ["grep -q 'x'  f |  wc -l", "grep -q 'x' f | wc -l"],
    ['! true', '! true'],
    ['a &&  b ||   c', 'a && b || c'],
    ['if [ -f x ]; then rm x; elif true; then :; else echo no; fi >log', 'if [ -f x ]; then rm x; elif true; then :; else echo no; fi >log'],
    ['for f in *.txt; do echo "$f"; done', 'for f in *.txt; do echo "$f"; done'],
    ['for a\ndo :\ndone', 'for a; do :; done'],
    ['while read l; do echo $l; done < in', 'while read l; do echo $l; done <in'],
    ['case $a in x|y) echo 1;; *) ;; esac', 'case $a in x|y) echo 1 ;; *) ;; esac'],
    ['{ a; b & }', '{ a; b & }'],
    ['(cd d && make)', '(cd d && make)'],
    ['f() { echo "$@"; }', 'f() { echo "$@"; }'],
    ['cat <<EOF > f\nbody\nEOF', 'cat <<EOF >f'],
  ])('%j', (text, expected) => {
    expect(formatCommand(firstItem(text).andOr)).toBe(expected);
  });

  it('formats a single command and a whole list', () => {
    const r = parseShell('set -eux; apt-get update && rm -rf /var/lib/apt/lists/*');
    expect(formatCommand(r.script)).toBe('set -eux; apt-get update && rm -rf /var/lib/apt/lists/*');
    const cmd = r.script.items[1]?.andOr.rest[0]?.pipeline.commands[0];
    expect(cmd && formatCommand(cmd)).toBe('rm -rf /var/lib/apt/lists/*');
  });

  it('produces text that parses to the same shape', () => {
    const text = 'if a; then for x in 1 2; do (b | c) & done; fi; case y in *) { d; } ;; esac';
    const once = formatCommand(parseShell(text).script);
    expect(formatCommand(parseShell(once).script)).toBe(once);
  });
});
