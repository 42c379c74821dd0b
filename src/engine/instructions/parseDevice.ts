/**
 * `RUN --device=<csv>` (BuildKit: instructions/commands_rundevice.go `ParseDevice`). The value is
 * read while parsing instructions; using it fails later, at dispatch, outside the labs frontend.
 */
import { withSuggestion } from '../suggest';
import { csvFields } from './csvFields';
import { parseGoBool } from './goStrconv';
import type { Device } from './types';

export type DeviceResult = { ok: true; device: Device } | { ok: false; error: string };

/** BuildKit's dispatch error for any `--device` in the stable (non-labs) frontend. */
export const DEVICE_LABS_ONLY = 'device feature is only supported in Dockerfile frontend 1.14.0-labs or later';

/** Read one `--device` value: a device name, `name=`, and `required[=bool]`. */
export function parseDevice(spec: string): DeviceResult {
  const csv = csvFields(spec);
  if (!csv.ok) return { ok: false, error: `failed to parse csv devices: ${csv.error}` };
  const d: Device = { name: '', required: false };
  for (const field of csv.fields) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq === -1 ? '' : field.slice(eq + 1);
    if (eq === -1) {
      if (key === 'required') d.required = true;
      else if (d.name === '') d.name = field;
      else return { ok: false, error: `invalid field '${field}' must be a key=value pair` };
      continue;
    }
    if (key === 'name') {
      if (d.name !== '') return { ok: false, error: `device name already set to ${d.name}` };
      d.name = value;
    } else if (key === 'required') {
      const b = parseGoBool(value);
      if (b === null) return { ok: false, error: `invalid value for ${key}: ${value}` };
      d.required = b;
    } else if (d.name === '') {
      // A first unknown `k=v` is taken as the name (CDI names may contain `=`).
      d.name = field;
    } else {
      const message = `unexpected key '${key}' in '${field}'`;
      return { ok: false, error: withSuggestion(message, key, ['name', 'required'], true) };
    }
  }
  return { ok: true, device: d };
}
