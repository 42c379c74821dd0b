/**
 * The database/ folder of the php-laravel context: migrations, model factories and the seeder.
 */
import { code, text } from '../files';
import type { ContextFile } from '../types';

const USERS_MIGRATION = code`
<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('users', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('email')->unique();
            $table->timestamp('email_verified_at')->nullable();
            $table->string('password');
            $table->rememberToken();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('users');
    }
};
`;

const TICKETS_MIGRATION = code`
<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('tickets', function (Blueprint $table) {
            $table->id();
            $table->string('subject', 160);
            $table->text('body');
            $table->string('status', 16)->default('open')->index();
            $table->string('requester_email');
            $table->foreignId('assignee_id')->nullable()->constrained('users')->nullOnDelete();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tickets');
    }
};
`;

const USER_FACTORY = code`
<?php

namespace Database\Factories;

use Illuminate\Database\Eloquent\Factories\Factory;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Str;

class UserFactory extends Factory
{
    public function definition(): array
    {
        return [
            'name' => fake()->name(),
            'email' => fake()->unique()->safeEmail(),
            'email_verified_at' => now(),
            'password' => Hash::make('password'),
            'remember_token' => Str::random(10),
        ];
    }
}
`;

const TICKET_FACTORY = code`
<?php

namespace Database\Factories;

use App\Enums\TicketStatus;
use Illuminate\Database\Eloquent\Factories\Factory;

class TicketFactory extends Factory
{
    public function definition(): array
    {
        return [
            'subject' => fake()->sentence(6),
            'body' => fake()->paragraphs(2, true),
            'status' => fake()->randomElement(TicketStatus::cases()),
            'requester_email' => fake()->safeEmail(),
        ];
    }
}
`;

const SEEDER = code`
<?php

namespace Database\Seeders;

use App\Models\Ticket;
use App\Models\User;
use Illuminate\Database\Seeder;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        $agents = User::factory(3)->create();

        Ticket::factory(25)->recycle($agents)->create();
    }
}
`;

/** database/ files, paths from the application root. */
export function laravelDatabase(): Record<string, ContextFile> {
  return {
    'database/.gitignore': text('*.sqlite*\n'),
    'database/migrations/0001_01_01_000000_create_users_table.php': text(USERS_MIGRATION),
    'database/migrations/2025_01_20_093000_create_tickets_table.php': text(TICKETS_MIGRATION),
    'database/factories/UserFactory.php': text(USER_FACTORY),
    'database/factories/TicketFactory.php': text(TICKET_FACTORY),
    'database/seeders/DatabaseSeeder.php': text(SEEDER),
  };
}
