/**
 * The one pipeline entry: Dockerfile text (and options) in, an {@link Analysis} out.
 * parse -> instructions -> global ARG scope -> stage graph, then (when the input asks for a
 * build) plan -> simulate -> report. Each stage's diagnostics are kept in the order BuildKit
 * meets them, so the first error is the one `docker build` would print.
 */
import type { Analysis, AnalyzeInput } from './analysis';
import { analyzeDockerfile } from './analyzeDockerfile';
import { utf8Length } from './fs';
import { simulateAnalysis } from './simulateAnalysis';

export { analyzeDockerfile };

export function analyze(input: AnalyzeInput): Analysis {
  const analysis = analyzeDockerfile(input);
  if (input.build === undefined) return analysis;
  const build = simulateAnalysis(analysis, { ...input.build, buildArgs: input.buildArgs, mode: input.mode, dockerfileBytes: utf8Length(input.dockerfile) });
  return { ...analysis, build };
}
