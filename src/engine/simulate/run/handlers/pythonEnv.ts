/**
 * Where Python lives in an image and where pip installs: a virtual environment (the pip run is
 * `<venv>/bin/pip`, or VIRTUAL_ENV is set), the official images' /usr/local Python, or the
 * distribution's Python (Debian's dist-packages, Alpine's site-packages), which refuses
 * system-wide installs since PEP 668 (`error: externally-managed-environment`).
 */
import { listDir, locate } from '../../../fs';
import { lookupCommand } from '../commandLookup';
import type { Invocation } from './types';

export interface PythonEnv {
  version: string;
  /** `venv`, `local` (/usr/local, official python images) or `system` (apt/apk python3). */
  kind: 'venv' | 'local' | 'system';
  prefix: string;
  sitePackages: string;
  bin: string;
}

function versionIn(inv: Invocation, dir: string): string | undefined {
  for (const e of listDir(inv.sh.shared.tree, dir) ?? []) {
    const m = /\/python(3\.\d+)$/.exec(e.path);
    if (m !== null) return m[1];
  }
  return undefined;
}

function venvOf(inv: Invocation, program: string): string | undefined {
  const m = /^(.*)\/bin\/[^/]+$/.exec(program);
  if (m === null) return undefined;
  const prefix = m[1] ?? '';
  return locate(inv.sh.shared.tree, `${prefix}/pyvenv.cfg`).status === 'found' ? prefix : undefined;
}

/** The Python environment that `program` (pip, python, ...) as invoked belongs to. */
export function pythonEnv(inv: Invocation, program = inv.argv[0] ?? 'pip'): PythonEnv {
  const found = lookupCommand(inv.sh, program, inv.env.get('PATH'));
  const path = found.kind === 'file' || found.kind === 'maybe' ? found.path : program;
  const venv = venvOf(inv, path) ?? (inv.env.get('VIRTUAL_ENV') !== undefined && !program.includes('/') ? inv.env.get('VIRTUAL_ENV') : undefined);
  if (venv !== undefined) {
    const version = versionIn(inv, `${venv}/lib`) ?? versionIn(inv, '/usr/local/bin') ?? '3.11';
    return { version, kind: 'venv', prefix: venv, sitePackages: `${venv}/lib/python${version}/site-packages`, bin: `${venv}/bin` };
  }
  const local = versionIn(inv, '/usr/local/bin');
  if (local !== undefined || path.startsWith('/usr/local/')) {
    const version = local ?? '3.12';
    return { version, kind: 'local', prefix: '/usr/local', sitePackages: `/usr/local/lib/python${version}/site-packages`, bin: '/usr/local/bin' };
  }
  const alpine = inv.sh.shared.ctx.osFamily === 'alpine';
  const version = versionIn(inv, '/usr/bin') ?? (alpine ? '3.12' : '3.11');
  return {
    version, kind: 'system', prefix: alpine ? '/usr' : '/usr/local',
    sitePackages: alpine ? `/usr/lib/python${version}/site-packages` : `/usr/local/lib/python${version}/dist-packages`,
    bin: alpine ? '/usr/bin' : '/usr/local/bin',
  };
}

export const EXTERNALLY_MANAGED = `error: externally-managed-environment

× This environment is externally managed
╰─> To install Python packages system-wide, try apt install
    python3-xyz, where xyz is the package you are trying to
    install.

    If you wish to install a non-Debian-packaged Python package,
    create a virtual environment using python3 -m venv path/to/venv.
    Then use path/to/venv/bin/python and path/to/venv/bin/pip. Make
    sure you have python3-full installed.

note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.
hint: See PEP 668 for the detailed specification.
`;
