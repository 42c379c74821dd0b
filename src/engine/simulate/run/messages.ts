/**
 * Error texts as the real tools print them. The RUN's shell is dash on Debian/Ubuntu images
 * (`/bin/sh: 1: apk: not found`), BusyBox ash on Alpine (`/bin/sh: apk: not found`), and bash
 * when SHELL or `bash -c` asks for it (`bash: line 1: apk: command not found`).
 */
import type { Shell } from './state';

/** The prefix of a shell diagnostic for a command on `line` of the script. */
export function shellPrefix(sh: Shell, line: number): string {
  switch (sh.flavour) {
    case 'ash':
      return `${sh.scriptName}: `;
    case 'bash':
      return `${sh.scriptName}: line ${line}: `;
    default:
      return `${sh.scriptName}: ${line}: `;
  }
}

/** `sh: 1: foo: not found` (exit 127). */
export function notFoundMessage(sh: Shell, line: number, name: string): string {
  return `${shellPrefix(sh, line)}${name}: ${sh.flavour === 'bash' ? 'command not found' : 'not found'}\n`;
}

/** A builtin's error (`sh: 1: cd: can't cd to /x`). */
export function builtinError(sh: Shell, line: number, builtin: string, message: string): string {
  return `${shellPrefix(sh, line)}${builtin}: ${message}\n`;
}

/** True when the image's tools are BusyBox applets (Alpine, busybox), whose messages differ from GNU's. */
export function isBusybox(osFamily: string): boolean {
  return osFamily === 'alpine' || osFamily === 'busybox';
}
