/**
 * Generates src/engine/catalog/data/npm.json: sizes of the packages that typical projects behind
 * the examples install, with their resolved dependency trees. npm's own resolver picks the
 * versions and installs them (one `npm install --ignore-scripts` per project, in /tmp, never in the
 * repository), so each package folder can be measured.
 * Results are cached in scripts/catalog/cache/npm-resolved.json: re-runs read the cache unless
 * --refresh is given.
 *
 * Run: npx tsx scripts/catalog/generateNpm.ts [--refresh]
 */
import { join } from 'node:path';
import { CACHE_DIR, DATA_DIR, TODAY, readJsonIfExists, sortKeys, writeJson } from './lib/common';
import { NPM_WORK, measurePackageDir, npmVersion, readCachedPackuments, removeNodeModules, resolveProject, versionFacts, type LockEntry } from './lib/npmRegistry';

interface Project {
  description: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** Realistic package.json files for the examples' build contexts. */
const projects: Record<string, Project> = {
  'vite-react': {
    description: 'create-vite react template of the vite 5 / react 18 / eslint 9 generation (SIZES.md measured create-vite 5.5.5: 268 packages)',
    dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' },
    devDependencies: {
      '@eslint/js': '^9.13.0', '@types/react': '^18.3.12', '@types/react-dom': '^18.3.1', '@vitejs/plugin-react': '^4.3.3',
      eslint: '^9.13.0', 'eslint-plugin-react': '^7.37.2', 'eslint-plugin-react-hooks': '^5.0.0',
      'eslint-plugin-react-refresh': '^0.4.14', globals: '^15.11.0', vite: '^5.4.10',
    },
  },
  'vite-react-ts': {
    description: 'create-vite react-ts template as of 2025 (react 19, vite 6, typescript 5.8, typescript-eslint)',
    dependencies: { react: '^19.1.0', 'react-dom': '^19.1.0' },
    devDependencies: {
      '@eslint/js': '^9.26.0', '@types/react': '^19.1.4', '@types/react-dom': '^19.1.4', '@vitejs/plugin-react': '^4.4.1',
      eslint: '^9.26.0', 'eslint-plugin-react-hooks': '^5.2.0', 'eslint-plugin-react-refresh': '^0.4.20', globals: '^16.1.0',
      typescript: '~5.8.3', 'typescript-eslint': '^8.32.1', vite: '^6.3.5',
    },
  },
  'express-api': {
    description: 'a typical Express JSON API in TypeScript (node-prod example: build with dev deps, run with production deps)',
    dependencies: {
      express: '^4.21.2', cors: '^2.8.5', dotenv: '^16.4.5', helmet: '^8.0.0', morgan: '^1.10.0', pg: '^8.13.1',
      jsonwebtoken: '^9.0.2', bcryptjs: '^2.4.3', zod: '^3.23.8', winston: '^3.17.0', axios: '^1.7.7', uuid: '^11.0.3',
      compression: '^1.7.5', 'cookie-parser': '^1.4.7',
    },
    devDependencies: {
      typescript: '^5.6.3', '@types/express': '^5.0.0', '@types/node': '^22.9.0', '@types/cors': '^2.8.17',
      '@types/morgan': '^1.9.9', '@types/jsonwebtoken': '^9.0.7', tsx: '^4.19.2', nodemon: '^3.1.7',
    },
  },
  'neo4j-app': {
    description: 'a Node service talking to Neo4j (neo4j-node example), built with TypeScript',
    dependencies: { 'neo4j-driver': '^5.26.0', express: '^4.21.2', dotenv: '^16.4.5' },
    devDependencies: { typescript: '^5.6.3', '@types/express': '^5.0.0', '@types/node': '^22.9.0' },
  },
  'vite8-react': {
    description: 'create-vite 9 react template (vite 8, react 19, oxlint), the scaffold of the Vite examples (SIZES.md measured create-vite 9.3.0: 24 packages, 64.7 MB)',
    dependencies: { react: '^19.3.1', 'react-dom': '^19.3.1' },
    devDependencies: { '@types/react': '^19.3.0', '@types/react-dom': '^19.3.0', '@vitejs/plugin-react': '^6.1.2', oxlint: '^1.88.0', vite: '^8.3.4' },
  },
  'next-app': {
    description: 'create-next-app (Next 14, React 18, TypeScript) without ESLint',
    dependencies: { next: '14.2.18', react: '^18.3.1', 'react-dom': '^18.3.1' },
    devDependencies: { typescript: '^5.6.3', '@types/node': '^22.9.0', '@types/react': '^18.3.12', '@types/react-dom': '^18.3.1' },
  },
};

interface CachedProject {
  entries: LockEntry[];
}
interface Cache {
  npm: string;
  date: string;
  projects: Record<string, CachedProject>;
  facts: Record<string, { u?: number; f?: number }>;
  latest: Record<string, string>;
}

const cachePath = join(CACHE_DIR, 'npm-resolved.json');

/** Resolve and measure the projects `base` lacks (all of them without a base), keeping what it has. */
function refresh(base: Cache | null = null): Cache {
  const cache: Cache = base ?? { npm: npmVersion(), date: TODAY, projects: {}, facts: {}, latest: {} };
  for (const [name, project] of Object.entries(projects)) {
    if (cache.projects[name] !== undefined) continue;
    const manifest = { name: `stagecraft-${name}`, version: '0.0.0', private: true, dependencies: project.dependencies, devDependencies: project.devDependencies };
    const entries = resolveProject(name, manifest);
    cache.projects[name] = { entries };
    const dir = join(NPM_WORK, name);
    for (const e of entries) {
      const measured = measurePackageDir(join(dir, e.path));
      if (measured !== undefined) cache.facts[`${e.name}@${e.version}`] = { u: measured.bytes, f: measured.files };
    }
    removeNodeModules(name);
  }
  const docs = readCachedPackuments();
  for (const project of Object.values(cache.projects)) {
    for (const e of project.entries) {
      const facts = versionFacts(docs.get(e.name), e.version);
      if (facts.latest !== undefined) cache.latest[e.name] = facts.latest;
    }
  }
  return cache;
}

/** Node's lookup: the nearest node_modules/<dep> walking up from the dependent's folder. */
function resolveDep(byPath: Map<string, LockEntry>, from: string, dep: string): LockEntry | undefined {
  let base = from;
  for (;;) {
    const hit = byPath.get(`${base === '' ? '' : `${base}/`}node_modules/${dep}`);
    if (hit !== undefined) return hit;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

function platformOf(e: LockEntry): string | undefined {
  if (e.os === undefined && e.cpu === undefined && e.libc === undefined) return undefined;
  return [e.os?.join('+') ?? '*', e.cpu?.join('+') ?? '*', e.libc?.join('+') ?? '*'].join('/');
}

interface NpmOut {
  u: number;
  f?: number;
  d: string[];
  pf?: string;
  source: string;
  estimated?: boolean;
  estimateBasis?: string;
}

/** Platform packages npm skipped here (darwin, musl, arm64 builds) borrow the linux-x64 sibling's size. */
function sizeOf(cache: Cache, e: LockEntry): Pick<NpmOut, 'u' | 'f' | 'source' | 'estimated' | 'estimateBasis'> {
  const key = `${e.name}@${e.version}`;
  const facts = cache.facts[key];
  if (facts?.u !== undefined) return { u: facts.u, ...(facts.f !== undefined ? { f: facts.f } : {}), source: 'measured' };
  const stem = (n: string): string => n.replace(/(linux|darwin|win32|freebsd|android|openbsd|netbsd|sunos|aix|openharmony|wasm32)[-a-z0-9]*$/, '');
  const sibling = Object.entries(cache.facts).find(([k, f]) => {
    const at = k.lastIndexOf('@');
    return f.u !== undefined && k.slice(at + 1) === e.version && k.slice(0, at) !== e.name && stem(k.slice(0, at)) === stem(e.name);
  });
  if (sibling !== undefined) {
    return { u: sibling[1].u ?? 0, source: 'measured', estimated: true, estimateBasis: `not installable on linux/x64/glibc; size of ${sibling[0]}` };
  }
  return { u: 0, source: 'measured', estimated: true, estimateBasis: 'not installed on this platform and no sibling build measured' };
}

function main(): void {
  const useCache = !process.argv.includes('--refresh');
  const cached = readJsonIfExists<Cache | null>(cachePath, null);
  // A project added since the cache was made is resolved on its own; --refresh redoes them all.
  const complete = cached !== null && Object.keys(projects).every((p) => cached.projects[p] !== undefined);
  const cache = useCache && cached !== null ? (complete ? cached : refresh(cached)) : refresh();
  writeJson(cachePath, cache, true);

  const packages: Record<string, NpmOut> = {};
  const outProjects: Record<string, unknown> = {};
  for (const [name, project] of Object.entries(projects)) {
    const entries = cache.projects[name]?.entries ?? [];
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const prod: string[] = [];
    const dev: string[] = [];
    for (const e of entries) {
      const key = `${e.name}@${e.version}`;
      const deps = Object.keys(e.dependencies).map((d) => resolveDep(byPath, e.path, d)).filter((d): d is LockEntry => d !== undefined);
      packages[key] = {
        ...sizeOf(cache, e),
        d: [...new Set(deps.map((d) => `${d.name}@${d.version}`))].sort(),
        ...(platformOf(e) !== undefined ? { pf: platformOf(e) } : {}),
      };
      (e.dev ? dev : prod).push(key);
    }
    const linuxX64 = (key: string): boolean => {
      const pf = packages[key]?.pf;
      if (pf === undefined) return true;
      const [os = '*', cpu = '*', libc = '*'] = pf.split('/');
      return (os === '*' || os.split('+').includes('linux')) && (cpu === '*' || cpu.split('+').includes('x64')) && (libc === '*' || libc.split('+').includes('glibc'));
    };
    const sum = (keys: string[]): number => keys.filter(linuxX64).reduce((s, k) => s + (packages[k]?.u ?? 0), 0);
    outProjects[name] = {
      description: project.description,
      dependencies: project.dependencies,
      devDependencies: project.devDependencies,
      prod: prod.sort(),
      dev: dev.sort(),
      totals: {
        installed: prod.filter(linuxX64).length + dev.filter(linuxX64).length,
        unpackedBytes: sum([...prod, ...dev]),
        prodInstalled: prod.filter(linuxX64).length,
        prodUnpackedBytes: sum(prod),
        platform: 'linux/x64/glibc',
      },
      source: `npm ${cache.npm} install --ignore-scripts (lockfile + measured folders), ${cache.date}`,
    };
  }
  const latest = sortKeys(Object.fromEntries(Object.entries(cache.latest).filter(([n]) => Object.keys(packages).some((k) => k.startsWith(`${n}@`)))));
  writeJson(join(DATA_DIR, 'npm.json'), {
    _meta: {
      sources: {
        measured: `npm ${cache.npm}: projects installed with \`npm install --ignore-scripts\` in /tmp; u/f = file bytes/files per package folder (lstat), ${cache.date}. The registry reachable here serves no dist.unpackedSize (\`npm view <pkg> dist.unpackedSize\` is empty), so sizes are measured as in SIZES.md §6`,
      },
      generatedBy: 'scripts/catalog/generateNpm.ts',
      keys: 'u = bytes of the package files (what dist.unpackedSize counts), f = files, d = dependencies as resolved in the projects (name@version), pf = platform restriction os/cpu/libc (* = any)',
      note: 'unpackedSize counts file bytes only: on disk a node_modules tree takes more (4 KiB blocks); SIZES.md measured 59.9 MB of files vs 81 MB by du -sh for 268 packages',
    },
    packages: sortKeys(packages),
    latest,
    projects: outProjects,
  }, true);
  console.log(`npm.json: ${Object.keys(packages).length} package versions`);
  for (const [n, p] of Object.entries(outProjects)) console.log(`  ${n}: ${JSON.stringify((p as { totals: unknown }).totals)}`);
}

main();
