/**
 * The build checks BuildKit runs while it reads instructions (instructions/parse.go
 * `ParseInstructionWithLinter`; texts from linter/ruleset.go). Whether a finding is shown
 * (`# check=skip=...`, `experimental=`) is the lint layer's decision; this layer reports them all.
 */

export interface LintRule {
  name: string;
  description: string;
  url: string;
  /** Experimental rules run only when `# check=experimental=<name>` enables them. */
  experimental: boolean;
}

/** One warning, in the shape BuildKit's lint callback receives. */
export interface LintFinding {
  rule: string;
  description: string;
  url: string;
  experimental: boolean;
  /** The detail text, e.g. `'as' and 'FROM' keywords' casing do not match`. */
  message: string;
  /** The instruction's line range. */
  startLine: number;
  endLine: number;
  /** The comment lines above the instruction (per-instruction `# check=` comments live there). */
  prevComment: string[];
}

const DOCS = 'https://docs.docker.com/go/dockerfile/rule/';

export const STAGE_NAME_CASING: LintRule = {
  name: 'StageNameCasing',
  description: 'Stage names should be lowercase',
  url: `${DOCS}stage-name-casing/`,
  experimental: false,
};

export const FROM_AS_CASING: LintRule = {
  name: 'FromAsCasing',
  description: "The 'as' keyword should match the case of the 'from' keyword",
  url: `${DOCS}from-as-casing/`,
  experimental: false,
};

export const MAINTAINER_DEPRECATED: LintRule = {
  name: 'MaintainerDeprecated',
  description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  url: `${DOCS}maintainer-deprecated/`,
  experimental: false,
};

export const INVALID_DEFINITION_DESCRIPTION: LintRule = {
  name: 'InvalidDefinitionDescription',
  description:
    'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. ' +
    'If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
  url: `${DOCS}invalid-definition-description/`,
  experimental: true,
};

/** A finding of `rule` at an instruction. */
export function lintFinding(
  rule: LintRule,
  message: string,
  at: { startLine: number; endLine: number; prevComment: string[] },
): LintFinding {
  return {
    rule: rule.name,
    description: rule.description,
    url: rule.url,
    experimental: rule.experimental,
    message,
    startLine: at.startLine,
    endLine: at.endLine,
    prevComment: at.prevComment,
  };
}

/**
 * BuildKit's `validateDefinitionDescription`: when a FROM/ARG has comments directly above, the
 * last one should start with the stage or argument name.
 */
export function definitionDescription(
  instruction: 'FROM' | 'ARG',
  keys: readonly string[],
  at: { startLine: number; endLine: number; prevComment: string[] },
): LintFinding | null {
  const last = at.prevComment[at.prevComment.length - 1];
  if (last === undefined || keys.length === 0) return null;
  const first = last.split(' ')[0]!;
  if (keys.includes(first)) return null;
  const example = keys.length > 1 ? '<arg_key>' : keys[0]!;
  const message = `Comment for ${instruction} should follow the format: \`# ${example} <description>\``;
  return lintFinding(INVALID_DEFINITION_DESCRIPTION, message, at);
}
