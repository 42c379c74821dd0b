/**
 * composer (install from composer.lock into vendor/), Maven (dependency:go-offline fills
 * ~/.m2; package builds target/*.jar from pom.xml) and Gradle (build/libs/*.jar). Models
 * (estimates unless noted): a Composer package ~600 kB in vendor/ (catalog: a Laravel app's
 * vendor/ ~45 MB for ~75 packages); Maven plugins ~25 MB + ~8 MB per declared dependency in
 * ~/.m2; a Spring Boot fat jar 17.6 MB (SIZES.md §7, spring-boot#34514) + 1.5 MB per extra
 * dependency; a plain jar 0.8x the sources.
 */
import { otherFigures } from '../../../catalog';
import { getEntry, remove } from '../../../fs';
import { abs, addTime, noteEstimate, notSimulated, parseArgs, print, printErr, putBulk, putFile, readText } from './api';
import { sourceFiles, totalBytes } from './sourceFiles';
import type { Handler, Invocation } from './types';

function composerPerPackage(): number {
  const f = otherFigures().composer.projects as Record<string, { vendorBytes?: number; packages?: number }> | undefined;
  const l = f?.['laravel --no-dev'];
  return l?.vendorBytes !== undefined && l.packages !== undefined ? Math.round(l.vendorBytes / l.packages) : 600_000;
}

/** The composer.json script events each command fires (getcomposer.org, "Scripts": command events). */
const SCRIPT_EVENTS = {
  install: ['pre-install-cmd', 'post-install-cmd', 'pre-autoload-dump', 'post-autoload-dump'],
  update: ['pre-update-cmd', 'post-update-cmd', 'pre-autoload-dump', 'post-autoload-dump'],
  'dump-autoload': ['pre-autoload-dump', 'post-autoload-dump'],
} as const;

/**
 * Composer runs the project's scripts for these events (Laravel's `post-autoload-dump` calls
 * `php artisan package:discover`, which fails when `artisan` is not copied yet). The simulator does
 * not run them: say so, so a build that would fail there is not shown as a plain success.
 */
function noteComposerScripts(inv: Parameters<Handler>[0], json: string, command: keyof typeof SCRIPT_EVENTS): void {
  let scripts: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(json) as { scripts?: unknown };
    if (parsed.scripts !== null && typeof parsed.scripts === 'object') scripts = parsed.scripts as Record<string, unknown>;
  } catch {
    return;
  }
  for (const event of SCRIPT_EVENTS[command]) {
    const body = scripts[event];
    if (body === undefined) continue;
    const text = (Array.isArray(body) ? body : [body]).map(String).join(' && ');
    notSimulated(inv, `composer runs the ${event} script from composer.json here; scripts are not simulated (they may fail, or change files)`, `composer ${event}: ${text}`.slice(0, 200));
  }
}

