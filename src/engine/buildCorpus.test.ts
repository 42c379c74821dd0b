/**
 * Every corpus Dockerfile through the whole simulated build with an empty context: problems
 * must come back as values (never a throw), quickly, and an internal simulator error (SC5007)
 * must never happen. Prints how many RUN steps the shell simulated fully.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { buildImage } from './build';
import { hasShared, sharedPath } from './testing/sharedDir';

describe.skipIf(!hasShared)('building the corpus (empty context)', () => {
  const dir = sharedPath('corpus', 'files');
  const files = hasShared ? readdirSync(dir).filter((f) => f.endsWith('.Dockerfile')).sort() : [];

  it('never throws, never hits an internal error, and each build is quick', () => {
    let runs = 0;
    let fullySimulated = 0;
    let notSimulatedCommands = 0;
    let failedBuilds = 0;
    let slowest = 0;
    const internal: string[] = [];
    for (const file of files) {
      const dockerfile = readFileSync(`${dir}/${file}`, 'utf8');
      const t0 = performance.now();
      const out = buildImage({ dockerfile });
      slowest = Math.max(slowest, performance.now() - t0);
      if (!out.build.ok) failedBuilds++;
      for (const d of out.build.diagnostics) if (d.code === 'SC5007') internal.push(`${file}:${d.range.startLine}: ${d.message}`);
      for (const step of out.build.stages.flatMap((s) => s.steps)) {
        if (step.kind !== 'run' || step.error !== undefined) continue;
        runs++;
        if (step.notSimulated.length === 0) fullySimulated++;
        notSimulatedCommands += step.notSimulated.length;
      }
    }
    console.log(
      `corpus: ${files.length} files, ${failedBuilds} builds fail (empty context); ${runs} RUN steps ran: ` +
        `${fullySimulated} fully simulated, ${runs - fullySimulated} with "not simulated" commands (${notSimulatedCommands} commands); slowest build ${slowest.toFixed(0)} ms`,
    );
    expect(files.length).toBe(216);
    expect(internal).toEqual([]);
    expect(slowest).toBeLessThan(2000);
  }, 120_000);
});
