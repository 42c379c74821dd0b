/**
 * The framework side of the php-laravel context: what a Laravel 11 application keeps around its
 * own code (artisan, bootstrap/, config/, public/, storage/ placeholders, phpunit.xml, dotfiles).
 * Config files are trimmed to the keys this application sets; Laravel fills in the rest.
 */
import { binary, code, executable, text } from '../files';
import type { ContextFile } from '../types';

const ARTISAN = code`
#!/usr/bin/env php
<?php

use Symfony\Component\Console\Input\ArgvInput;

define('LARAVEL_START', microtime(true));

// Composer's autoloader, then the application, which runs the console command.
require __DIR__.'/vendor/autoload.php';

$status = (require_once __DIR__.'/bootstrap/app.php')
    ->handleCommand(new ArgvInput);

exit($status);
`;

const BOOTSTRAP_APP = code`
<?php

use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        commands: __DIR__.'/../routes/console.php',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->trustProxies(at: '*');
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->dontReportDuplicates();
    })->create();
`;

const PUBLIC_INDEX = code`
<?php

use Illuminate\Http\Request;

define('LARAVEL_START', microtime(true));

// Maintenance mode writes this file; serve its response while it exists.
if (file_exists($maintenance = __DIR__.'/../storage/framework/maintenance.php')) {
    require $maintenance;
}

require __DIR__.'/../vendor/autoload.php';

(require_once __DIR__.'/../bootstrap/app.php')
    ->handleRequest(Request::capture());
`;

const HTACCESS = code`
<IfModule mod_rewrite.c>
    <IfModule mod_negotiation.c>
        Options -MultiViews -Indexes
    </IfModule>

    RewriteEngine On

    # Pass the Authorization header through to PHP
    RewriteCond %{HTTP:Authorization} .
    RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]

    # Send everything that is not a file or a folder to the front controller
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteRule ^ index.php [L]
</IfModule>
`;

const CONFIG_APP = code`
<?php

return [
    'name' => env('APP_NAME', 'Helpdesk'),
    'env' => env('APP_ENV', 'production'),
    'debug' => (bool) env('APP_DEBUG', false),
    'url' => env('APP_URL', 'http://localhost'),
    'timezone' => 'UTC',
    'locale' => env('APP_LOCALE', 'en'),
    'fallback_locale' => env('APP_FALLBACK_LOCALE', 'en'),
    'cipher' => 'AES-256-CBC',
    'key' => env('APP_KEY'),
    'previous_keys' => array_filter(explode(',', env('APP_PREVIOUS_KEYS', ''))),
    'maintenance' => [
        'driver' => env('APP_MAINTENANCE_DRIVER', 'file'),
    ],
];
`;

const CONFIG_DATABASE = code`
<?php

return [
    'default' => env('DB_CONNECTION', 'sqlite'),

    'connections' => [
        'sqlite' => [
            'driver' => 'sqlite',
            'database' => env('DB_DATABASE', database_path('database.sqlite')),
            'prefix' => '',
            'foreign_key_constraints' => true,
        ],

        'pgsql' => [
            'driver' => 'pgsql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'helpdesk'),
            'username' => env('DB_USERNAME', 'helpdesk'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8',
            'prefix' => '',
            'search_path' => 'public',
            'sslmode' => env('DB_SSLMODE', 'prefer'),
        ],
    ],

    'migrations' => [
        'table' => 'migrations',
        'update_date_on_publish' => true,
    ],
];
`;

const CONFIG_LOGGING = code`
<?php

use Monolog\Handler\StreamHandler;

return [
    'default' => env('LOG_CHANNEL', 'stderr'),

    'channels' => [
        // In a container the log goes to stderr, where the runtime collects it.
        'stderr' => [
            'driver' => 'monolog',
            'level' => env('LOG_LEVEL', 'info'),
            'handler' => StreamHandler::class,
            'with' => ['stream' => 'php://stderr'],
            'processors' => [Monolog\Processor\PsrLogMessageProcessor::class],
        ],

        'single' => [
            'driver' => 'single',
            'path' => storage_path('logs/laravel.log'),
            'level' => env('LOG_LEVEL', 'debug'),
        ],
    ],
];
`;

