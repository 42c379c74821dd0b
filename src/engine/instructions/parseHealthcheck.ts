/**
 * HEALTHCHECK (BuildKit: instructions/parse.go `parseHealthcheck`, `parseOptInterval`).
 * `HEALTHCHECK NONE` never looks at its flags; the CMD form checks them first, then the type,
 * then each duration in flag order, then `--retries`.
 */
import { goQuote } from '../parse/goQuote';
import { parseGoDuration } from './goDuration';
import { parseGoInt } from './goStrconv';
import { goUpper } from './goText';
import type { FlagDef } from './parseFlags';
import { atLeastOne, checkFlags, failure, jsonArgs, success, type Parsed, type ParseRequest } from './parseRequest';
import type { HealthConfig, HealthcheckInstruction } from './types';

const DURATION_FLAGS = ['interval', 'timeout', 'start-period', 'start-interval'] as const;

const HEALTHCHECK_FLAGS: readonly FlagDef[] = [
  ...DURATION_FLAGS.map((name) => ({ name, kind: 'string' as const })),
  { name: 'retries', kind: 'string' },
];

const MINIMUM_NS = 1_000_000;

/** A duration flag: '' and 0 mean "inherit" (0); otherwise at least 1ms. */
export function parseOptInterval(name: string, value: string): Parsed<number> {
  if (value === '') return success(0);
  const d = parseGoDuration(value);
  if (!d.ok) return failure('SC2007', d.error);
  if (d.nanoseconds === 0) return success(0);
  if (d.nanoseconds < MINIMUM_NS) return failure('SC2007', `Interval ${goQuote(name)} cannot be less than 1ms`);
  return success(d.nanoseconds);
}

export function parseHealthcheck(req: ParseRequest): Parsed<HealthcheckInstruction> {
  if (req.args.length === 0) return atLeastOne('HEALTHCHECK');
  const type = goUpper(req.args[0]!);
  const rest = req.args.slice(1);
  const health: HealthConfig = {
    test: [],
    intervalNs: 0,
    timeoutNs: 0,
    startPeriodNs: 0,
    startIntervalNs: 0,
    retries: 0,
  };
  if (type === 'NONE') {
    if (rest.length !== 0) return failure('SC2003', 'HEALTHCHECK NONE takes no arguments');
    health.test = [type];
    return success({ kind: 'healthcheck', ...req.base, health });
  }
  const checked = checkFlags(req, HEALTHCHECK_FLAGS);
  if (!checked.ok) return checked;
  const flags = checked.value;
  if (type !== 'CMD') return failure('SC2007', `Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)`);
  const cmd = jsonArgs(rest, req.isJson);
  if (cmd.length === 0) return failure('SC2003', 'Missing command after HEALTHCHECK CMD');
  health.test = [req.isJson ? type : 'CMD-SHELL', ...cmd];

  const durations: number[] = [];
  for (const name of DURATION_FLAGS) {
    const d = parseOptInterval(name, flags.string(name));
    if (!d.ok) return d;
    durations.push(d.value);
  }
  [health.intervalNs, health.timeoutNs, health.startPeriodNs, health.startIntervalNs] = durations as [
    number,
    number,
    number,
    number,
  ];
  const retries = flags.string('retries');
  if (retries !== '') {
    const n = parseGoInt(retries, 10, 32);
    if (!n.ok) return failure('SC2007', n.error);
    if (n.value < 0) return failure('SC2007', `--retries cannot be negative (${n.value})`);
    health.retries = n.value;
  }
  return success({ kind: 'healthcheck', ...req.base, health });
}
