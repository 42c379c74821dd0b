/**
 * The time and size models behind simulated figures. Measured or registry figures come from the
 * catalog; these constants fill the gaps and are named in every `durationSource`, so a person
 * can see what a number rests on. All are estimates for a typical CI runner.
 */

/** Starting the RUN's container and shell (runc start, mounts): ~0.25 s (estimate). */
export const RUN_OVERHEAD_MS = 250;
/** Download bandwidth: 20 MB/s (estimate; a typical CI runner's registry and mirror throughput). */
export const DOWNLOAD_BYTES_PER_S = 20e6;
/** Writing unpacked files to the layer: 150 MB/s (estimate; overlayfs on SSD). */
export const UNPACK_BYTES_PER_S = 150e6;
/** Per-package bookkeeping of apt/dpkg (configure, triggers): ~60 ms (estimate). */
export const DPKG_PER_PACKAGE_MS = 60;
/** Per-package bookkeeping of apk: ~15 ms (estimate). */
export const APK_PER_PACKAGE_MS = 15;
/** npm's per-package resolution and extraction overhead: ~8 ms (estimate). */
export const NPM_PER_PACKAGE_MS = 8;
/** npm registry tarballs are gzip: unpacked bytes are ~3.5x the download (SIZES.md §6 averages). */
export const NPM_PACK_RATIO = 3.5;
/** pip per package: resolve + install ~120 ms (estimate). */
export const PIP_PER_PACKAGE_MS = 120;

const MB = 1e6;

export function downloadMs(bytes: number): number {
  return (bytes / DOWNLOAD_BYTES_PER_S) * 1000;
}

export function unpackMs(bytes: number): number {
  return (bytes / UNPACK_BYTES_PER_S) * 1000;
}

/** `12.3 MB` (decimal, as `docker images` prints). */
export function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 1 : 2)} MB`;
}

/** `download 4.2 MB at 20 MB/s`. */
export function downloadModel(bytes: number): string {
  return `download ${mb(bytes)} at ${DOWNLOAD_BYTES_PER_S / MB} MB/s`;
}

/** `unpack 11.9 MB at 150 MB/s`. */
export function unpackModel(bytes: number): string {
  return `unpack ${mb(bytes)} at ${UNPACK_BYTES_PER_S / MB} MB/s`;
}
