/**
 * The application side of the php-laravel context: a support-ticket API (models, controller,
 * form request, routes, a view, tests). Migrations and factories are in laravelDatabase.ts.
 */
import { code, text } from '../files';
import type { ContextFile } from '../types';
import { laravelDatabase } from './laravelDatabase';

const TICKET_STATUS = code`
<?php

namespace App\Enums;

enum TicketStatus: string
{
    case Open = 'open';
    case Pending = 'pending';
    case Closed = 'closed';

    public function isActive(): bool
    {
        return $this !== self::Closed;
    }
}
`;

const TICKET_MODEL = code`
<?php

namespace App\Models;

use App\Enums\TicketStatus;
use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Ticket extends Model
{
    use HasFactory;

    protected $fillable = ['subject', 'body', 'status', 'requester_email'];

    protected function casts(): array
    {
        return ['status' => TicketStatus::class];
    }

    public function assignee(): BelongsTo
    {
        return $this->belongsTo(User::class, 'assignee_id');
    }
}
`;

const USER_MODEL = code`
<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Foundation\Auth\User as Authenticatable;
use Illuminate\Notifications\Notifiable;

class User extends Authenticatable
{
    use HasFactory, Notifiable;

    protected $fillable = ['name', 'email', 'password'];

    protected $hidden = ['password', 'remember_token'];

    protected function casts(): array
    {
        return ['email_verified_at' => 'datetime', 'password' => 'hashed'];
    }

    public function tickets(): HasMany
    {
        return $this->hasMany(Ticket::class, 'assignee_id');
    }
}
`;

const CONTROLLER = code`
<?php

namespace App\Http\Controllers;

abstract class Controller
{
    //
}
`;

const TICKET_CONTROLLER = code`
<?php

namespace App\Http\Controllers;

use App\Enums\TicketStatus;
use App\Http\Requests\StoreTicketRequest;
use App\Models\Ticket;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class TicketController extends Controller
{
    public function index(Request $request): JsonResponse
    {
        $tickets = Ticket::query()
            ->when($request->query('status'), fn ($q, $status) => $q->where('status', $status))
            ->latest()
            ->paginate(20);

        return response()->json($tickets);
    }

    public function store(StoreTicketRequest $request): JsonResponse
    {
        $ticket = Ticket::create($request->validated() + ['status' => TicketStatus::Open]);

        return response()->json($ticket, 201);
    }

    public function show(Ticket $ticket): JsonResponse
    {
        return response()->json($ticket->load('assignee'));
    }

    public function close(Ticket $ticket): JsonResponse
    {
        $ticket->update(['status' => TicketStatus::Closed]);

        return response()->json($ticket);
    }
}
`;

const STORE_REQUEST = code`
<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class StoreTicketRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'subject' => ['required', 'string', 'max:160'],
            'body' => ['required', 'string', 'max:10000'],
            'requester_email' => ['required', 'email'],
        ];
    }
}
`;

const PROVIDER = code`
<?php

namespace App\Providers;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        //
    }

    public function boot(): void
    {
        Model::preventLazyLoading(! $this->app->isProduction());
    }
}
`;

const ROUTES_API = code`
<?php

use App\Http\Controllers\TicketController;
use Illuminate\Support\Facades\Route;

Route::get('/tickets', [TicketController::class, 'index']);
Route::post('/tickets', [TicketController::class, 'store']);
Route::get('/tickets/{ticket}', [TicketController::class, 'show']);
Route::post('/tickets/{ticket}/close', [TicketController::class, 'close']);
`;

const ROUTES_WEB = code`
<?php

use Illuminate\Support\Facades\Route;

Route::view('/', 'welcome');
`;

const ROUTES_CONSOLE = code`
<?php

use App\Enums\TicketStatus;
use App\Models\Ticket;
use Illuminate\Support\Facades\Schedule;

// Pending tickets nobody answered for two weeks are closed automatically.
Schedule::call(function () {
    Ticket::where('status', TicketStatus::Pending)
        ->where('updated_at', '<', now()->subWeeks(2))
        ->update(['status' => TicketStatus::Closed]);
})->daily();
`;

const WELCOME = code`
<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ config('app.name') }}</title>
    </head>
    <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto;">
        <h1>{{ config('app.name') }}</h1>
        <p>The support API lives under <code>/api/tickets</code>. Health check: <a href="/up">/up</a>.</p>
    </body>
</html>
`;

const TEST_CASE = code`
<?php

namespace Tests;

use Illuminate\Foundation\Testing\TestCase as BaseTestCase;

abstract class TestCase extends BaseTestCase
{
    //
}
`;

const FEATURE_TEST = code`
<?php

namespace Tests\Feature;

use App\Models\Ticket;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class TicketApiTest extends TestCase
{
    use RefreshDatabase;

    public function test_a_ticket_can_be_opened(): void
    {
        $this->postJson('/api/tickets', [
            'subject' => 'Invoice missing',
            'body' => 'I did not receive the invoice for order 1042.',
            'requester_email' => 'jo@example.com',
        ])->assertCreated()->assertJsonPath('status', 'open');
    }

    public function test_a_ticket_can_be_closed(): void
    {
        $ticket = Ticket::factory()->create(['status' => 'open']);

        $this->postJson("/api/tickets/{$ticket->id}/close")->assertOk()->assertJsonPath('status', 'closed');
    }
}
`;

const UNIT_TEST = code`
<?php

namespace Tests\Unit;

use App\Enums\TicketStatus;
use PHPUnit\Framework\TestCase;

class TicketStatusTest extends TestCase
{
    public function test_closed_tickets_are_not_active(): void
    {
        $this->assertTrue(TicketStatus::Open->isActive());
        $this->assertFalse(TicketStatus::Closed->isActive());
    }
}
`;

/** Application files, paths from the application root. */
export function laravelHelpdesk(): Record<string, ContextFile> {
  return {
    'app/Enums/TicketStatus.php': text(TICKET_STATUS),
    'app/Http/Controllers/Controller.php': text(CONTROLLER),
    'app/Http/Controllers/TicketController.php': text(TICKET_CONTROLLER),
    'app/Http/Requests/StoreTicketRequest.php': text(STORE_REQUEST),
    'app/Models/Ticket.php': text(TICKET_MODEL),
    'app/Models/User.php': text(USER_MODEL),
    'app/Providers/AppServiceProvider.php': text(PROVIDER),
    ...laravelDatabase(),
    'routes/api.php': text(ROUTES_API),
    'routes/web.php': text(ROUTES_WEB),
    'routes/console.php': text(ROUTES_CONSOLE),
    'resources/views/welcome.blade.php': text(WELCOME),
    'tests/TestCase.php': text(TEST_CASE),
    'tests/Feature/TicketApiTest.php': text(FEATURE_TEST),
    'tests/Unit/TicketStatusTest.php': text(UNIT_TEST),
  };
}
