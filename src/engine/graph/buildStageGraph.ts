/**
 * Builds the stage graph the way BuildKit's toDispatchState does (dockerfile2llb/convert.go), in
 * BuildKit's order of checks, so the first error we report is the one BuildKit would stop at:
 * FROM expansion per stage, target lookup, COPY --from / mount resolution, cycles, base image
 * references, then the dispatch-time ordering check for the stages that get built.
 * Unlike BuildKit we keep going after an error, so an editor can still draw everything it can.
 */
import { diagnostic, lineRange, type Diagnostic } from '../diagnostics';
import { withSuggestion } from '../suggest';
import { findCycle, type DependencyEdge } from './findCycle';
import type { GraphOptions, StageInput } from './graphInput';
import { parseImageReference } from './imageReference';
import { checkPlatform } from './platform';
import { lastStageByName, resolveReference } from './resolveReferences';
import type { GraphEdge, GraphStage, StageBase, StageGraph } from './types';
import { reachableStages } from './reachableStages';

export function buildStageGraph(inputs: readonly StageInput[], options: GraphOptions): StageGraph {
  const diagnostics: Diagnostic[] = [];
  if (inputs.length === 0) {
    diagnostics.push(diagnostic('SC4008', 'dockerfile contains no stages to build', lineRange(1)));
    return { stages: [], edges: [], externalImages: [], targetIndex: -1, diagnostics };
  }

  const baseErrors = new Set<number>();
  const stages = resolveBases(inputs, options, diagnostics, baseErrors);
  const targetIndex = resolveTarget(inputs, stages, options.target, diagnostics);

  // Dependencies from COPY --from and RUN --mount from=, for every stage (BuildKit resolves them all).
  const byName = lastStageByName(inputs);
  const edges: GraphEdge[] = [];
  const deps: DependencyEdge[][] = inputs.map(() => []);
  stages.forEach((stage) => {
    if (stage.base.kind === 'stage') {
      edges.push({ kind: 'from', from: stage.base.index, to: stage.index, line: stage.line, reference: inputs[stage.index]!.baseText });
    } else if (stage.base.kind === 'image') {
      edges.push({ kind: 'from', from: stage.base.ref, to: stage.index, line: stage.line, reference: inputs[stage.index]!.baseText });
    }
  });
  inputs.forEach((input, to) => {
    for (const reference of input.references) {
      const { resolved, error } = resolveReference(reference, inputs.length, byName, options);
      if (error) diagnostics.push(error);
      if (!resolved) continue;
      const from = resolved.kind === 'stage' ? resolved.index : resolved.ref;
      edges.push({ kind: reference.kind, from, to, line: reference.line, reference: reference.from });
      if (resolved.kind === 'stage') deps[to]!.push({ to: resolved.index, line: reference.line });
    }
  });

  const cycle = findCycle(deps);
  if (cycle) {
    const lines = cycle.lines.length > 0 ? cycle.lines : [stages[cycle.stage]!.line];
    diagnostics.push(
      diagnostic('SC4001', `circular dependency detected on stage: ${stages[cycle.stage]!.displayName}`, lineRange(Math.min(...lines), Math.max(...lines))),
    );
  }

  checkImageReferences(edges.filter((e) => !(e.kind === 'from' && baseErrors.has(e.to))), diagnostics);

  const needed = cycle ? new Set<number>() : reachableStages(inputs, stages, deps, edges, targetIndex, byName, options);
  for (const stage of stages) {
    stage.neededByBuildKit = needed.has(stage.index);
    stage.neededByLegacy = stage.index <= targetIndex;
  }
  if (!cycle) checkDispatchOrder(stages, edges, options.mode === 'legacy', diagnostics, inputs);
  checkDuplicateNames(inputs, diagnostics);

  const externalImages: string[] = [];
  for (const edge of [...edges].sort((a, b) => a.line - b.line)) {
    if (typeof edge.from === 'string' && !externalImages.includes(edge.from)) externalImages.push(edge.from);
  }
  return { stages, edges, externalImages, targetIndex, diagnostics };
}