export const composerCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['working-dir', 'd']);
  const [sub] = p.operands;
  const dir = abs(inv, p.values.get('working-dir')?.[0] ?? p.values.get('d')?.[0] ?? '.');
  if (sub === 'install' || sub === 'update' || sub === 'i') {
    const json = readText(inv, `${dir}/composer.json`);
    if (json === null) {
      printErr(inv, `Composer could not find a composer.json file in ${dir}\nTo initialize a project, please create a composer.json file. See https://getcomposer.org/basic-usage\n`);
      return 1;
    }
    const lock = readText(inv, `${dir}/composer.lock`);
    let count: number;
    if (typeof lock === 'string') {
      const parsed = (() => { try { return JSON.parse(lock) as { packages?: unknown[]; 'packages-dev'?: unknown[] }; } catch { return {}; } })();
      count = (parsed.packages?.length ?? 0) + (p.flags.has('no-dev') ? 0 : (parsed['packages-dev']?.length ?? 0));
    } else {
      count = ((json ?? '').match(/"[\w-]+\/[\w-]+"\s*:/g) ?? []).length * 6;
      noteEstimate(inv, 'composer: no composer.lock; the package count is estimated from composer.json (~6 per requirement)');
    }
    const per = composerPerPackage();
    putBulk(inv, `${dir}/vendor`, { size: count * per, fileCount: count * 120, source: `composer: ${count} packages from ${typeof lock === 'string' ? 'composer.lock' : 'composer.json'} at ~${Math.round(per / 1000)} kB each (estimate from the catalog's Laravel figure)` }, { category: 'dependencies', packageName: 'vendor' });
    const optimized = p.flags.has('optimize-autoloader') || p.flags.has('o') || p.flags.has('classmap-authoritative');
    putFile(inv, `${dir}/vendor/autoload.php`, { size: 771, seed: 'composer autoload' }, { category: 'dependencies' });
    putFile(inv, `${dir}/vendor/composer/autoload_classmap.php`, { size: optimized ? count * 6_000 : 2_000, seed: `classmap ${count} ${optimized}` }, { category: 'dependencies' });
    const home = inv.env.get('COMPOSER_HOME') ?? `${inv.env.get('HOME') ?? '/root'}/.composer`;
    if (!p.flags.has('no-cache') && inv.env.get('COMPOSER_CACHE_DIR') !== '/dev/null') {
      putBulk(inv, `${home}/cache`, { size: Math.round(count * per * 0.35), fileCount: count, source: 'composer download cache (zips ~35% of vendor; estimate)' }, { category: 'dependencies', packageName: 'composer cache' });
    }
    print(inv, `Installing dependencies from lock file\nPackage operations: ${count} installs, 0 updates, 0 removals\nGenerating ${optimized ? 'optimized ' : ''}autoload files\n`);
    if (!p.flags.has('no-scripts')) noteComposerScripts(inv, json ?? '', sub === 'update' ? 'update' : 'install');
    noteEstimate(inv, `composer: vendor/ sized at ~${Math.round(per / 1000)} kB per package (estimate)`);
    addTime(inv, 2000 + count * 150, 'composer install: 2 s + 150 ms/package (estimate)');
    return 0;
  }
  if ((sub === 'dump-autoload' || sub === 'dumpautoload') && !p.flags.has('no-scripts')) noteComposerScripts(inv, readText(inv, `${dir}/composer.json`) ?? '', 'dump-autoload');
  if (sub === 'dump-autoload' || sub === 'dumpautoload' || sub === 'config' || sub === 'validate' || sub === 'clear-cache' || sub === 'check-platform-reqs' || sub === undefined) return 0;
  return notSimulated(inv, `composer ${sub} is not modelled`);
};

function dependencyCount(pom: string): number {
  return (pom.match(/<dependency>/g) ?? []).length;
}

function m2(inv: Invocation): string {
  return `${inv.env.get('MAVEN_CONFIG') ?? `${inv.env.get('HOME') ?? '/root'}/.m2`}/repository`;
}

function fillRepository(inv: Invocation, deps: number, path: string, label: string): void {
  const want = 25_000_000 + deps * 8_000_000;
  const before = getEntry(inv.sh.shared.tree, path);
  if (before?.kind === 'bulk' && before.size >= want) return;
  putBulk(inv, path, { size: want, fileCount: 400 + deps * 60, source: `${label}: plugins ~25 MB + ~8 MB per declared dependency (estimate)` }, { category: 'dependencies', packageName: label });
  noteEstimate(inv, `${label}: the downloaded dependencies are sized by a model (~25 MB of plugins + ~8 MB per dependency)`);
  addTime(inv, 5000 + (want - (before?.kind === 'bulk' ? before.size : 0)) / 20_000, `${label}: downloads at 20 MB/s (estimate)`);
}

function jar(inv: Invocation, dir: string, path: string, deps: number, boot: boolean): void {
  const sources = totalBytes(sourceFiles(inv, `${dir}/src/main`, /\.(java|kt|scala|groovy|properties|ya?ml|xml)$/));
  const size = boot ? 17_600_000 + Math.max(0, deps - 1) * 1_500_000 + sources : 5_000 + Math.round(sources * 0.8);
  putFile(inv, path, { size, seed: `jar ${path} ${sources}` }, { category: 'build-output' });
  noteEstimate(inv, `${path.split('/').pop() ?? 'jar'}: sized by a model (${boot ? 'Spring Boot fat jar 17.6 MB + 1.5 MB per extra dependency' : 'plain jar, 0.8x the sources'})`);
}

