import { describe, expect, it } from 'vitest';
import { createBuildContext } from './buildContext';
import { selectDockerignore } from './selectDockerignore';

// dockerui ReadEntrypoint loads `<filename>.dockerignore` beside the Dockerfile and, when it
// exists, dockerIgnorePatterns never reads the root `.dockerignore` (testDockerignoreOverride).
describe('selectDockerignore', () => {
  const ctx = createBuildContext({
    '.dockerignore': 'root\n',
    'Dockerfile.dockerignore': 'specific\n',
    'docker/api.Dockerfile.dockerignore': 'api\n',
    'docker/api.Dockerfile': 'FROM scratch\n',
    'docker/web.Dockerfile': 'FROM scratch\n',
  });

  it.each([
    ['Dockerfile', 'Dockerfile.dockerignore', 'dockerfile', 'specific\n'],
    ['./Dockerfile', 'Dockerfile.dockerignore', 'dockerfile', 'specific\n'],
    ['docker/api.Dockerfile', 'docker/api.Dockerfile.dockerignore', 'dockerfile', 'api\n'],
    ['docker/web.Dockerfile', '.dockerignore', 'root', 'root\n'],
    ['Dockerfile2', '.dockerignore', 'root', 'root\n'],
    ['../outside/Dockerfile', '.dockerignore', 'root', 'root\n'],
  ])('%s uses %s', (dockerfile, path, kind, text) => {
    expect(selectDockerignore(ctx, dockerfile)).toEqual({ path, kind, text });
  });

  it('returns null when the context has no ignore file', () => {
    expect(selectDockerignore(createBuildContext({ Dockerfile: '' }), 'Dockerfile')).toBeNull();
  });

  it('an empty <Dockerfile>.dockerignore still wins (built-in frontend reads zero bytes)', () => {
    const only = createBuildContext({ '.dockerignore': 'x\n', 'Dockerfile.dockerignore': '' });
    expect(selectDockerignore(only, 'Dockerfile')).toMatchObject({ kind: 'dockerfile', text: '' });
  });
});
