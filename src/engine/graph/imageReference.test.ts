import { describe, expect, it } from 'vitest';
import { parseImageReference } from './imageReference';

// Expected values follow distribution/reference's documented normalisation (normalize.go):
// "ubuntu" -> "docker.io/library/ubuntu:latest", and its error strings.
describe('parseImageReference', () => {
  it.each([
    ['golang:1.21', 'docker.io/library/golang:1.21', 'golang:1.21'],
    ['alpine', 'docker.io/library/alpine:latest', 'alpine'],
    ['docker.io/library/node:20', 'docker.io/library/node:20', 'node:20'],
    ['index.docker.io/library/node:20', 'docker.io/library/node:20', 'node:20'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7', 'bitnami/redis:7'],
    ['ghcr.io/org/app:v1', 'ghcr.io/org/app:v1', 'ghcr.io/org/app:v1'],
    ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000/app'],
    [
      'busybox@sha256:7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa',
      'docker.io/library/busybox@sha256:7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa',
      'busybox@sha256:7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa',
    ],
  ])('%s normalises to %s', (input, normalized, familiar) => {
    const parsed = parseImageReference(input);
    expect(parsed.ok && parsed.reference.normalized).toBe(normalized);
    expect(parsed.ok && parsed.reference.familiar).toBe(familiar);
  });

  // SEMANTICS.md §4 / moby/buildkit#2003: FROM Build does not find stage "build".
  it('rejects uppercase repository names', () => {
    expect(parseImageReference('Build')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name (library/Build) must be lowercase',
    });
  });

  it('rejects malformed references', () => {
    expect(parseImageReference('alpine:')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(parseImageReference('a b')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(parseImageReference('"$base_image"')).toEqual({ ok: false, error: 'invalid reference format' });
    // The lowercase check comes first (normalize.go), so a quoted upper-case ARG reads as a casing error.
    expect(parseImageReference('"$BASE_IMAGE"')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name (library/"$BASE_IMAGE") must be lowercase',
    });
  });
});
