/**
 * Measures, for packages installed on this machine, which share of their installed bytes lies
 * under the paths Debian's slim images exclude (debuerreotype scripts/.slimify-excludes, keeping
 * .slimify-includes' /usr/share/doc/<pkg>/copyright). Reads /var/lib/dpkg/info/<pkg>.list.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';

const excludes = [
  /^\/usr\/share\/doc\//,
  /^\/usr\/share\/groff\//,
  /^\/usr\/share\/info\//,
  /^\/usr\/share\/linda\//,
  /^\/usr\/share\/lintian\/overrides\//,
  /^\/usr\/share\/locale\//,
  /^\/usr\/share\/man\//,
];
const includes = [/^\/usr\/share\/doc\/[^/]+\/copyright$/, /^\/usr\/share\/locale\/locale\.alias$/];

export function isSlimExcluded(path: string): boolean {
  return excludes.some((re) => re.test(path)) && !includes.some((re) => re.test(path));
}

export interface SlimMeasurement {
  /** package -> fraction of bytes excluded (0..1), for packages with > 0 bytes. */
  fractions: Map<string, number>;
  /** Bytes over all measured packages, and the excluded part. */
  totalBytes: number;
  excludedBytes: number;
}

export function measureSlimFractions(infoDir = '/var/lib/dpkg/info'): SlimMeasurement {
  const fractions = new Map<string, number>();
  let totalBytes = 0;
  let excludedBytes = 0;
  if (!existsSync(infoDir)) return { fractions, totalBytes, excludedBytes };
  for (const file of readdirSync(infoDir)) {
    if (!file.endsWith('.list')) continue;
    const pkg = file.slice(0, -5).replace(/:[a-z0-9]+$/, '');
    let total = 0;
    let excluded = 0;
    for (const path of readFileSync(`${infoDir}/${file}`, 'utf8').split('\n')) {
      if (path === '') continue;
      let size = 0;
      try {
        const st = lstatSync(path);
        if (st.isFile()) size = st.size;
      } catch {
        continue;
      }
      total += size;
      if (isSlimExcluded(path)) excluded += size;
    }
    if (total > 0) fractions.set(pkg, excluded / total);
    totalBytes += total;
    excludedBytes += excluded;
  }
  return { fractions, totalBytes, excludedBytes };
}
