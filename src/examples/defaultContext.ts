/**
 * The build context of the default example (defaultExample.ts): a small standard-library Go
 * service. It carries a local build output and a log next to the sources, which its
 * `.dockerignore` keeps out of the build, so the context panel shows ignoring at work.
 */
import { binary, code, text } from './contexts/files';
import type { ContextFile } from './contexts/types';

const MAIN = code`
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/greeter/internal/greet"
)

func main() {
	addr := ":8080"
	if port := os.Getenv("PORT"); port != "" {
		addr = ":" + port
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(greet.Hello(r.URL.Query().Get("name")) + "\n"))
	})
	log.Printf("listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}
`;

const GREET = code`
// Package greet words the greeting.
package greet

// Hello greets name, or the world when no name is given.
func Hello(name string) string {
	if name == "" {
		name = "world"
	}
	return "Hello, " + name + "!"
}
`;

const GREET_TEST = code`
package greet

import "testing"

func TestHello(t *testing.T) {
	cases := map[string]string{"": "Hello, world!", "Ada": "Hello, Ada!"}
	for name, want := range cases {
		if got := Hello(name); got != want {
			t.Errorf("Hello(%q) = %q, want %q", name, got, want)
		}
	}
}
`;

export const defaultContext: Record<string, ContextFile> = {
  '.dockerignore': text('# Local build output and logs never belong in the image.\nbin/\n*.log\ndocker-compose.yml\n'),
  'README.md': text('# greeter\n\nA tiny HTTP service that says hello. `docker build -t greeter .` builds it.\n'),
  'Makefile': text('build:\n\tgo build -o bin/greeter ./cmd/greeter\n\ntest:\n\tgo test ./...\n'),
  'go.mod': text('module example.com/greeter\n\ngo 1.22\n'),
  // No dependencies outside the standard library, so go.sum is empty; the Dockerfile copies it anyway.
  'go.sum': text(''),
  'cmd/greeter/main.go': text(MAIN),
  'internal/greet/greet.go': text(GREET),
  'internal/greet/greet_test.go': text(GREET_TEST),
  'bin/greeter': { ...binary(7_340_032, 'greeter-local-build'), mode: 0o755 },
  'debug.log': text('2024/05/02 10:14:03 listening on :8080\n'),
  'docker-compose.yml': text('services:\n  greeter:\n    build: .\n    ports:\n      - "8080:8080"\n'),
};
