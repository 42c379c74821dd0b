/**
 * From the stage graph and the build options to a plan: which stages run, in which order and
 * parallel waves, with which commands (ONBUILD triggers first) and step totals.
 *
 * BuildKit dispatches only the stages reachable from the target and solves independent ones in
 * parallel; the legacy builder runs every stage up to the target, one after another
 * (SEMANTICS.md §4 "Target").
 */
import type { Analysis } from '../analysis';
import type { Diagnostic } from '../diagnostics';
import type { GraphStage, StageGraph } from '../graph';
import type { Stage } from '../instructions';
import { stepTotal } from './stepLabels';
import type { BuildPlan, PlanOptions, PlannedCommand, PlannedStage } from './types';

/** Stage indexes each stage reads from (FROM stage, COPY --from, mount from=, triggers). */
function stageDependencies(graph: StageGraph): number[][] {
  const deps: number[][] = graph.stages.map(() => []);
  for (const edge of graph.edges) {
    if (typeof edge.from !== 'number') continue;
    const list = deps[edge.to];
    if (list && !list.includes(edge.from) && edge.from !== edge.to) list.push(edge.from);
  }
  return deps.map((list) => list.sort((a, b) => a - b));
}

/**
 * BuildKit blanks the stage name when its list of states holds exactly one entry: one stage and
 * no image pulled in by `COPY --from=<image>` or `RUN --mount from=<image>` (each adds a state).
 */
function singleState(graph: StageGraph): boolean {
  if (graph.stages.length !== 1) return false;
  return !graph.edges.some((e) => e.kind !== 'from' && typeof e.from === 'string' && !e.viaOnbuild);
}

function plannedCommands(stage: Stage, base: Stage | undefined, fromLine: number): { commands: PlannedCommand[]; triggerError?: string } {
  const commands: PlannedCommand[] = [];
  let triggerError: string | undefined;
  for (const command of base?.commands ?? []) {
    if (command.kind !== 'onbuild') continue;
    if (command.trigger === null) {
      triggerError ??= command.triggerError ?? 'invalid ONBUILD trigger';
      continue;
    }
    // BuildKit resets a trigger's location to the stage that runs it.
    commands.push({ command: command.trigger, isOnBuild: true, line: fromLine, endLine: fromLine });
  }
  for (const command of stage.commands) {
    commands.push({ command, isOnBuild: false, line: command.startLine, endLine: command.endLine });
  }
  return triggerError === undefined ? { commands } : { commands, triggerError };
}

function noCacheFor(name: string, options: PlanOptions): boolean {
  if (options.noCache) return true;
  // BuildKit's IsNoCache matches the stage's own name; an unnamed stage cannot be selected.
  return name !== '' && (options.noCacheFilter ?? []).some((f) => f.toLowerCase() === name);
}

function waveOf(index: number, deps: number[][], built: Set<number>, memo: Map<number, number>): number {
  const known = memo.get(index);
  if (known !== undefined) return known;
  memo.set(index, 0);
  let wave = 0;
  for (const dep of deps[index] ?? []) {
    if (built.has(dep) && dep < index) wave = Math.max(wave, waveOf(dep, deps, built, memo) + 1);
  }
  memo.set(index, wave);
  return wave;
}

function planStage(g: GraphStage, stages: readonly Stage[], labelName: string, options: PlanOptions): PlannedStage {
  const stage = stages[g.index];
  const base = g.base.kind === 'stage' ? stages[g.base.index] : undefined;
  const { commands, triggerError } = stage ? plannedCommands(stage, base, g.line) : { commands: [] as PlannedCommand[], triggerError: undefined };
  const own = commands.filter((c) => !c.isOnBuild).map((c) => c.command);
  const planned: PlannedStage = {
    index: g.index,
    name: g.name,
    displayName: g.displayName,
    labelName,
    base: g.base,
    built: false,
    wave: -1,
    dependsOn: [],
    noCache: noCacheFor(g.name, options),
    stepTotal: stepTotal(g.base, own, commands.length - own.length),
    commands,
    line: g.line,
    endLine: g.endLine,
  };
  if (triggerError !== undefined) planned.triggerError = triggerError;
  return planned;
}

/** The plan for an analysis; an analysis without a graph gives an empty plan. */
export function planBuild(analysis: Analysis, options: PlanOptions = {}): BuildPlan {
  const mode = options.mode ?? 'buildkit';
  const graph = analysis.graph;
  const diagnostics: Diagnostic[] = [];
  if (graph === null || graph.stages.length === 0) {
    return { mode, targetIndex: -1, stages: [], order: [], waves: [], images: [], diagnostics };
  }
  const lone = singleState(graph);
  const deps = stageDependencies(graph);
  const stages = graph.stages.map((g) => planStage(g, analysis.instructions.stages, lone ? '' : g.displayName, options));
  const builtSet = new Set(graph.stages.filter((g) => (mode === 'legacy' ? g.neededByLegacy : g.neededByBuildKit)).map((g) => g.index));
  const order = [...builtSet].sort((a, b) => a - b);
  const memo = new Map<number, number>();
  const waves: number[][] = [];
  order.forEach((index, position) => {
    const stage = stages[index]!;
    stage.built = true;
    stage.dependsOn = (deps[index] ?? []).filter((d) => builtSet.has(d));
    stage.wave = mode === 'legacy' ? position : waveOf(index, deps, builtSet, memo);
    (waves[stage.wave] ??= []).push(index);
  });
  const images: string[] = [];
  for (const edge of [...graph.edges].sort((a, b) => a.line - b.line)) {
    if (typeof edge.from === 'string' && builtSet.has(edge.to) && !images.includes(edge.from)) images.push(edge.from);
  }
  return { mode, targetIndex: graph.targetIndex, stages, order, waves: waves.filter((w) => w !== undefined), images, diagnostics };
}
