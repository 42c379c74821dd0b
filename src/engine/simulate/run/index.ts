/**
 * The simulated RUN: a shell interpreter over the virtual filesystem with handlers for the
 * commands Dockerfiles run (package managers, language builds, downloads, archives, file tools).
 */
export { runCommand, WORK_BUDGET } from './runCommand';
export type { NotSimulated, RunContext, RunMount, RunOutcome } from './types';
