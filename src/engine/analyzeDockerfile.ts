/**
 * The structural half of the pipeline: parse -> instructions -> global ARG scope -> stage graph,
 * without a simulated build. Kept apart from analyze.ts so a caller that only needs the graph (the
 * app's first paint on the main thread) does not load the simulator and its catalog data.
 */
import type { Analysis, AnalyzeInput } from './analysis';
import { diagnostic, lineRange, type Diagnostic } from './diagnostics';
import { buildStageGraph } from './graph';
import { stageInputsFromInstructions } from './graph/fromInstructions';
import { parseInstructions } from './instructions';
import { parseDockerfile } from './parse';
import { buildGlobalScope, EMPTY_ENV, processWord, type Env } from './shell';

/** parse -> instructions -> graph only (what `analyze` does when no build is asked for). */
export function analyzeDockerfile(input: AnalyzeInput): Analysis {
  const parse = parseDockerfile(input.dockerfile);
  const instructions = parseInstructions(parse);
  const diagnostics: Diagnostic[] = [...parse.diagnostics, ...instructions.diagnostics.filter((d) => !parse.diagnostics.includes(d))];
  const escapeToken = parse.escapeToken;
  const stages = instructions.stages;

  let graph = null;
  if (stages.length > 0 || parse.instructions.length > 0) {
    const lastName = stages[stages.length - 1]?.name ?? '';
    const scope = buildGlobalScope({
      metaArgs: instructions.metaArgs.flatMap((arg) => arg.args.map((pair) => ({ key: pair.key, value: pair.value ?? undefined }))),
      buildArgs: input.buildArgs ?? {},
      target: input.target || lastName,
      escapeToken,
    });
    let env: Env = EMPTY_ENV;
    if (scope.ok) env = scope.env;
    else {
      const line = instructions.metaArgs[0]?.startLine ?? 1;
      diagnostics.push(diagnostic('SC3001', scope.error, lineRange(line)));
    }
    graph = buildStageGraph(stageInputsFromInstructions(stages), {
      target: input.target,
      mode: input.mode ?? 'buildkit',
      expandGlobal: (word) => {
        const result = processWord(word, env, { escapeToken });
        return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
      },
      hasVariable: (word) => {
        const result = processWord(word, EMPTY_ENV, { escapeToken });
        return !result.ok || result.value !== word;
      },
    });
    diagnostics.push(...graph.diagnostics);
  }

  return {
    parse,
    instructions,
    graph,
    diagnostics,
    ok: !diagnostics.some((d) => d.severity === 'error'),
  };
}
