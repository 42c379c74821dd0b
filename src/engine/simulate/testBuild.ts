/**
 * A one-line build for the simulator's own tests: Dockerfile text and context files in, the
 * build out, with the scripted runner (scriptedRunner.ts) unless a test passes another.
 */
import { buildImage, type BuildInput, type BuildOutput } from '../build';
import { createBuildContext, type ContextFileInput } from '../context';
import { getEntry, type Entry } from '../fs';
import { scriptedRunner } from './scriptedRunner';
import type { StageResult, StepResult } from './types';

export function testBuild(dockerfile: string, files: Record<string, ContextFileInput> = {}, options: Partial<BuildInput> = {}): BuildOutput {
  return buildImage({ dockerfile, context: createBuildContext(files), runCommand: scriptedRunner, ...options });
}

/** The built stage by display name. */
export function stageNamed(out: BuildOutput, name: string): StageResult {
  const stage = out.build.stages.find((s) => s.name === name);
  if (stage === undefined) throw new Error(`no stage ${name}`);
  return stage;
}

/** Every step's label, in simulated order. */
export function labels(out: BuildOutput): string[] {
  return out.build.stages.flatMap((s) => s.steps.map((x) => x.label));
}

/** The entry at `path` in a stage's final filesystem. */
export function fileIn(stage: StageResult, path: string): Entry | undefined {
  return stage.image === undefined ? undefined : getEntry(stage.image.tree, path);
}

export function allSteps(out: BuildOutput): StepResult[] {
  return out.build.stages.flatMap((s) => s.steps);
}
