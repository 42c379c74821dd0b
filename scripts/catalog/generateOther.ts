/**
 * Generates other.json (apk, pip, Go, Composer, Cargo, Maven figures, build outputs, caches) and
 * artifacts.json (files the examples download). Reads shared/data/sizes at generation time, the
 * local PyPI mirror pip uses (/opt/pypi) and ~/.m2 on this machine.
 *
 * Run: npx tsx scripts/catalog/generateOther.ts
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, TODAY, readJson, sharedPath, writeJson } from './lib/common';
import { apkFacts } from './lib/apkFacts';
import { measureClosure } from './lib/pipWheels';

interface Sizes {
  outputs: Record<string, Record<string, unknown>>;
  filesystem: Record<string, Record<string, unknown>>;
  deb: { aptLists: { afterAptGetUpdateBytes: number; uncompressedPackagesTotalBytes: number }; dpkgStatus: { bytesPerPkgApprox: number } };
  npm: { projects: Record<string, { bytes?: number }> };
}

const sizes = readJson<Sizes>(sharedPath('data/sizes/sizes.json'));
const S = (path: string): string => `shared/data/sizes/sizes.json: ${path}`;

const pipRoots = ['flask', 'fastapi', 'uvicorn', 'gunicorn', 'django', 'requests', 'sqlalchemy', 'psycopg2-binary', 'pydantic', 'numpy', 'pandas', 'celery', 'redis', 'python-dotenv'];

function pip(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, w] of measureClosure(pipRoots)) {
    if (w === null) continue;
    const cp311 = w.file.includes('-cp311-');
    out[name] = {
      version: w.version, wheelBytes: w.wheelBytes, unpackedBytes: w.unpackedBytes, files: w.files, requires: w.requires,
      source: `PyPI wheel ${w.file} from the local PyPI mirror pip uses on this machine (/opt/pypi); unpacked = zip listing total, ${TODAY}`,
      ...(cp311 ? { estimated: true, basis: 'cp311 build stands in for cp312 (the mirror has no cp312 wheel)' } : {}),
    };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const jars = [
  'com/fasterxml/jackson/core/jackson-databind/2.17.2/jackson-databind-2.17.2.jar',
  'com/fasterxml/jackson/core/jackson-core/2.17.2/jackson-core-2.17.2.jar',
  'com/google/guava/guava/33.2.1-jre/guava-33.2.1-jre.jar',
  'org/apache/commons/commons-lang3/3.14.0/commons-lang3-3.14.0.jar',
  'org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.13.jar',
  'junit/junit/4.13.2/junit-4.13.2.jar',
  'org/junit/jupiter/junit-jupiter-api/5.10.2/junit-jupiter-api-5.10.2.jar',
];

function maven(): Record<string, unknown> {
  const artifacts: Record<string, unknown> = {};
  for (const path of jars) {
    const full = join('/root/.m2/repository', path);
    if (!existsSync(full)) continue;
    const parts = path.split('/');
    const version = parts[parts.length - 2] ?? '';
    const artifact = parts[parts.length - 3] ?? '';
    const group = parts.slice(0, -3).join('.');
    artifacts[`${group}:${artifact}:${version}`] = { jarBytes: statSync(full).size, source: `Maven Central jar as cached in ~/.m2/repository on this machine (${path}), ${TODAY}` };
  }
  return {
    artifacts,
    localRepository: { path: '/root/.m2/repository', source: S('filesystem.caches.maven (MAVEN_CONFIG=/root/.m2)') },
    springBootFatJarBytes: { value: sizes.outputs.spring_boot_fat_jar?.bytes_approx, source: S('outputs.spring_boot_fat_jar (spring-projects/spring-boot#34514)'), estimated: true, basis: 'approximate figure (~17.6 MB)' },
  };
}

function main(): void {
  const go = sizes.outputs.go_hello_world ?? {};
  const rust = sizes.outputs.rust_hello_world ?? {};
  const vite = sizes.outputs.vite_react_dist ?? {};
  writeJson(join(DATA_DIR, 'other.json'), {
    _meta: { generatedBy: 'scripts/catalog/generateOther.ts', units: 'apk sizes in KiB (installed size, package only); everything else in bytes' },
    apk: { packages: apkFacts(), cacheNote: { value: 'APKINDEX files in /var/cache/apk after `apk update` or `apk add` without --no-cache: ~2.4-2.5 MB on 3.18-3.21', source: S('filesystem.alpine.apkCache') } },
    pip: { packages: pip(), cache: { path: '/root/.cache/pip', source: S('filesystem.caches.pip') } },
    go: {
      modules: {
        'golang.org/x/net': { checkoutBytes: 25_000_000, estimated: true, basis: 'no Go module proxy reachable here: a GOPATH-mode `go get -d` clones the whole x/net repository (~20-30 MB with history, estimate)', source: 'estimate' },
      },
      outputs: {
        helloUnstripped: { bytes: 2_000_000, estimated: true, basis: String(go.unstrippedBytes_approx ?? ''), source: S('outputs.go_hello_world.unstrippedBytes_approx') },
        helloStripped: { bytes: (go['strippedBytes_-s_-w'] as { value?: number } | undefined)?.value, source: S('outputs.go_hello_world.strippedBytes_-s_-w (StackOverflow 28576173)') },
        netHttpUnstripped: { bytes: (go.netHttpExample as { unstripped?: number } | undefined)?.unstripped, source: S('outputs.go_hello_world.netHttpExample (golang/go#23934)') },
        netHttpStripped: { bytes: (go.netHttpExample as { stripped?: number } | undefined)?.stripped, source: S('outputs.go_hello_world.netHttpExample (golang/go#23934)') },
      },
      caches: { GOMODCACHE: '/go/pkg/mod', GOCACHE: '/root/.cache/go-build', source: S('filesystem.caches.go') },
    },
    composer: {
      projects: {
        'laravel --no-dev': { vendorBytes: 45_000_000, packages: 75, estimated: true, basis: 'no Packagist access here: a fresh Laravel 11 app\'s vendor/ without require-dev is commonly 40-50 MB (estimate)', source: 'estimate' },
        'laravel with dev': { vendorBytes: 75_000_000, packages: 110, estimated: true, basis: 'require-dev (phpunit, mockery, pint, sail, collision) adds 30-50% (estimate)', source: 'estimate' },
      },
      cache: { path: '/tmp/cache (COMPOSER_HOME=/tmp in the composer image)', source: 'shared/data/sizes/SIZES.md §2 composer:2 Env' },
    },
    cargo: {
      outputs: {
        helloRelease: { bytes: rust.releaseBytes, source: S('outputs.rust_hello_world.releaseBytes (measured, rustc 1.95)') },
        helloStripped: { bytes: rust.strippedBytes, source: S('outputs.rust_hello_world.strippedBytes') },
      },
      home: { path: '/usr/local/cargo', source: S('filesystem.caches.cargo') },
    },
    maven: maven(),
    web: {
      viteReactDist: { bytesVite5React18: vite.bytes_vite5_react18, bytesVite8React19: vite.bytes_vite8_react19, source: S('outputs.vite_react_dist (measured)') },
    },
    caches: {
      aptLists: { bytes: sizes.deb.aptLists.afterAptGetUpdateBytes, uncompressedBytes: sizes.deb.aptLists.uncompressedPackagesTotalBytes, path: '/var/lib/apt/lists', source: S('deb.aptLists (measured after apt-get update on bookworm)') },
      dpkgStatusBytesPerPackage: { bytes: sizes.deb.dpkgStatus.bytesPerPkgApprox, source: S('deb.dpkgStatus') },
      npm: { path: '/root/.npm', bytesAfterThreeProjects: sizes.npm.projects.npmCacheAfterAllThreeInstalls?.bytes, source: S('npm.projects.npmCacheAfterAllThreeInstalls') },
    },
  }, true);

  writeJson(join(DATA_DIR, 'artifacts.json'), {
    _meta: { generatedBy: 'scripts/catalog/generateOther.ts', units: 'bytes' },
    artifacts: [
      {
        url: 'https://archive.apache.org/dist/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz',
        mirrors: ['https://downloads.apache.org/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz', 'https://dlcdn.apache.org/zookeeper/zookeeper-3.6.1/apache-zookeeper-3.6.1-bin.tar.gz'],
        filename: 'apache-zookeeper-3.6.1-bin.tar.gz',
        kind: 'tar.gz',
        downloadBytes: 12_350_658,
        extract: { topDir: 'apache-zookeeper-3.6.1-bin', bytes: 35_300_000, fileCount: 420 },
        source: `${S('images["zookeeper:3.6.1"].layers[6]')} (the layer that downloads and unpacks this tarball, 12,350,658 B); extracted size: shared/examples/README.md (docker history of the zookeeper example: 35.3 MB COPY layer)`,
        estimated: true,
        estimateBasis: 'download bytes = the gzip layer holding the unpacked tree (SIZES.md: matches an 11.8 MiB .tar.gz); extracted 35.3 MB from the README\'s docker history, not independently verified (SIZES.md §8); file count estimated',
      },
      {
        url: 'https://deb.nodesource.com/setup_20.x',
        mirrors: [],
        filename: 'setup_20.x',
        kind: 'script',
        downloadBytes: 7_000,
        effect: 'adds the NodeSource apt repository; a following `apt-get install nodejs` installs NodeSource nodejs 20.x (Installed-Size 191,771 KiB, self-contained, bundles npm)',
        source: 'shared/data/sizes/SIZES.md §5 (nodesource nodejs 20.20.2 .deb Installed-Size 191,771 KiB)',
        estimated: true,
        estimateBasis: 'script size ~7 KB (estimate; the site is not reachable from here)',
        aptPackage: { name: 'nodejs', version: '20.20.2-1nodesource1', installedKiB: 191_771, depends: ['libc6', 'libgcc-s1', 'libstdc++6', 'python3', 'ca-certificates'] },
      },
    ],
  }, false);
  console.log('other.json, artifacts.json written');
}

main();
