/**
 * The choices of the target select. BuildKit resolves `--target` by stage name only, so unnamed
 * stages are not offered; the empty value means "no --target" (the last stage).
 */
import type { StageGraph } from '../engine';

export interface TargetOption {
  value: string;
  label: string;
}

export function toTargetOptions(graph: StageGraph | null, target: string): TargetOption[] {
  const stages = graph?.stages ?? [];
  const last = stages[stages.length - 1];
  const options: TargetOption[] = [{ value: '', label: last ? `last stage (${last.displayName})` : 'last stage' }];
  const seen = new Set<string>();
  for (const stage of stages) {
    if (stage.name === '' || seen.has(stage.name)) continue;
    seen.add(stage.name);
    options.push({ value: stage.name, label: stage.name });
  }
  // Keep a target the text no longer defines selectable, so the select shows what is in force.
  if (target !== '' && !seen.has(target.toLowerCase())) options.push({ value: target, label: `${target} (not found)` });
  return options;
}