export const mavenCmd: Handler = (inv) => {
  const p = parseArgs(inv.args, ['f', 'file', 's', 'settings', 'P', 'pl', 'T', 'Dmaven.repo.local']);
  const dir = inv.sh.cwd;
  const pom = readText(inv, `${dir}/${p.values.get('f')?.[0] ?? 'pom.xml'}`);
  if (pom === null) {
    printErr(inv, `[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (${dir}). Please verify you invoked Maven from the correct directory. -> [Help 1]\n`);
    return 1;
  }
  const text = pom ?? '';
  const deps = dependencyCount(text);
  const goals = p.operands;
  fillRepository(inv, deps, m2(inv), 'Maven repository');
  if (goals.includes('clean')) {
    const r = remove(inv.sh.shared.tree, `${dir}/target`, { recursive: true, force: true });
    if (r.ok) inv.sh.shared.tree = r.tree;
  }
  if (goals.some((g) => ['package', 'install', 'verify', 'deploy', 'spring-boot:repackage'].includes(g))) {
    const artifact = /<artifactId>([^<]+)<\/artifactId>/.exec(text.replace(/<parent>[\s\S]*?<\/parent>/, ''))?.[1] ?? 'app';
    const version = /<version>([^<]+)<\/version>/.exec(text.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependenc[\s\S]*<\/dependencies>/, ''))?.[1] ?? '0.0.1';
    const finalName = /<finalName>([^<]+)<\/finalName>/.exec(text)?.[1] ?? `${artifact}-${version}`;
    const packaging = /<packaging>([^<]+)<\/packaging>/.exec(text)?.[1] ?? 'jar';
    putBulk(inv, `${dir}/target/classes`, { size: totalBytes(sourceFiles(inv, `${dir}/src/main`, /./)) * 2 + 1000, fileCount: 50, source: 'compiled classes (estimate)' }, { category: 'build-output' });
    jar(inv, dir, `${dir}/target/${finalName}.${packaging === 'war' ? 'war' : 'jar'}`, deps, /spring-boot-maven-plugin/.test(text));
    if (!inv.args.some((a) => a.includes('skipTests'))) addTime(inv, 8000, 'mvn: tests ~8 s (estimate)');
    print(inv, `[INFO] BUILD SUCCESS\n`);
    addTime(inv, 15_000 + deps * 500, 'mvn package: 15 s + 0.5 s/dependency (estimate)');
  }
  return 0;
};

export const gradleCmd: Handler = (inv) => {
  const dir = inv.sh.cwd;
  const script = readText(inv, `${dir}/build.gradle`) ?? readText(inv, `${dir}/build.gradle.kts`);
  if (script === null) return notSimulated(inv, 'no build.gradle in the working directory');
  const text = script ?? '';
  const deps = (text.match(/^\s*(implementation|api|runtimeOnly|compileOnly)\b/gm) ?? []).length;
  fillRepository(inv, deps + 6, `${inv.env.get('GRADLE_USER_HOME') ?? `${inv.env.get('HOME') ?? '/root'}/.gradle`}/caches`, 'Gradle caches');
  const tasks = inv.args.filter((a) => !a.startsWith('-'));
  if (tasks.some((t) => ['build', 'assemble', 'bootJar', 'jar', 'installDist', 'shadowJar'].includes(t))) {
    const settings = readText(inv, `${dir}/settings.gradle`) ?? readText(inv, `${dir}/settings.gradle.kts`) ?? '';
    const name = /rootProject\.name\s*=\s*['"]([^'"]+)/.exec(settings ?? '')?.[1] ?? dir.split('/').pop() ?? 'app';
    jar(inv, dir, `${dir}/build/libs/${name}.jar`, deps, /org\.springframework\.boot/.test(text));
    print(inv, 'BUILD SUCCESSFUL\n');
    addTime(inv, 20_000 + deps * 500, 'gradle build: 20 s + 0.5 s/dependency (estimate)');
  }
  return 0;
};
