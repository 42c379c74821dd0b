/**
 * `RUN --mount=<csv>` (BuildKit: instructions/commands_runmount.go `parseMount`).
 *
 * BuildKit reads each mount twice. While parsing instructions it has no expander: only the CSV
 * syntax and `from=` (which may not hold a variable) are checked, bare keys are skipped and the
 * result is a placeholder bind mount. At dispatch it reads the mount again, expanding every value
 * with the stage's environment, and only then reports bad types, keys and values.
 */
import { goQuote } from '../parse/goQuote';
import { withSuggestion } from '../suggest';
import { csvFields } from './csvFields';
import { parseGoBool, parseGoUint, ramInBytes } from './goStrconv';
import type { CacheSharing, Mount, MountType } from './mountTypes';

/** Expands one word (a mount value); BuildKit's `SingleWordExpander`. */
export type WordExpander = (word: string) => { ok: true; value: string } | { ok: false; error: string };

export type MountResult = { ok: true; mount: Mount } | { ok: false; error: string };

const MOUNT_TYPES: readonly MountType[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING_MODES: readonly string[] = ['shared', 'private', 'locked'];
const ALL_KEYS: readonly string[] = [
  'type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode',
  'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env',
];

/** The identity expander: read every key, substitute nothing. */
export const noExpansion: WordExpander = (word) => ({ ok: true, value: word });

function fail(error: string): MountResult {
  return { ok: false, error };
}

/**
 * Read one `--mount` value. `expand` null gives BuildKit's parse-time reading (see above);
 * `noExpansion` reads every key without substituting variables.
 */
export function parseMount(spec: string, expand: WordExpander | null): MountResult {
  const csv = csvFields(spec);
  if (!csv.ok) return fail(`failed to parse csv mounts: ${csv.error}`);
  const m: Mount = {
    type: 'bind', from: '', source: '', target: '', readOnly: false, sizeLimit: 0, cacheId: '',
    cacheSharing: '', required: false, env: null, mode: null, uid: null, gid: null,
  };
  let roAuto = true;
  for (const field of csv.fields) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    let value = eq === -1 ? '' : field.slice(eq + 1);
    if (eq === -1) {
      if (expand === null) continue;
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') {
        m.readOnly = key === 'readonly' || key === 'ro';
        roAuto = false;
      } else if (key === 'required' && (m.type === 'secret' || m.type === 'ssh')) {
        m.required = true;
      } else if (key === 'required') {
        return fail(`unexpected key '${key}' for mount type '${m.type}'`);
      } else {
        return fail(`invalid field '${field}' must be a key=value pair`);
      }
      continue;
    }
    if (expand !== null) {
      const expanded = expand(value);
      if (!expanded.ok) return fail(expanded.error);
      value = expanded.value;
    } else if (key === 'from') {
      const dollar = value.indexOf('$');
      if (dollar !== -1 && dollar !== value.length - 1) {
        return fail(`'${key}' doesn't support variable expansion, define alias stage instead`);
      }
    } else {
      continue;
    }
    const error = applyKey(m, key, value, field);
    if (error !== null) return fail(error);
    if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') roAuto = false;
  }
  return finish(m, roAuto);
}

/** Apply one `key=value`; BuildKit's message when it is invalid. */
function applyKey(m: Mount, key: string, value: string, field: string): string | null {
  switch (key) {
    case 'type': {
      const type = value.toLowerCase() as MountType;
      if (!MOUNT_TYPES.includes(type)) {
        return withSuggestion(`unsupported mount type ${goQuote(value)}`, value, MOUNT_TYPES, true);
      }
      m.type = type;
      return null;
    }
    case 'from':
      m.from = value;
      return null;
    case 'source':
    case 'src':
      m.source = value;
      return null;
    case 'target':
    case 'dst':
    case 'destination':
      m.target = value;
      return null;
    case 'readonly':
    case 'ro':
    case 'readwrite':
    case 'rw': {
      const b = parseGoBool(value);
      if (b === null) return `invalid value for ${key}: ${value}`;
      m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
      return null;
    }
    case 'required': {
      if (m.type !== 'secret' && m.type !== 'ssh') return `unexpected key '${key}' for mount type '${m.type}'`;
      const b = parseGoBool(value);
      if (b === null) return `invalid value for ${key}: ${value}`;
      m.required = b;
      return null;
    }
    case 'size': {
      if (m.type !== 'tmpfs') return `unexpected key '${key}' for mount type '${m.type}'`;
      const size = ramInBytes(value);
      if (size === null) return `invalid value for ${key}: ${value}`;
      m.sizeLimit = size;
      return null;
    }
    case 'id':
      m.cacheId = value;
      return null;
    case 'sharing': {
      const sharing = value.toLowerCase();
      if (!SHARING_MODES.includes(sharing)) {
        return withSuggestion(`unsupported sharing value ${goQuote(value)}`, value, SHARING_MODES, true);
      }
      m.cacheSharing = sharing as CacheSharing;
      return null;
    }
    case 'mode':
    case 'uid':
    case 'gid': {
      const n = parseGoUint(value, key === 'mode' ? 8 : 10, 32);
      if (!n.ok) return `invalid value ${value} for ${key}`;
      m[key] = n.value;
      return null;
    }
    case 'env':
      m.env = value;
      return null;
    default:
      return withSuggestion(`unexpected key '${key}' in '${field}'`, key, ALL_KEYS, true);
  }
}

/** The checks BuildKit makes once every field is read, and the read-only default. */
function finish(m: Mount, roAuto: boolean): MountResult {
  if (m.type !== 'secret' && m.type !== 'ssh' && m.type !== 'cache') {
    for (const key of ['mode', 'uid', 'gid'] as const) {
      if (m[key] !== null) return fail(`${key} not allowed for ${goQuote(m.type)} type mounts`);
    }
  }
  if (roAuto) m.readOnly = m.type !== 'cache' && m.type !== 'tmpfs';
  if (m.type === 'secret') {
    if (m.from !== '') return fail('secret mount should not have a from');
    if (m.cacheSharing !== '') return fail('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') {
      return fail('invalid secret mount. one of source, target required');
    }
    if (m.source !== '' && m.cacheId !== '') return fail("both source and id can't be set");
  }
  if (m.cacheSharing !== '' && m.type !== 'cache') return fail(`invalid cache sharing set for ${m.type} mount`);
  return { ok: true, mount: m };
}
