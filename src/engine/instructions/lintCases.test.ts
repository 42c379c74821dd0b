/**
 * The build checks raised while reading instructions, against BuildKit's check test data
 * (lint-cases/check_test_cases.json from dockerfile_check_test.go). Only the rules this layer
 * raises are compared; `# check=` filtering is done here the way BuildKit's linter does it
 * (file directive or BUILDKIT_DOCKERFILE_CHECK, merged with a per-instruction `# check=` comment).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/index';
import { hasShared, sharedPath } from '../testing/sharedDir';
import { parseInstructions, type LintFinding } from './index';

const RULES = ['StageNameCasing', 'FromAsCasing', 'MaintainerDeprecated', 'InvalidDefinitionDescription'];

interface Warning {
  RuleName: string;
  Description: string;
  Detail: string;
  URL: string;
  Line: number;
}

interface Case {
  go_test_func: string;
  source_line: number;
  dockerfile?: string;
  dockerfile_linux?: string;
  frontend_attrs?: Record<string, string>;
  warnings: Warning[];
}

interface LintConfig {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
}

/** BuildKit's ParseLintOptions, enough for the test data (`skip=`, `experimental=`, `error=`). */
function lintConfig(text: string | undefined): LintConfig {
  const config: LintConfig = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set() };
  for (const part of (text ?? '').trim().split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const names = part.slice(eq + 1).trim();
    const list = names.split(',').map((n) => n.trim());
    if (key === 'skip' && names === 'all') config.skipAll = true;
    else if (key === 'skip') list.forEach((n) => config.skip.add(n));
    if (key === 'experimental' && names === 'all') config.experimentalAll = true;
    else if (key === 'experimental') list.forEach((n) => config.experimental.add(n));
  }
  return config;
}

function merged(base: LintConfig, comments: readonly string[]): LintConfig {
  for (const comment of comments) {
    const m = /^\s*check\s*=\s*(.*?)\s*$/i.exec(comment);
    if (!m) continue;
    const extra = lintConfig(m[1]!.split(' ')[0]);
    return {
      skipAll: base.skipAll || extra.skipAll,
      skip: new Set([...base.skip, ...extra.skip]),
      experimentalAll: base.experimentalAll || extra.experimentalAll,
      experimental: new Set([...base.experimental, ...extra.experimental]),
    };
  }
  return base;
}

function shown(finding: LintFinding, base: LintConfig): boolean {
  const config = merged(base, finding.prevComment);
  if (finding.experimental) return config.experimentalAll || config.experimental.has(finding.rule);
  return !config.skipAll && !config.skip.has(finding.rule);
}

const cases: Case[] = hasShared
  ? (JSON.parse(readFileSync(sharedPath('anchors', 'buildkit', 'lint-cases', 'check_test_cases.json'), 'utf8')) as { cases: Case[] }).cases
  : [];

const usable = cases.filter(
  (c) => (c.dockerfile ?? c.dockerfile_linux) !== undefined &&
    Object.keys(c.frontend_attrs ?? {}).every((k) => k === 'build-arg:BUILDKIT_DOCKERFILE_CHECK'),
);

const byLineThenDetail = (a: { Line: number; Detail: string }, b: { Line: number; Detail: string }) =>
  a.Line - b.Line || (a.Detail < b.Detail ? -1 : a.Detail > b.Detail ? 1 : 0);

describe.skipIf(!hasShared)('build checks raised while reading instructions (dockerfile_check_test.go)', () => {
  it('has cases that exercise these rules', () => {
    expect(usable.filter((c) => c.warnings.some((w) => RULES.includes(w.RuleName))).length).toBeGreaterThanOrEqual(8);
  });

  it.each(usable.map((c) => [`${c.go_test_func}:${c.source_line}`, c] as const))('%s', (_name, c) => {
    const parse = parseDockerfile((c.dockerfile ?? c.dockerfile_linux)!);
    const result = parseInstructions(parse);
    const attr = c.frontend_attrs?.['build-arg:BUILDKIT_DOCKERFILE_CHECK'];
    const config = lintConfig(attr ?? parse.directives.check?.value);
    const ours = result.lint
      .filter((f) => shown(f, config))
      .map((f) => ({ RuleName: f.rule, Description: f.description, Detail: f.message, URL: f.url, Line: f.startLine }))
      .sort(byLineThenDetail);
    const expected = c.warnings
      .filter((w) => RULES.includes(w.RuleName))
      .map(({ RuleName, Description, Detail, URL, Line }) => ({ RuleName, Description, Detail, URL, Line }))
      .sort(byLineThenDetail);
    expect(ours).toEqual(expected);
  });
});