const PHPUNIT_XML = code`
<?xml version="1.0" encoding="UTF-8"?>
<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"
         bootstrap="vendor/autoload.php"
         colors="true"
>
    <testsuites>
        <testsuite name="Unit">
            <directory>tests/Unit</directory>
        </testsuite>
        <testsuite name="Feature">
            <directory>tests/Feature</directory>
        </testsuite>
    </testsuites>
    <source>
        <include>
            <directory>app</directory>
        </include>
    </source>
    <php>
        <env name="APP_ENV" value="testing"/>
        <env name="BCRYPT_ROUNDS" value="4"/>
        <env name="CACHE_STORE" value="array"/>
        <env name="DB_CONNECTION" value="sqlite"/>
        <env name="DB_DATABASE" value=":memory:"/>
        <env name="SESSION_DRIVER" value="array"/>
    </php>
</phpunit>
`;

const ENV_EXAMPLE = code`
APP_NAME=Helpdesk
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

LOG_CHANNEL=stderr
LOG_LEVEL=debug

DB_CONNECTION=sqlite
# DB_HOST=127.0.0.1
# DB_PORT=5432
# DB_DATABASE=helpdesk
# DB_USERNAME=helpdesk
# DB_PASSWORD=

SESSION_DRIVER=database
CACHE_STORE=database
QUEUE_CONNECTION=database
`;

const EDITORCONFIG = code`
root = true

[*]
charset = utf-8
end_of_line = lf
indent_size = 4
indent_style = space
insert_final_newline = true
trim_trailing_whitespace = true

[*.md]
trim_trailing_whitespace = false

[*.{yml,yaml}]
indent_size = 2
`;

const GITIGNORE = code`
/.phpunit.cache
/node_modules
/public/build
/public/hot
/public/storage
/storage/*.key
/vendor
.env
.env.backup
.env.production
.phpunit.result.cache
/.idea
/.vscode
`;

const IGNORE_ALL = '*\n!.gitignore\n';

/** Framework files, paths from the application root. */
export function laravelSkeleton(): Record<string, ContextFile> {
  return {
    artisan: executable(ARTISAN),
    'bootstrap/app.php': text(BOOTSTRAP_APP),
    'bootstrap/providers.php': text("<?php\n\nreturn [\n    App\\Providers\\AppServiceProvider::class,\n];\n"),
    'bootstrap/cache/.gitignore': text(IGNORE_ALL),
    'config/app.php': text(CONFIG_APP),
    'config/database.php': text(CONFIG_DATABASE),
    'config/logging.php': text(CONFIG_LOGGING),
    'public/index.php': text(PUBLIC_INDEX),
    'public/.htaccess': text(HTACCESS),
    'public/robots.txt': text('User-agent: *\nDisallow:\n'),
    // Laravel ships an empty favicon.ico.
    'public/favicon.ico': binary(0, 'empty'),
    'storage/app/.gitignore': text('*\n!private/\n!public/\n!.gitignore\n'),
    'storage/app/public/.gitignore': text(IGNORE_ALL),
    'storage/framework/.gitignore': text('compiled.php\nconfig.php\ndown\nevents.scanned.php\nmaintenance.php\nroutes.php\nroutes.scanned.php\nschedule-*\nservices.json\n'),
    'storage/framework/cache/.gitignore': text('*\n!data/\n!.gitignore\n'),
    'storage/framework/sessions/.gitignore': text(IGNORE_ALL),
    'storage/framework/views/.gitignore': text(IGNORE_ALL),
    'storage/logs/.gitignore': text(IGNORE_ALL),
    'phpunit.xml': text(PHPUNIT_XML),
    '.env.example': text(ENV_EXAMPLE),
    '.editorconfig': text(EDITORCONFIG),
    '.gitattributes': text('* text=auto eol=lf\n\n*.blade.php diff=html\n*.css diff=css\n*.html diff=html\n*.md diff=markdown\n*.php diff=php\n'),
    '.gitignore': text(GITIGNORE),
  };
}
