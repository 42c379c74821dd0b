import { describe, expect, it } from 'vitest';
import type { ImageConfig } from '../engine';
import { toConfigRows } from './configView';

const config: ImageConfig = {
  Env: ['PATH=/usr/local/bin:/usr/bin', 'APP=1'], Cmd: ['serve', '--port', '80'], Entrypoint: null, WorkingDir: '/app', User: '',
  ExposedPorts: ['80/tcp'], Volumes: [], Labels: { a: 'b' }, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: [],
};

describe('toConfigRows', () => {
  it('lists the fields docker inspect shows, unset ones empty', () => {
    expect(Object.fromEntries(toConfigRows(config).map((r) => [r.key, r.values]))).toEqual({
      Env: ['PATH=/usr/local/bin:/usr/bin', 'APP=1'],
      Cmd: ['["serve","--port","80"]'],
      Entrypoint: [],
      WorkingDir: ['/app'],
      User: [],
      ExposedPorts: ['80/tcp'],
      Volumes: [],
      Labels: ['a=b'],
    });
  });

  it('is empty without an image', () => {
    expect(toConfigRows(undefined)).toEqual([]);
  });
});
