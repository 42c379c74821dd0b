import { describe, expect, it } from 'vitest';
import { defaultExample } from '../examples/defaultExample';
import { createAppStore } from './createAppStore';

// The default workspace through the real engine: what the first page must show.
describe('the default workspace', () => {
  it('is a clean four-stage build whose test stage BuildKit skips', () => {
    const store = createAppStore({ initial: { dockerfile: defaultExample } });
    const { analysis } = store.getState();
    expect(analysis.diagnostics).toEqual([]);
    const stages = analysis.graph!.stages;
    expect(stages.map((s) => s.displayName)).toEqual(['deps', 'build', 'test', 'final']);
    // BuildKit builds only what `final` reaches: build (COPY --from) and deps (FROM).
    expect(stages.map((s) => s.neededByBuildKit)).toEqual([true, true, false, true]);
    expect(stages.map((s) => s.neededByLegacy)).toEqual([true, true, true, true]);
    expect(analysis.graph!.edges.filter((e) => e.kind === 'copy').map((e) => [e.from, e.to])).toEqual([[1, 3]]);
  });

  it('follows target and builder choices', () => {
    const store = createAppStore({ initial: { dockerfile: defaultExample } });
    store.getState().setTarget('test');
    expect(store.getState().analysis.graph!.stages.map((s) => s.neededByBuildKit)).toEqual([true, false, true, false]);
    store.getState().setMode('legacy');
    expect(store.getState().analysis.graph!.stages.map((s) => s.neededByLegacy)).toEqual([true, true, true, false]);
  });
});
