/**
 * Typed instructions, after BuildKit's frontend/dockerfile/instructions/commands.go. Values are
 * the words as written: nothing is variable-expanded here (BuildKit expands at dispatch).
 */
import type { Mount, MountParse } from './mountTypes';

/** The 18 instruction keywords, lowercased (BuildKit's command/command.go). */
export type InstructionKind =
  | 'add'
  | 'arg'
  | 'cmd'
  | 'copy'
  | 'entrypoint'
  | 'env'
  | 'expose'
  | 'from'
  | 'healthcheck'
  | 'label'
  | 'maintainer'
  | 'onbuild'
  | 'run'
  | 'shell'
  | 'stopsignal'
  | 'user'
  | 'volume'
  | 'workdir';

/** What every instruction carries (BuildKit's `withNameAndCode` plus the node's location). */
export interface InstructionBase {
  /** The keyword exactly as written (`COPY`, `copy`, `Copy`). */
  keyword: string;
  /** The instruction line with continuations joined (the AST's `original`). */
  original: string;
  /** `original` trimmed: BuildKit's `String()` of a command and a stage's `SourceCode`. */
  code: string;
  /** The leading `--flag` words as the parser extracted them. */
  flags: string[];
  /** Comment lines directly above the instruction. */
  prevComment: string[];
  /** First physical line, 1-based. */
  startLine: number;
  /** Last physical line (heredoc bodies included). */
  endLine: number;
}

/** `KEY=value` of ENV and LABEL. */
export interface KeyValuePair {
  key: string;
  value: string;
  /** True for the legacy `ENV key value` form (no `=`); lint LegacyKeyValueFormat reads it. */
  noDelim: boolean;
}

/** One `KEY[=value]` of ARG. */
export interface ArgPair {
  key: string;
  /** Null when no `=` was written (`ARG NAME`), '' for `ARG NAME=`. */
  value: string | null;
  /** Text after `# KEY ` in the comment lines above, or ''. */
  docComment: string;
}

/** A heredoc body attached to RUN/CMD/ENTRYPOINT (BuildKit's `ShellInlineFile`). */
export interface InlineFile {
  name: string;
  /** The body as written; not chomped even for `<<-` (BuildKit chomps at dispatch). */
  data: string;
  chomp: boolean;
}

/** A heredoc source of COPY/ADD (BuildKit's `SourceContent`). */
export interface SourceContent {
  /** The heredoc name: the created file's name. */
  path: string;
  /** The body, already chomped for `<<-`. */
  data: string;
  /** False when the delimiter was quoted: the body is then not variable-expanded. */
  expand: boolean;
}

export interface FromInstruction extends InstructionBase {
  kind: 'from';
  /** The image or stage reference as written (`args[0]`), before any expansion. */
  image: string;
  /** The `AS` name lowercased, '' when the stage is unnamed (or the name was invalid). */
  stageName: string;
  /** The `AS` name as written, '' when absent. */
  stageNameAsWritten: string;
  /** The `AS` word as written (`AS`, `as`), '' when absent. */
  asKeyword: string;
  /** The `--platform` value as written, '' when absent. */
  platform: string;
  /** Text after `# <name> ` in the comments above (BuildKit's `DocComment`). */
  docComment: string;
}

export interface ArgInstruction extends InstructionBase {
  kind: 'arg';
  args: ArgPair[];
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env';
  pairs: KeyValuePair[];
}

export interface LabelInstruction extends InstructionBase {
  kind: 'label';
  pairs: KeyValuePair[];
}

/** The command line of RUN/CMD/ENTRYPOINT (BuildKit's `ShellDependantCmdLine`). */
export interface CommandLine {
  /** Exec form: the JSON array. Shell form: one element, the arguments joined by spaces. */
  cmdLine: string[];
  /** True for shell form: the stage's SHELL must be put in front (not applied here). */
  prependShell: boolean;
  /** Heredoc bodies, in marker order. */
  files: InlineFile[];
}

export type NetworkMode = 'default' | 'none' | 'host';
export type SecurityMode = 'sandbox' | 'insecure';

/** One `--device` value (BuildKit's `Device`; the stable frontend rejects it at dispatch). */
export interface Device {
  name: string;
  required: boolean;
}

