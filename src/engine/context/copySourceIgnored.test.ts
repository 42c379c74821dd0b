import { describe, expect, it } from 'vitest';
import { copySourceIgnored } from './copySourceIgnored';
import { createMatcher } from './createMatcher';
import { parseDockerignore } from './parseDockerignore';

const matcherFor = (ignore: string) => createMatcher(parseDockerignore(ignore).patterns);

// moby/buildkit frontend/dockerfile/dockerfile_check_test.go: testCopyIgnoredFiles and
// testCopyIgnoredFileContextRoot.
describe('copySourceIgnored (CopyIgnoredFile)', () => {
  it.each([
    ['\nDockerfile\n', 'Dockerfile', 'Dockerfile'],
    ['\nfoobar\n', 'Dockerfile', null],
    ['\n**\n!Dockerfile\n', './Dockerfile', null],
    ['\n**\n!Dockerfile\n', '.', null],
    ['\n.*\n', '.', null],
    ['\n*\n', '.', '.'],
  ])('ignore %j, source %j → %j', (ignore, source, expected) => {
    expect(copySourceIgnored(matcherFor(ignore), source)).toBe(expected);
  });
});
