import { describe, expect, it } from 'vitest';
import { normalizeImageRef } from './imageRef';

// Expected forms follow distribution/reference's ParseNormalizedNamed + TagNameOnly (docker.io/library, :latest).
const table: [string, string, string][] = [
  ['golang:1.21', 'docker.io/library/golang:1.21', 'golang:1.21'],
  ['golang', 'docker.io/library/golang:latest', 'golang:latest'],
  ['library/golang:1.21', 'docker.io/library/golang:1.21', 'golang:1.21'],
  ['docker.io/library/golang:1.21', 'docker.io/library/golang:1.21', 'golang:1.21'],
  ['docker.io/golang:1.27', 'docker.io/library/golang:1.27', 'golang:1.27'],
  ['index.docker.io/library/node:20', 'docker.io/library/node:20', 'node:20'],
  ['mirror.gcr.io/library/alpine:3.21.2', 'docker.io/library/alpine:3.21.2', 'alpine:3.21.2'],
  ['tonistiigi/xx:1.9.0', 'docker.io/tonistiigi/xx:1.9.0', 'tonistiigi/xx:1.9.0'],
  ['gcr.io/distroless/static:nonroot', 'gcr.io/distroless/static:nonroot', 'gcr.io/distroless/static:nonroot'],
  ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000/app:latest'],
  ['alpine:3.24.1@sha256:28bd5fe8b56d1bd048e5babf5b10710ebe0bae67db86916198a6eec434943f8b', 'docker.io/library/alpine:3.24.1@sha256:28bd5fe8b56d1bd048e5babf5b10710ebe0bae67db86916198a6eec434943f8b', 'alpine:3.24.1'],
  ['"node:20"', 'docker.io/library/node:20', 'node:20'],
];

describe('normalizeImageRef', () => {
  it.each(table)('%s -> %s', (input, normalized, key) => {
    const ref = normalizeImageRef(input);
    expect(ref?.normalized).toBe(normalized);
    expect(ref?.key).toBe(key);
  });

  it('knows when the tag was defaulted, even under a digest pin', () => {
    expect(normalizeImageRef('alpine')?.defaultTag).toBe(true);
    expect(normalizeImageRef('alpine@sha256:28bd5fe8b56d1bd048e5babf5b10710ebe0bae67db86916198a6eec434943f8b')?.defaultTag).toBe(true);
    expect(normalizeImageRef('alpine:3')?.defaultTag).toBe(false);
  });

  it.each(['', '   ', '$BASE_IMAGE', '${IMAGE}:tag', 'has space:1', ':tag'])('returns null for %j instead of throwing', (input) => {
    expect(normalizeImageRef(input)).toBeNull();
  });
});