export interface RunInstruction extends InstructionBase, CommandLine {
  kind: 'run';
  /**
   * Every `--mount`, in order, read with every key but without variable expansion (what
   * BuildKit's dispatch sees when the values hold no variables). Re-read with `parseMount` and a
   * real expander at dispatch.
   */
  mounts: MountParse[];
  network: NetworkMode;
  security: SecurityMode;
  devices: Device[];
  /** Flag names that were given, without `--`, in first-use order (BuildKit's `FlagsUsed`). */
  flagsUsed: string[];
}

export interface CmdInstruction extends InstructionBase, CommandLine {
  kind: 'cmd';
}

export interface EntrypointInstruction extends InstructionBase, CommandLine {
  kind: 'entrypoint';
  /** True for `ENTRYPOINT []`: BuildKit stores a nil entrypoint (it clears the inherited one). */
  isEmpty: boolean;
}

export interface ShellInstruction extends InstructionBase {
  kind: 'shell';
  shell: string[];
}

/** What COPY and ADD share (BuildKit's `SourcesAndDest` and common flags). */
export interface SourcesAndDest {
  /** Path sources as written (heredoc markers removed into `sourceContents`). */
  sourcePaths: string[];
  sourceContents: SourceContent[];
  destPath: string;
  /** `--chown` as written, '' when absent. */
  chown: string;
  /** `--chmod` as written, '' when absent. */
  chmod: string;
  link: boolean;
  /** Every `--exclude` pattern, in order. */
  exclude: string[];
}

export interface CopyInstruction extends InstructionBase, SourcesAndDest {
  kind: 'copy';
  /** `--from` as written, '' when absent. */
  from: string;
  parents: boolean;
}

export interface AddInstruction extends InstructionBase, SourcesAndDest {
  kind: 'add';
  /** Null when `--keep-git-dir` was not given. */
  keepGitDir: boolean | null;
  /** `--checksum` as written, '' when absent. */
  checksum: string;
  /** Null when `--unpack` was not given (then BuildKit decides by source kind). */
  unpack: boolean | null;
}

export interface WorkdirInstruction extends InstructionBase {
  kind: 'workdir';
  path: string;
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  user: string;
}

export interface VolumeInstruction extends InstructionBase {
  kind: 'volume';
  /** Each entry trimmed of white space. */
  volumes: string[];
}

export interface ExposeInstruction extends InstructionBase {
  kind: 'expose';
  /** The words as written, sorted byte-wise as BuildKit does; parsed after expansion. */
  ports: string[];
}

export interface StopSignalInstruction extends InstructionBase {
  kind: 'stopsignal';
  signal: string;
}

export interface MaintainerInstruction extends InstructionBase {
  kind: 'maintainer';
  maintainer: string;
}

/** The image config healthcheck (durations in nanoseconds; 0 means inherit). */
export interface HealthConfig {
  /** `["NONE"]`, `["CMD", ...argv]` or `["CMD-SHELL", command]`. */
  test: string[];
  intervalNs: number;
  timeoutNs: number;
  startPeriodNs: number;
  startIntervalNs: number;
  retries: number;
}

export interface HealthcheckInstruction extends InstructionBase {
  kind: 'healthcheck';
  health: HealthConfig;
}

export interface OnbuildInstruction extends InstructionBase {
  kind: 'onbuild';
  /** The trigger text stored in the image config (keyword removed, heredoc bodies appended). */
  expression: string;
  /**
   * The trigger read as an instruction, for the editor and the graph. BuildKit only reads it when
   * a later build uses this image, so its problems are not errors here.
   */
  trigger: Command | null;
  /** Why the trigger could not be read (BuildKit's message), or null. */
  triggerError: string | null;
}

/** Every typed instruction. */
export type Instruction =
  | AddInstruction
  | ArgInstruction
  | CmdInstruction
  | CopyInstruction
  | EntrypointInstruction
  | EnvInstruction
  | ExposeInstruction
  | FromInstruction
  | HealthcheckInstruction
  | LabelInstruction
  | MaintainerInstruction
  | OnbuildInstruction
  | RunInstruction
  | ShellInstruction
  | StopSignalInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction;

/** An instruction inside a stage: anything but FROM. */
export type Command = Exclude<Instruction, FromInstruction>;

/** One build stage: its FROM and the commands under it (BuildKit's `Stage`). */
export interface Stage {
  /** 0-based position among the stages. */
  index: number;
  /** Lowercased `AS` name, '' when unnamed. */
  name: string;
  from: FromInstruction;
  commands: Command[];
  /** The FROM's first line. */
  startLine: number;
  /** The last line of the stage's last instruction (the FROM's when it has none). */
  endLine: number;
}

export type { Mount, MountParse };