/** FROM lines: expand with the global scope, then bind to an earlier stage, scratch or an image. */
function resolveBases(inputs: readonly StageInput[], options: GraphOptions, diagnostics: Diagnostic[], baseErrors: Set<number>): GraphStage[] {
  const registered = new Map<string, number>();
  return inputs.map((input, index) => {
    const at = lineRange(input.line);
    const expanded = options.expandGlobal(input.baseText);
    let baseName = input.baseText;
    if (!expanded.ok) diagnostics.push(diagnostic('SC4006', expanded.error, at));
    else if (expanded.value === '') diagnostics.push(diagnostic('SC4006', `base name (${input.baseText}) should not be blank`, at));
    else baseName = expanded.value;
    if (!expanded.ok || expanded.value === '') baseErrors.add(index);

    let platform: string | undefined;
    if (input.platformText !== undefined) {
      const value = options.expandGlobal(input.platformText);
      if (!value.ok) {
        diagnostics.push(diagnostic('SC4009', `failed to process arguments for platform ${input.platformText}: ${value.error}`, at));
      } else if (value.value === '') {
        diagnostics.push(diagnostic('SC4009', `empty platform value from expression ${input.platformText}`, at));
      } else {
        const problem = checkPlatform(value.value);
        if (problem) diagnostics.push(diagnostic('SC4009', `failed to parse platform ${input.platformText}: ${problem}`, at));
        platform = value.value;
      }
    }

    // BuildKit's addState looks the base up among names registered so far, before this stage's own.
    const earlier = registered.get(baseName);
    let base: StageBase;
    if (earlier !== undefined) base = { kind: 'stage', index: earlier, name: baseName };
    else if (baseName === 'scratch') base = { kind: 'scratch' };
    else base = { kind: 'image', ref: baseName };
    if (input.name !== '') registered.set(input.name, index);

    return {
      index,
      name: input.name,
      displayName: input.name !== '' ? input.name : `stage-${index}`,
      base,
      baseText: input.baseText,
      platform,
      line: input.line,
      endLine: input.endLine,
      neededByBuildKit: false,
      neededByLegacy: false,
    };
  });
}

function resolveTarget(inputs: readonly StageInput[], stages: GraphStage[], target: string | undefined, diagnostics: Diagnostic[]): number {
  const last = inputs.length - 1;
  if (!target) return last;
  const found = lastStageByName(inputs).get(target.toLowerCase());
  if (found !== undefined) return found;
  const names = stages.map((s) => s.displayName);
  diagnostics.push(diagnostic('SC4003', withSuggestion(`target stage "${target}" could not be found`, target, names, true), lineRange(1)));
  return last;
}

/** Every image named by FROM or COPY --from must be a valid reference, built or not. */
function checkImageReferences(edges: GraphEdge[], diagnostics: Diagnostic[]): void {
  for (const edge of edges) {
    if (typeof edge.from !== 'string' || edge.kind === 'mount') continue;
    const parsed = parseImageReference(edge.from);
    if (!parsed.ok) {
      diagnostics.push(diagnostic('SC4006', `failed to parse stage name "${edge.from}": ${parsed.error}`, lineRange(edge.line)));
    }
  }
}

/** Dispatch goes in file order: a source stage must already be built (defined earlier). */
function checkDispatchOrder(stages: GraphStage[], edges: GraphEdge[], legacy: boolean, diagnostics: Diagnostic[], inputs: readonly StageInput[]): void {
  for (const edge of edges) {
    if (typeof edge.from !== 'number' || edge.kind === 'from') continue;
    const consumer = stages[edge.to]!;
    const built = legacy ? consumer.neededByLegacy : consumer.neededByBuildKit;
    if (!built || edge.from < consumer.index) continue;
    if (edge.kind === 'copy') {
      diagnostics.push(diagnostic('SC4002', `cannot copy from stage "${edge.reference}", it needs to be defined before current stage "${consumer.displayName}"`, lineRange(edge.line)));
    } else {
      const target = inputs[edge.to]!.references.find((r) => r.line === edge.line && r.from === edge.reference)?.target ?? '';
      diagnostics.push(diagnostic('SC4002', `cannot mount from stage "${edge.reference}" to "${target}", stage needs to be defined before current command`, lineRange(edge.line)));
    }
  }
}

/** BuildKit lint DuplicateStageName: a warning, never an error. */
function checkDuplicateNames(inputs: readonly StageInput[], diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input.name === '') continue;
    if (seen.has(input.name)) {
      diagnostics.push(diagnostic('SC4007', `Duplicate stage name "${input.name}", stage names should be unique`, lineRange(input.line)));
    }
    seen.add(input.name);
  }
}
