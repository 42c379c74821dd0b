/**
 * The instructions with plain arguments: MAINTAINER, WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE
 * (BuildKit: instructions/parse.go). The order of the checks (arguments, then flags) is
 * BuildKit's, since it decides which error a broken line reports.
 */
import { compareGoStrings, goTrimSpace } from './goText';
import { atLeastOne, checkFlags, exactlyOne, failure, success, type Parsed, type ParseRequest } from './parseRequest';
import type {
  ExposeInstruction,
  MaintainerInstruction,
  StopSignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './types';

export function parseMaintainer(req: ParseRequest): Parsed<MaintainerInstruction> {
  if (req.args.length !== 1) return exactlyOne('MAINTAINER');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  return success({ kind: 'maintainer', ...req.base, maintainer: req.args[0]! });
}

export function parseWorkdir(req: ParseRequest): Parsed<WorkdirInstruction> {
  if (req.args.length !== 1) return exactlyOne('WORKDIR');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  return success({ kind: 'workdir', ...req.base, path: req.args[0]! });
}

export function parseUser(req: ParseRequest): Parsed<UserInstruction> {
  if (req.args.length !== 1) return exactlyOne('USER');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  return success({ kind: 'user', ...req.base, user: req.args[0]! });
}

export function parseVolume(req: ParseRequest): Parsed<VolumeInstruction> {
  if (req.args.length === 0) return atLeastOne('VOLUME');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  const volumes: string[] = [];
  for (const v of req.args) {
    const trimmed = goTrimSpace(v);
    if (trimmed === '') return failure('SC2007', 'VOLUME specified can not be an empty string');
    volumes.push(trimmed);
  }
  return success({ kind: 'volume', ...req.base, volumes });
}

/** STOPSIGNAL never validates its flags (BuildKit ignores them); the signal is checked at dispatch. */
export function parseStopSignal(req: ParseRequest): Parsed<StopSignalInstruction> {
  if (req.args.length !== 1) return exactlyOne('STOPSIGNAL');
  return success({ kind: 'stopsignal', ...req.base, signal: req.args[0]! });
}

/** The ports stay words: BuildKit expands and splits them at dispatch. It sorts them here. */
export function parseExpose(req: ParseRequest): Parsed<ExposeInstruction> {
  if (req.args.length === 0) return atLeastOne('EXPOSE');
  const flags = checkFlags(req, []);
  if (!flags.ok) return flags;
  return success({ kind: 'expose', ...req.base, ports: [...req.args].sort(compareGoStrings) });
}
