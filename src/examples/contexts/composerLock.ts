/**
 * composer.lock from data, in the layout Composer 2 writes: four-space JSON, the `_readme` header,
 * the content-hash of composer.json, then `packages` and `packages-dev`.
 */

/** One locked package as Composer records it (name, version, source, dist, require, autoload, ...). */
export type ComposerLockPackage = Readonly<Record<string, unknown>>;

export interface ComposerLockInput {
  /** md5 of composer.json's relevant keys (Composer's Locker::getContentHash). */
  contentHash: string;
  packages: readonly ComposerLockPackage[];
  packagesDev: readonly ComposerLockPackage[];
  /** composer.json's platform requirements (`php`, `ext-*`). */
  platform: Readonly<Record<string, string>>;
}

const README = [
  'This file locks the dependencies of your project to a known state',
  'Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies',
  'This file is @generated automatically',
];

/** Composer writes `notification-url` right after `autoload` (before `license` when there is none). */
function withNotificationUrl(pkg: ComposerLockPackage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let added = false;
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'license' && !added) {
      out['notification-url'] = 'https://packagist.org/downloads/';
      added = true;
    }
    out[key] = value;
    if (key === 'autoload') {
      out['notification-url'] = 'https://packagist.org/downloads/';
      added = true;
    }
  }
  return out;
}

/** The composer.lock text. */
export function composerLockText(input: ComposerLockInput): string {
  const lock = {
    _readme: README,
    'content-hash': input.contentHash,
    packages: input.packages.map(withNotificationUrl),
    'packages-dev': input.packagesDev.map(withNotificationUrl),
    aliases: [],
    'minimum-stability': 'stable',
    'stability-flags': [],
    'prefer-stable': true,
    'prefer-lowest': false,
    platform: input.platform,
    'platform-dev': [],
    'plugin-api-version': '2.6.0',
  };
  return `${JSON.stringify(lock, null, 4)}\n`;
}
