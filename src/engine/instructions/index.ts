/**
 * BuildKit's typed instruction layer (frontend/dockerfile/instructions): the parser's AST becomes
 * typed instructions grouped into stages, with BuildKit's flag, arity and mount errors and the
 * build checks it raises while reading. Nothing is variable-expanded here.
 */
export type {
  AddInstruction,
  ArgInstruction,
  ArgPair,
  CmdInstruction,
  Command,
  CommandLine,
  CopyInstruction,
  Device,
  EntrypointInstruction,
  EnvInstruction,
  ExposeInstruction,
  FromInstruction,
  HealthcheckInstruction,
  HealthConfig,
  InlineFile,
  Instruction,
  InstructionBase,
  InstructionKind,
  KeyValuePair,
  LabelInstruction,
  MaintainerInstruction,
  NetworkMode,
  OnbuildInstruction,
  RunInstruction,
  SecurityMode,
  ShellInstruction,
  SourceContent,
  SourcesAndDest,
  Stage,
  StopSignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './types';
export type { CacheSharing, Mount, MountParse, MountType } from './mountTypes';
export { parseInstructions, type InstructionsResult } from './parseInstructions';
export { parseInstruction, INSTRUCTION_KEYWORDS, type InstructionParse } from './parseInstruction';
export type { InstructionError, Parsed } from './parseRequest';
export { parseMount, noExpansion, type MountResult, type WordExpander } from './parseMount';
export { parseDevice, DEVICE_LABS_ONLY, type DeviceResult } from './parseDevice';
export { parseFlags, type FlagDef, type FlagKind, type FlagsParse, type FlagValues } from './parseFlags';
export { parseGoDuration, type DurationParse } from './goDuration';
export { parseOptInterval } from './parseHealthcheck';
export type { LintFinding, LintRule } from './lintRules';
