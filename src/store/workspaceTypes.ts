/**
 * The workspace: everything a person brings to a build. Dockerfiles (one tab each), the build
 * context they are built from, and the build options. It is what autosave keeps, what a share
 * link carries and what a `.stagecraft.json` file holds; everything else is derived from it.
 */
import type { BuilderMode } from '../engine';

/** One Dockerfile of the workspace, shown as an editor tab. */
export interface WorkspaceDockerfile {
  /**
   * Path relative to the context root (`Dockerfile`, `Dockerfile.multistage`,
   * `docker/api.Dockerfile`); unique in the workspace. BuildKit picks the ignore file by it
   * (`<path>.dockerignore` next to the Dockerfile wins over the root `.dockerignore`).
   */
  path: string;
  /** The file's text. */
  text: string;
}

/** One file of the build context. */
export interface WorkspaceFile {
  /** Bytes; for a file with `content` always the UTF-8 length of that content. */
  size: number;
  /** Text of a small text file (sources, manifests, `.dockerignore`); absent for binaries and big files. */
  content?: string;
  /** Permission bits (0o755 for a script); absent means 0o644, what a checkout gives. */
  mode?: number;
}

/** Context files by path relative to the context root: forward slashes, no `./`, no leading `/`. */
export type WorkspaceContext = Readonly<Record<string, WorkspaceFile>>;

/** The whole workspace as one value. */
export interface Workspace {
  /** The tabs, in tab order; never empty. */
  dockerfiles: WorkspaceDockerfile[];
  /** Path of the Dockerfile the editor shows and the analysis reads. */
  activeDockerfile: string;
  context: WorkspaceContext;
  /** `--target`; '' means the last stage. */
  target: string;
  /** `--build-arg KEY=VALUE` pairs. */
  buildArgs: Record<string, string>;
  mode: BuilderMode;
}

/** Where a workspace that replaced the current one came from (worded in the restore notice). */
export type WorkspaceOrigin = 'example' | 'link' | 'file' | 'folder' | 'restore';

/** The workspace an open replaced, kept so the person can go back to it. */
export interface ReplacedWorkspace {
  workspace: Workspace;
  origin: WorkspaceOrigin;
  /** What was opened, e.g. the example's title or the file's name. */
  label: string;
}

/** What the last close or delete took away, so it can be put back (only that, nothing else). */
export type Removal =
  | { kind: 'dockerfile'; dockerfile: WorkspaceDockerfile; index: number }
  | { kind: 'context'; path: string; files: Record<string, WorkspaceFile> };

/** A message about the workspace: a load that failed (alert) or something done (status). */
export interface WorkspaceNotice {
  kind: 'error' | 'info';
  message: string;
}

/** Limits a workspace read from outside must respect (so a hostile link cannot stall the page). */
export const WORKSPACE_LIMITS = {
  dockerfiles: 50,
  dockerfileBytes: 1024 * 1024,
  contextFiles: 20_000,
  /** Bytes of kept text content across the whole context. */
  contextContentBytes: 16 * 1024 * 1024,
  pathLength: 1024,
  buildArgs: 200,
} as const;
