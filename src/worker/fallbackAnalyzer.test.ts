import { describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis, type AnalyzeInput } from '../engine';
import { createBuildContext } from '../engine/context';
import type { Analyzer } from '../store';
import { SupersededError } from './createWorkerAnalyzer';
import { createInlineAnalyzer, withFallback } from './fallbackAnalyzer';

const input: AnalyzeInput = { dockerfile: 'FROM alpine:3.19\nRUN echo hi\n', build: { context: createBuildContext({}) } };

describe('createInlineAnalyzer', () => {
  it('runs the full engine, build included', async () => {
    const analysis = await createInlineAnalyzer().analyze(input);
    expect(analysis.build?.result.ok).toBe(true);
    expect(analysis.build?.result.stages[0]?.steps.map((s) => s.label)).toEqual(analyze(input).build?.result.stages[0]?.steps.map((s) => s.label));
  });
});

describe('withFallback', () => {
  const answer = (tag: string): Analyzer => ({ analyze: vi.fn(async (i: AnalyzeInput) => ({ ...analyze({ dockerfile: i.dockerfile }), tag }) as Analysis & { tag: string }) });

  it('switches for good after the primary fails, answering the failed request too', async () => {
    const broken: Analyzer = { analyze: vi.fn(async () => Promise.reject(new Error('worker failed'))), dispose: vi.fn() };
    const fallback = answer('inline');
    const onSwitch = vi.fn();
    const analyzer = withFallback(broken, fallback, onSwitch);
    expect(((await analyzer.analyze(input)) as Analysis & { tag: string }).tag).toBe('inline');
    await analyzer.analyze(input);
    expect(broken.analyze).toHaveBeenCalledTimes(1);
    expect(fallback.analyze).toHaveBeenCalledTimes(2);
    expect(onSwitch).toHaveBeenCalledOnce();
    expect(broken.dispose).toHaveBeenCalledOnce();
  });

  it('passes a superseded request on as is and keeps the primary', async () => {
    let calls = 0;
    const primary: Analyzer = { analyze: async (i) => (++calls === 1 ? Promise.reject(new SupersededError()) : analyze(i)) };
    const fallback = answer('inline');
    const analyzer = withFallback(primary, fallback);
    await expect(analyzer.analyze(input)).rejects.toBeInstanceOf(SupersededError);
    await analyzer.analyze(input);
    expect(fallback.analyze).not.toHaveBeenCalled();
  });
});
