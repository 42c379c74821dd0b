/**
 * Skeleton parts that the language and service images add on top of their OS: the trees people
 * COPY --from or delete (/usr/local/go, node's npm, /opt/java/openjdk ...). Weights are relative
 * sizes inside the layer that installs them; where a size was measured it is said so.
 */
import type { Part } from './skeleton';

const measuredNode = 'measured for node v20.20.2 on this machine';

/** GOPATH is chmod -R 1777 in current images (777 in the 1.7 era, per the layer history). */
export function goParts(version: string, gopathMode = 0o1777): Part[] {
  return [
    { path: '/usr/local/go', kind: 'bulk', weight: 1, avgFileBytes: 18_000, basis: `Go ${version} toolchain (GOROOT); file count as measured for a Go 1.19 GOROOT (12,233 files, 462 MB)` },
    { path: '/go', kind: 'dir', mode: gopathMode },
    { path: '/go/bin', kind: 'dir', mode: gopathMode },
    { path: '/go/src', kind: 'dir', mode: gopathMode },
  ];
}

/** The official node tarball unpacked into /usr/local (openssl arch headers removed, as the Dockerfile does). */
export function nodeParts(): Part[] {
  return [
    { path: '/usr/local/bin/node', kind: 'file', weight: 98_932_688, basis: `node binary; proportions ${measuredNode} (98,932,688 B)` },
    { path: '/usr/local/bin/nodejs', kind: 'symlink', target: '/usr/local/bin/node' },
    { path: '/usr/local/bin/npm', kind: 'symlink', target: '../lib/node_modules/npm/bin/npm-cli.js' },
    { path: '/usr/local/bin/npx', kind: 'symlink', target: '../lib/node_modules/npm/bin/npx-cli.js' },
    { path: '/usr/local/bin/corepack', kind: 'symlink', target: '../lib/node_modules/corepack/dist/corepack.js' },
    { path: '/usr/local/lib/node_modules/npm', kind: 'bulk', weight: 14_112_147, avgFileBytes: 7_230, basis: `bundled npm (${measuredNode}: 14.1 MB, 1,952 files)` },
    { path: '/usr/local/lib/node_modules/corepack', kind: 'bulk', weight: 1_009_910, avgFileBytes: 19_800, basis: `corepack (${measuredNode}: 1.0 MB, 51 files)` },
    { path: '/usr/local/include/node', kind: 'bulk', weight: 17_218_732, avgFileBytes: 21_700, basis: `C headers: ${measuredNode} 51.2 MB, minus ~34 MB of other-arch OpenSSL headers the docker-node Dockerfile deletes` },
    { path: '/usr/local/share/doc/node', kind: 'bulk', weight: 400_000, avgFileBytes: 40_000, basis: 'node docs and man page (estimate)' },
  ];
}

export function yarnParts(version: string): Part[] {
  return [
    { path: `/opt/yarn-v${version}`, kind: 'bulk', weight: 1, avgFileBytes: 400_000, basis: `yarn ${version} release tarball unpacked (layer size)` },
    { path: '/usr/local/bin/yarn', kind: 'symlink', target: `/opt/yarn-v${version}/bin/yarn` },
    { path: '/usr/local/bin/yarnpkg', kind: 'symlink', target: `/opt/yarn-v${version}/bin/yarnpkg` },
  ];
}

export function entrypointPart(path: string, bytes: number, source: string): Part {
  return { path, kind: 'file', bytes, mode: 0o755, estimated: true, basis: `entrypoint script (layer ${source})` };
}

/** CPython built into /usr/local by the docker-library python images (tests, .pyc and .a removed). */
export function pythonParts(minor: string): Part[] {
  return [
    { path: `/usr/local/lib/python${minor}`, kind: 'bulk', weight: 0.8, avgFileBytes: 30_000, basis: `standard library of Python ${minor} (share of the CPython layer, estimate)` },
    { path: `/usr/local/lib/libpython${minor}.so.1.0`, kind: 'file', weight: 0.14, basis: 'shared libpython (share of the layer, estimate)' },
    { path: `/usr/local/include/python${minor}`, kind: 'bulk', weight: 0.04, avgFileBytes: 15_000, basis: 'C headers (estimate)' },
    { path: `/usr/local/bin/python${minor}`, kind: 'file', bytes: 17_600, estimated: true, basis: 'interpreter stub linked to libpython (17,600 B for a 3.12 build measured on this machine)' },
    { path: '/usr/local/bin/python3', kind: 'symlink', target: `python${minor}` },
    { path: '/usr/local/bin/python', kind: 'symlink', target: 'python3' },
    { path: '/usr/local/bin/pip', kind: 'symlink', target: 'pip3' },
    { path: '/usr/local/bin/pip3', kind: 'file', bytes: 230, estimated: true, basis: 'pip console script' },
  ];
}

export function rustParts(): Part[] {
  return [
    { path: '/usr/local/rustup', kind: 'bulk', weight: 0.97, avgFileBytes: 150_000, basis: 'rustup minimal profile toolchain (rustc, cargo, rust-std), estimate of its share' },
    { path: '/usr/local/cargo', kind: 'bulk', weight: 0.03, avgFileBytes: 1_500_000, basis: 'CARGO_HOME with the rustup proxies in bin/' },
  ];
}

export function javaParts(home: string, what: string): Part[] {
  return [{ path: home, kind: 'bulk', weight: 1, avgFileBytes: 120_000, basis: `${what} (layer size)` }];
}

export function nginxParts(): Part[] {
  return [
    { path: '/usr/sbin/nginx', kind: 'file', weight: 1.3, basis: 'nginx binary (share of the nginx layer, estimate)' },
    { path: '/usr/lib/nginx/modules', kind: 'bulk', weight: 2, avgFileBytes: 200_000, basis: 'dynamic modules (njs, xslt, geoip, image-filter), estimate' },
    { path: '/etc/nginx', kind: 'bulk', weight: 0.05, avgFileBytes: 2_000, basis: 'nginx.conf, conf.d/default.conf, mime.types' },
    { path: '/usr/share/nginx/html/index.html', kind: 'file', bytes: 615, basis: 'nginx welcome page' },
    { path: '/usr/share/nginx/html/50x.html', kind: 'file', bytes: 497, basis: 'nginx error page' },
    { path: '/var/cache/nginx', kind: 'dir' },
    { path: '/var/log/nginx/access.log', kind: 'symlink', target: '/dev/stdout' },
    { path: '/var/log/nginx/error.log', kind: 'symlink', target: '/dev/stderr' },
    { path: '/docker-entrypoint.d', kind: 'dir' },
  ];
}

export function phpParts(version: string): Part[] {
  return [
    { path: '/usr/local/bin/php', kind: 'file', weight: 0.45, basis: `php ${version} CLI binary (share of the build layer, estimate)` },
    { path: '/usr/local/sbin/php-fpm', kind: 'file', weight: 0.35, basis: 'php-fpm binary (estimate)' },
    { path: '/usr/local/lib/php', kind: 'bulk', weight: 0.15, avgFileBytes: 60_000, basis: 'extensions and PEAR (estimate)' },
    { path: '/usr/local/include/php', kind: 'bulk', weight: 0.05, avgFileBytes: 10_000, basis: 'headers for phpize (estimate)' },
    { path: '/usr/local/etc/php/conf.d', kind: 'dir' },
    { path: '/var/www/html', kind: 'dir', mode: 0o777 },
  ];
}
