/**
 * The PATH a container gets when its image sets none: BuildKit's default for Linux
 * (system.DefaultPathEnvUnix). FROM scratch writes it into the config; the shell falls back to it.
 */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
