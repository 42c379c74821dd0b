/**
 * A small Go HTTP service (a task list API on chi + google/uuid), the project behind both
 * go-single-stage and go-multi-stage so the two Dockerfiles can be compared on the same sources.
 * The main package sits at the module root: `go build -o myapp .` builds it.
 */
import { code, text } from '../files';
import type { ContextFile } from '../types';

const GO_MOD = code`
module github.com/acme/tasks

go 1.21

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/google/uuid v1.6.0
)
`;

/** The go.sum `go mod tidy` writes for the two requirements (neither has dependencies of its own). */
const GO_SUM = code`
github.com/go-chi/chi/v5 v5.0.12 h1:9euLV5sTrTNTRUU9POmDUvfxyj6LAABLUcEWO+JJb4s=
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:DslCQbL2OYiznFReuXYUmQ2hGd1aDpCnlMNITLSKoi8=
github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
`;

const MAIN_GO = code`
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/acme/tasks/internal/tasks"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer)
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	r.Mount("/tasks", tasks.Routes(tasks.NewStore()))

	addr := ":" + envOr("PORT", "8080")
	srv := &http.Server{Addr: addr, Handler: r, ReadHeaderTimeout: 5 * time.Second}

	go func() {
		logger.Info("listening", "addr", addr)
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("server stopped", "err", err)
			os.Exit(1)
		}
	}()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		logger.Error("shutdown", "err", err)
	}
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
`;

const STORE_GO = code`
package tasks

import (
	"sort"
	"sync"
	"time"

	"github.com/google/uuid"
)

// Task is one item of the list.
type Task struct {
	ID        string    \`json:"id"\`
	Title     string    \`json:"title"\`
	Done      bool      \`json:"done"\`
	CreatedAt time.Time \`json:"createdAt"\`
}

// Store keeps tasks in memory; it is safe for concurrent use.
type Store struct {
	mu    sync.RWMutex
	tasks map[string]Task
}

func NewStore() *Store {
	return &Store{tasks: make(map[string]Task)}
}

func (s *Store) Add(title string) Task {
	t := Task{ID: uuid.NewString(), Title: title, CreatedAt: time.Now().UTC()}
	s.mu.Lock()
	s.tasks[t.ID] = t
	s.mu.Unlock()
	return t
}

func (s *Store) List() []Task {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Task, 0, len(s.tasks))
	for _, t := range s.tasks {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt) })
	return out
}

func (s *Store) SetDone(id string, done bool) (Task, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tasks[id]
	if !ok {
		return Task{}, false
	}
	t.Done = done
	s.tasks[id] = t
	return t, true
}

func (s *Store) Delete(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.tasks[id]
	delete(s.tasks, id)
	return ok
}
`;

const HANDLERS_GO = code`
package tasks

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

// Routes serves the task list under the path it is mounted on.
func Routes(store *Store) http.Handler {
	r := chi.NewRouter()
	r.Get("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, store.List())
	})
	r.Post("/", func(w http.ResponseWriter, req *http.Request) {
		var body struct {
			Title string \`json:"title"\`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil || strings.TrimSpace(body.Title) == "" {
			http.Error(w, "a title is required", http.StatusBadRequest)
			return
		}
		writeJSON(w, http.StatusCreated, store.Add(strings.TrimSpace(body.Title)))
	})
	r.Put("/{id}/done", func(w http.ResponseWriter, req *http.Request) {
		t, ok := store.SetDone(chi.URLParam(req, "id"), true)
		if !ok {
			http.NotFound(w, req)
			return
		}
		writeJSON(w, http.StatusOK, t)
	})
	r.Delete("/{id}", func(w http.ResponseWriter, req *http.Request) {
		if !store.Delete(chi.URLParam(req, "id")) {
			http.NotFound(w, req)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return r
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
`;

const HANDLERS_TEST_GO = code`
package tasks

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCreateAndList(t *testing.T) {
	h := Routes(NewStore())

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", strings.NewReader(\`{"title":"water the plants"}\`)))
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST / = %d, want 201", rec.Code)
	}

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	var got []Task
	if err := json.NewDecoder(rec.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Title != "water the plants" {
		t.Fatalf("GET / = %+v", got)
	}
}

func TestRejectsEmptyTitle(t *testing.T) {
	rec := httptest.NewRecorder()
	Routes(NewStore()).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", strings.NewReader(\`{"title":"  "}\`)))
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("POST / with a blank title = %d, want 400", rec.Code)
	}
}
`;

const MAKEFILE = code`
.PHONY: build test run

build:
	go build -o bin/myapp .

test:
	go test ./...

run: build
	./bin/myapp
`;

const README = code`
# tasks

A small task-list API: \`GET /tasks\`, \`POST /tasks\` (\`{"title": "..."}\`), \`PUT /tasks/{id}/done\`,
\`DELETE /tasks/{id}\`, and \`GET /healthz\`. Tasks live in memory.

    go test ./...
    PORT=8080 go run .
`;

const GITIGNORE = code`
/bin/
/myapp
*.test
*.out
`;

/** The service's files; `dockerignore` adds the ignore file a project tuned for images keeps. */
export function goTasksService(dockerignore: string | undefined): Record<string, ContextFile> {
  const files: Record<string, ContextFile> = {
    'go.mod': text(GO_MOD),
    'go.sum': text(GO_SUM),
    'main.go': text(MAIN_GO),
    'internal/tasks/store.go': text(STORE_GO),
    'internal/tasks/handlers.go': text(HANDLERS_GO),
    'internal/tasks/handlers_test.go': text(HANDLERS_TEST_GO),
    Makefile: text(MAKEFILE),
    'README.md': text(README),
    '.gitignore': text(GITIGNORE),
  };
  if (dockerignore !== undefined) files['.dockerignore'] = text(dockerignore);
  return files;
}
