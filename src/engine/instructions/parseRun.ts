/**
 * RUN (BuildKit: instructions/parse.go `parseRun` with the pre/post hooks of
 * commands_rundevice.go, commands_runmount.go, commands_runnetwork.go, commands_runsecurity.go,
 * which Go registers in that file order: flags are declared in that order and checked in it).
 */
import { goQuote } from '../parse/goQuote';
import type { FlagDef } from './parseFlags';
import { commandLineOf } from './parseCommandLine';
import { parseDevice } from './parseDevice';
import { noExpansion, parseMount } from './parseMount';
import { checkFlags, failure, success, type Parsed, type ParseRequest } from './parseRequest';
import type { Device, MountParse, NetworkMode, RunInstruction, SecurityMode } from './types';

const RUN_FLAGS: readonly FlagDef[] = [
  { name: 'device', kind: 'strings' },
  { name: 'mount', kind: 'strings' },
  { name: 'network', kind: 'string', defaultValue: 'default' },
  { name: 'security', kind: 'string', defaultValue: 'sandbox' },
];

const NETWORK_MODES: readonly string[] = ['default', 'none', 'host'];
const SECURITY_MODES: readonly string[] = ['sandbox', 'insecure'];

/** Read each `--mount` with every key (no expansion) for the editor and the graph. */
function readMounts(specs: readonly string[], froms: readonly string[]): MountParse[] {
  return specs.map((spec, i) => {
    const from = froms[i] ?? '';
    const full = parseMount(spec, noExpansion);
    return full.ok ? { spec, from, mount: full.mount, error: null } : { spec, from, mount: null, error: full.error };
  });
}

export function parseRun(req: ParseRequest): Parsed<RunInstruction> {
  const checked = checkFlags(req, RUN_FLAGS);
  if (!checked.ok) return checked;
  const flags = checked.value;

  const devices: Device[] = [];
  for (const spec of flags.strings('device')) {
    const d = parseDevice(spec);
    if (!d.ok) return failure('SC2007', d.error);
    devices.push(d.device);
  }
  // The parse-time reading of mounts: CSV syntax and `from=` only (see parseMount.ts).
  const mountSpecs = flags.strings('mount');
  const froms: string[] = [];
  for (const spec of mountSpecs) {
    const early = parseMount(spec, null);
    if (!early.ok) return failure('SC2006', early.error);
    froms.push(early.mount.from);
  }
  const network = flags.string('network');
  if (!NETWORK_MODES.includes(network)) return failure('SC2007', `invalid network mode ${goQuote(network)}`);
  const security = flags.string('security');
  if (!SECURITY_MODES.includes(security)) return failure('SC2007', `security ${goQuote(security)} is not valid`);

  return success({
    kind: 'run',
    ...req.base,
    ...commandLineOf(req),
    mounts: readMounts(mountSpecs, froms),
    network: network as NetworkMode,
    security: security as SecurityMode,
    devices,
    flagsUsed: [...flags.used],
  });
}
