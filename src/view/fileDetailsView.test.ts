import { describe, expect, it } from 'vitest';
import { analyze, fileDetails } from '../engine';
import { createBuildContext } from '../engine/context';
import { MAX_CONTENT_CHARS, modeString, toFileDetailsView } from './fileDetailsView';

describe('modeString (ls -l style)', () => {
  it.each([
    ['dir', 0o755, 'drwxr-xr-x (0755)'],
    ['file', 0o644, '-rw-r--r-- (0644)'],
    ['file', 0o4755, '-rwsr-xr-x (4755)'],
    ['dir', 0o1777, 'drwxrwxrwt (1777)'],
    ['file', 0o2644, '-rw-r-Sr-- (2644)'],
    ['symlink', 0o777, 'lrwxrwxrwx (0777)'],
  ] as const)('%s %o -> %s', (kind, mode, expected) => {
    expect(modeString(kind, mode)).toBe(expected);
  });
});

describe('toFileDetailsView on a real simulated build', () => {
  const dockerfile = 'FROM alpine:3.19 AS build\nRUN mkdir /out && echo built > /out/app\nFROM alpine:3.19\nCOPY --from=build /out/app /usr/local/bin/app\nCOPY big.txt /big.txt\n';
  const context = createBuildContext({ 'big.txt': 'x'.repeat(MAX_CONTENT_CHARS + 10) });
  const build = analyze({ dockerfile, build: { context } }).build;
  const image = build?.result.stages[1]?.image;
  const names = build?.result.stages.map((s) => s.name) ?? [];
  const view = (path: string) => toFileDetailsView(path, fileDetails(image!, path), names, image!.baseImageId);

  it('names the stage and line that made a file and the COPY --from that brought it', () => {
    const v = view('/usr/local/bin/app');
    expect(v.madeBy).toEqual({ text: 'stage build, line 2: RUN mkdir /out && echo built > /out/app', line: 2 });
    expect(v.carriedBy?.line).toBe(4);
    expect(v.carriedBy?.text).toMatch(/^stage stage-1, line 4: COPY /);
    expect(v.content).toBe('built\n');
  });

  it('says a base-image file comes from the base image and caps long content', () => {
    expect(view('/etc/alpine-release').madeBy.text).toBe('the base image alpine:3.19');
    const big = view('/big.txt');
    expect(big.content).toHaveLength(MAX_CONTENT_CHARS);
    expect(big.contentTruncated).toBe(true);
    expect(big.madeBy.text).toBe('the build context');
  });

  it('says when a path is not in the image', () => {
    expect(view('/missing').exists).toBe(false);
  });
});
