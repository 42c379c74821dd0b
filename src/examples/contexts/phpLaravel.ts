/**
 * php-laravel: a Laravel 11 support-ticket API ("helpdesk"). composer.json and composer.lock are
 * what the composer:2 stage installs from; the rest of the application arrives with `COPY . .`.
 */
import { composerLockText } from './composerLock';
import { code, jsonFile, text } from './files';
import { laravelContentHash, laravelDevPackages, laravelPackages } from './locks/laravelLock';
import { laravelHelpdesk } from './parts/laravelHelpdesk';
import { laravelSkeleton } from './parts/laravelSkeleton';
import type { ExampleContext } from './types';

/** composer.json as written (Composer's four-space JSON). Its content-hash is in laravelLock.ts. */
export const laravelComposerJson = {
  name: 'acme/helpdesk',
  type: 'project',
  description: 'Helpdesk: support tickets for the Acme customer portal.',
  keywords: ['laravel', 'helpdesk'],
  license: 'proprietary',
  require: {
    php: '^8.2',
    'laravel/framework': '^11.9',
    'laravel/tinker': '^2.9',
  },
  'require-dev': {
    'fakerphp/faker': '^1.23',
    'laravel/pint': '^1.13',
    'laravel/sail': '^1.26',
    'mockery/mockery': '^1.6',
    'nunomaduro/collision': '^8.0',
    'phpunit/phpunit': '^11.0.1',
  },
  autoload: {
    'psr-4': {
      'App\\': 'app/',
      'Database\\Factories\\': 'database/factories/',
      'Database\\Seeders\\': 'database/seeders/',
    },
  },
  'autoload-dev': {
    'psr-4': { 'Tests\\': 'tests/' },
  },
  scripts: {
    'post-autoload-dump': [
      'Illuminate\\Foundation\\ComposerScripts::postAutoloadDump',
      '@php artisan package:discover --ansi',
    ],
    'post-update-cmd': ['@php artisan vendor:publish --tag=laravel-assets --ansi --force'],
    'post-root-package-install': ['@php -r "file_exists(\'.env\') || copy(\'.env.example\', \'.env\');"'],
    'post-create-project-cmd': [
      '@php artisan key:generate --ansi',
      '@php -r "file_exists(\'database/database.sqlite\') || touch(\'database/database.sqlite\');"',
      '@php artisan migrate --graceful --ansi',
    ],
  },
  extra: {
    laravel: { 'dont-discover': [] },
  },
  config: {
    'optimize-autoloader': true,
    'preferred-install': 'dist',
    'sort-packages': true,
    'allow-plugins': { 'pestphp/pest-plugin': true, 'php-http/discovery': true },
  },
  'minimum-stability': 'stable',
  'prefer-stable': true,
};

const DOCKERIGNORE = code`
.git
.env
.env.*
!.env.example
vendor
node_modules
storage/logs/*.log
storage/framework/cache/data
storage/framework/sessions/*
storage/framework/views/*.php
bootstrap/cache/*.php
database/*.sqlite
.phpunit.cache
`;

const README = code`
# Helpdesk

Support tickets for the Acme customer portal, as a JSON API on Laravel 11.

| method | path | |
|---|---|---|
| GET | /api/tickets?status=open | paginated list |
| POST | /api/tickets | open a ticket (\`subject\`, \`body\`, \`requester_email\`) |
| GET | /api/tickets/{id} | one ticket with its assignee |
| POST | /api/tickets/{id}/close | close it |

    composer install
    cp .env.example .env && php artisan key:generate
    php artisan migrate --seed
    php artisan test

The image runs PHP-FPM on port 9000; put nginx (or Caddy) in front of it.
`;

export const phpLaravel: ExampleContext = {
  id: 'php-laravel',
  title: 'Helpdesk (Laravel 11 API)',
  description: 'A Laravel 11 support-ticket API with composer.json/composer.lock, installed in composer:2 and run on PHP-FPM.',
  files: {
    'composer.json': jsonFile(laravelComposerJson, 4),
    'composer.lock': {
      content: composerLockText({
        contentHash: laravelContentHash,
        packages: laravelPackages,
        packagesDev: laravelDevPackages,
        platform: { php: '^8.2' },
      }),
    },
    ...laravelSkeleton(),
    ...laravelHelpdesk(),
    '.dockerignore': text(DOCKERIGNORE),
    'README.md': text(README),
  },
  notes:
    'The lock lists 73 packages for production and 33 for development; `--no-dev` installs the 73. ' +
    'As in a real build, the composer stage has only composer.json and composer.lock, so the ' +
    'post-autoload-dump script (`@php artisan package:discover`) would fail there for want of ' +
    'artisan: real Dockerfiles add `--no-scripts` and run the discovery later. vendor/ is in ' +
    '.dockerignore, so `COPY . .` does not overwrite the vendor folder copied from the composer stage.',
};
