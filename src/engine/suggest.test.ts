import { describe, expect, it } from 'vitest';
import { levenshtein, suggest, withSuggestion } from './suggest';

describe('suggest (BuildKit util/suggest)', () => {
  it('measures edit distance', () => {
    expect(levenshtein('bulid', 'build')).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('mont', 'mount')).toBe(1);
  });

  // SCENARIOS.md 9: target=bulid -> `target stage "bulid" could not be found (did you mean build?)`
  it('suggests the closest option under distance 3', () => {
    expect(withSuggestion('target stage "bulid" could not be found', 'bulid', ['build'], true)).toBe(
      'target stage "bulid" could not be found (did you mean build?)',
    );
  });

  // SEMANTICS.md §1.7: FNTRYPOINT -> ENTRYPOINT, keeping the user's casing.
  it('keeps the user casing when case-insensitive', () => {
    expect(suggest('FNTRYPOINT', ['entrypoint'], false)).toBe('ENTRYPOINT');
    expect(suggest('fntrypoint', ['ENTRYPOINT'], false)).toBe('entrypoint');
    expect(suggest('Fntrypoint', ['ENTRYPOINT'], false)).toBe('entrypoint');
  });

  it('gives nothing for far values or exact matches', () => {
    expect(suggest('zzzzzz', ['build'], true)).toBeUndefined();
    expect(suggest('build', ['build', 'buil'], true)).toBeUndefined();
  });
});
