import { describe, expect, it } from 'vitest';
import { detectDirective, DirectiveParser, matchDirective } from './directives';
import { parseDockerfile } from './parseDockerfile';
import { toBytes } from './utf8';

function parseAll(text: string) {
  const parser = new DirectiveParser();
  const found = [];
  for (const line of text.split('\n')) {
    if (parser.done) break;
    const d = parser.parseLine(line);
    if (d) found.push(d);
  }
  return found;
}

describe('DirectiveParser (TestDirectives)', () => {
  it('stops at the first non-directive line and lowercases keys', () => {
    expect(parseAll('#escape=\\\n# key = FOO bar\n\n# smth\n')).toEqual([{ name: 'escape', value: '\\' }]);
    expect(parseAll('# EScape=\\\n# KEY = FOO bar\n\n# smth\n')).toEqual([{ name: 'escape', value: '\\' }]);
  });
  it('matches `^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$` like Go regexp', () => {
    expect(matchDirective('syntax = a b  ')).toEqual(['syntax', 'a b']);
    expect(matchDirective('k=  ')).toEqual(['k', ' ']);
    expect(matchDirective('k=')).toBeNull();
    expect(matchDirective('1k=v')).toBeNull();
    // Go's \s has no \v: a trailing vertical tab stays in the value.
    expect(matchDirective('k=v\v')).toEqual(['k', 'v\v']);
  });
  it('rejects a repeated directive', () => {
    const parser = new DirectiveParser();
    expect(parser.parseLine('# syntax=a')).toEqual({ name: 'syntax', value: 'a' });
    expect(parser.parseLine('# SYNTAX=b')).toEqual({ error: 'only one syntax parser directive can be used' });
  });
});

const detect = (key: 'syntax' | 'check', text: string, anyFormat = key === 'syntax') =>
  detectDirective(key, toBytes(text), anyFormat);

describe('DetectSyntax (TestDetectSyntax, TestDetectSyntaxBOM)', () => {
  it('returns the reference, the full value and the line', () => {
    expect(detect('syntax', '# syntax = dockerfile:experimental // opts\nFROM busybox\n')).toEqual({
      value: 'dockerfile:experimental',
      cmdline: 'dockerfile:experimental // opts',
      line: 1,
    });
  });
  it('skips a #! first line', () => {
    expect(detect('syntax', '#!/bin/sh\n# syntax = dockerfile:experimental\nFROM busybox\n')).toMatchObject({
      value: 'dockerfile:experimental',
      line: 2,
    });
    expect(detect('syntax', '#!/bin/sh\n\n# syntax = dockerfile:experimental\n')).toBeNull();
  });
  it('is absent without a directive', () => expect(detect('syntax', 'FROM busybox\nRUN ls\n')).toBeNull());
  it('accepts //syntax= and a JSON document', () => {
    expect(detect('syntax', '//syntax=foo\n//key=value')?.value).toBe('foo');
    expect(detect('syntax', '#!/bin/sh\n//syntax=x')?.value).toBe('x');
    expect(detect('syntax', '{"syntax": "foo", "bar": ["abc"]}')?.value).toBe('foo');
    expect(detect('syntax', '{"syntax": "foo"')).toBeNull();
    expect(detect('syntax', '{"syntax": "foo"}\n# syntax=bar')).toBeNull();
  });
  it('drops a BOM', () => {
    expect(detect('syntax', '\ufeff# syntax = myfrontend\nFROM busybox\n')).toEqual({
      value: 'myfrontend',
      cmdline: 'myfrontend',
      line: 1,
    });
  });
});

describe('ParseDirective check (TestParseDirective)', () => {
  it('reads # check= only', () => {
    expect(detect('check', '#check = skip=all // opts\nFROM busybox\n')).toEqual({
      value: 'skip=all',
      cmdline: 'skip=all // opts',
      line: 1,
    });
    expect(detect('check', '#!/bin/sh\n# check = skip=all\nFROM busybox\n')).toMatchObject({ value: 'skip=all', line: 2 });
    expect(detect('check', '#!/bin/sh\n\n# check = skip=all\n')).toBeNull();
    expect(detect('check', 'FROM busybox\nRUN ls\n')).toBeNull();
    expect(detect('check', '//check=skip=all\n//key=value')).toBeNull();
  });
});

describe('directives in parseDockerfile (SEMANTICS.md §1.2)', () => {
  it('applies # escape and reports syntax and check', () => {
    const result = parseDockerfile('# syntax=docker/dockerfile:1\n# check=skip=all\n# escape=`\nFROM a\nRUN x `\n  y\n');
    expect(result.escapeToken).toBe('`');
    expect(result.directives).toEqual({
      syntax: { value: 'docker/dockerfile:1', cmdline: 'docker/dockerfile:1', line: 1 },
      check: { value: 'skip=all', cmdline: 'skip=all', line: 2 },
      escape: { value: '`', line: 3 },
    });
    expect(result.instructions[1]?.original).toBe('RUN x   y');
    expect(result.instructions[0]?.prevComment).toEqual([]);
  });
  it('accepts indented directives (Parse trims the line first)', () => {
    expect(parseDockerfile('   # escape=`\nFROM a\n').escapeToken).toBe('`');
  });
  it('ignores a directive after a comment, a blank line or a #! line', () => {
    expect(parseDockerfile('# hello\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
    expect(parseDockerfile('\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
    const shebang = parseDockerfile('#!/bin/sh\n# escape=`\n# syntax=x\nFROM a\n');
    expect(shebang.escapeToken).toBe('\\');
    // DetectSyntax skips the #! line, Parse does not: syntax is found, escape is not applied.
    expect(shebang.directives.syntax?.value).toBe('x');
    expect(shebang.instructions[0]?.prevComment).toEqual(['!/bin/sh', 'escape=`', 'syntax=x']);
  });
  it('fails on duplicates and invalid escape tokens, at the directive line', () => {
    const dup = parseDockerfile('# escape=`\n# ESCAPE=`\nFROM a\n');
    expect(dup.diagnostics.map((d) => [d.code, d.message, d.range.startLine])).toEqual([
      ['SC1003', 'only one escape parser directive can be used', 2],
    ]);
    const bad = parseDockerfile('# escape=x\nFROM a\n');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => [d.code, d.message, d.range.startLine])).toEqual([
      ['SC1003', "invalid escape token 'x' does not match ` or \\", 1],
    ]);
    expect(bad.instructions).toHaveLength(1);
  });
});
