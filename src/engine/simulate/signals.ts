/**
 * STOPSIGNAL validation (moby/sys/signal `ParseSignal`, Linux table): a positive number, or a
 * signal name with or without the `SIG` prefix, in any case.
 */
const NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL',
  'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1',
  'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`),
]);

/** null when valid, else BuildKit's error text. */
export function checkSignal(raw: string): string | null {
  if (/^[+-]?\d+$/.test(raw)) return Number(raw) === 0 ? `Invalid signal: ${raw}` : null;
  const name = raw.toUpperCase().replace(/^SIG/, '');
  return NAMES.has(name) ? null : `Invalid signal: ${raw}`;
}
