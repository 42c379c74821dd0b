import { describe, expect, it } from 'vitest';
import { runCommand } from '../simulate/run';
import { stageNamed, testBuild } from '../simulate/testBuild';
import { walk } from '../fs';
import { fileDetails, pathHistory, treeAtLayer } from './fileDetails';

const DOCKERFILE = [
  'FROM alpine:3.19 AS build', // 1
  'RUN mkdir -p /out && echo hi > /out/app.txt', // 2
  'FROM alpine:3.19', // 3
  'COPY --from=build /out/app.txt /srv/app.txt', // 4
  'COPY config.json /etc/app/config.json', // 5
  'RUN rm /etc/alpine-release', // 6
  'ENV MODE=prod', // 7
  '',
].join('\n');

function finalImage() {
  const out = testBuild(DOCKERFILE, { 'config.json': '{"port":8080}\n' }, { runCommand });
  const image = stageNamed(out, 'stage-1').image;
  if (!image) throw new Error('no image');
  return image;
}

const rowOfLine = (image: ReturnType<typeof finalImage>, line: number) => image.layers.findIndex((l) => l.line === line);
const paths = (tree: ReturnType<typeof treeAtLayer>) => new Set([...walk(tree)].map((e) => e.path));

describe('treeAtLayer', () => {
  it('stacks the layers up to a history row: base rows give the base image, the last row the final image', () => {
    const image = finalImage();
    const baseOnly = paths(treeAtLayer(image, 0));
    expect(baseOnly.has('/etc/alpine-release')).toBe(true);
    expect(baseOnly.has('/srv/app.txt')).toBe(false);
    const afterCopy = paths(treeAtLayer(image, rowOfLine(image, 4)));
    expect(afterCopy.has('/srv/app.txt')).toBe(true);
    expect(afterCopy.has('/etc/app/config.json')).toBe(false);
    expect(paths(treeAtLayer(image, rowOfLine(image, 6))).has('/etc/alpine-release')).toBe(false);
    expect(paths(treeAtLayer(image, image.layers.length - 1))).toEqual(paths(image.tree));
  });
});

describe('treeAtLayer keeps what it stacked', () => {
  it('answers a repeated question with the same tree, and another row with another', () => {
    const image = finalImage();
    expect(treeAtLayer(image, 1)).toBe(treeAtLayer(image, 1));
    expect(treeAtLayer(image, rowOfLine(image, 4))).not.toBe(treeAtLayer(image, rowOfLine(image, 5)));
  });
});

describe('pathHistory and fileDetails', () => {
  it('says a file built in another stage was made by its RUN and carried by the COPY --from', () => {
    const image = finalImage();
    const details = fileDetails(image, '/srv/app.txt');
    expect(details.entry?.kind).toBe('file');
    expect(details.origin).toMatchObject({ stage: 'build', line: 2 });
    expect(details.carriedBy).toMatchObject({ line: 4, status: 'added', createdBy: expect.stringContaining('COPY /out/app.txt /srv/app.txt') });
    expect(details.contentKnown).toBe(true);
    expect(details.entry?.kind === 'file' ? details.entry.content : undefined).toBe('hi\n');
    expect(details.fromBaseImage).toBe(false);
  });

  it('keeps a context file\'s content and names the COPY that brought it', () => {
    const details = fileDetails(finalImage(), '/etc/app/config.json');
    expect(details.entry?.kind === 'file' ? details.entry.content : undefined).toBe('{"port":8080}\n');
    expect(details.origin?.category).toBe('code');
    expect(details.carriedBy?.line).toBe(5);
  });

  it('follows a base-image file to its removal, and shows it as it was before', () => {
    const image = finalImage();
    expect(pathHistory(image, '/etc/alpine-release').map((c) => [c.line, c.status])).toEqual([[6, 'removed']]);
    const now = fileDetails(image, '/etc/alpine-release');
    expect(now.entry).toBeUndefined();
    const before = fileDetails(image, '/etc/alpine-release', rowOfLine(image, 5));
    expect(before.entry?.kind).toBe('file');
    expect(before.fromBaseImage).toBe(true);
    expect(before.carriedBy).toBeUndefined();
    expect(before.history).toEqual([]);
  });

  it('marks the directory a deep write created as added for the files inside it', () => {
    const image = finalImage();
    expect(pathHistory(image, '/etc/app/config.json').map((c) => c.status)).toEqual(['added']);
    expect(fileDetails(image, '/nowhere').entry).toBeUndefined();
  });
});
