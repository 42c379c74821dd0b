/**
 * Our example: an uptime checker compiled as a static Go binary (CGO off) in golang:1.22-alpine and
 * shipped on scratch. Scratch has no files at all, so the CA bundle for HTTPS is copied from the
 * build stage, and the user is a bare numeric uid (there is no /etc/passwd).
 */
import { code, text } from '../files';
import type { OwnExample } from '../types';

const DOCKERFILE = code`
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/uptime ./cmd/uptime

FROM scratch
# The binary checks HTTPS endpoints: it needs the CA certificates the golang image already has.
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/uptime /uptime
COPY config.yaml /etc/uptime/config.yaml
USER 65534:65534
ENTRYPOINT ["/uptime", "-config", "/etc/uptime/config.yaml"]
`;

const GO_MOD = code`
module github.com/acme/uptime

go 1.22

require gopkg.in/yaml.v3 v3.0.1
`;

const GO_SUM = code`
gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405/go.mod h1:Co6ibVJAznAaIkqp8huTwlJQCZ016jof/cbN4VW5Yz0=
gopkg.in/yaml.v3 v3.0.1 h1:fxVm/GzAzEWqLHuvctI91KS9hhNmmWOoWu0XTYJS7CA=
gopkg.in/yaml.v3 v3.0.1/go.mod h1:K4uyk7z7BCEPqu6E+C64Yfv1cQ7kz7rIZviUmN+EgEM=
`;

const MAIN_GO = code`
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/acme/uptime/internal/check"
	"github.com/acme/uptime/internal/config"
)

func main() {
	path := flag.String("config", "config.yaml", "path to the configuration file")
	flag.Parse()

	cfg, err := config.Load(*path)
	if err != nil {
		log.Fatalf("config: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	log.Printf("watching %d targets every %s", len(cfg.Targets), cfg.Interval)
	check.Run(ctx, cfg, func(r check.Result) {
		if r.Err != nil || !r.OK {
			log.Printf("DOWN %s: status=%d err=%v", r.Name, r.Status, r.Err)
			return
		}
		log.Printf("up   %s: %d in %s", r.Name, r.Status, r.Latency)
	})
}
`;

const CONFIG_GO = code`
package config

import (
	"fmt"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

// Target is one endpoint to watch.
type Target struct {
	Name   string \`yaml:"name"\`
	URL    string \`yaml:"url"\`
	Expect int    \`yaml:"expect"\`
}

// Config is the whole file.
type Config struct {
	Interval time.Duration \`yaml:"interval"\`
	Timeout  time.Duration \`yaml:"timeout"\`
	Targets  []Target      \`yaml:"targets"\`
}

// Load reads and validates a YAML configuration file.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Interval: 30 * time.Second, Timeout: 5 * time.Second}
	if err := yaml.Unmarshal(raw, cfg); err != nil {
		return nil, err
	}
	for i := range cfg.Targets {
		if cfg.Targets[i].URL == "" {
			return nil, fmt.Errorf("target %d has no url", i)
		}
		if cfg.Targets[i].Expect == 0 {
			cfg.Targets[i].Expect = 200
		}
	}
	return cfg, nil
}
`;

const CHECK_GO = code`
package check

import (
	"context"
	"net/http"
	"time"

	"github.com/acme/uptime/internal/config"
)

// Result is the outcome of one probe.
type Result struct {
	Name    string
	Status  int
	OK      bool
	Latency time.Duration
	Err     error
}

// Probe requests one target once.
func Probe(ctx context.Context, client *http.Client, t config.Target) Result {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.URL, nil)
	if err != nil {
		return Result{Name: t.Name, Err: err}
	}
	resp, err := client.Do(req)
	if err != nil {
		return Result{Name: t.Name, Err: err, Latency: time.Since(start)}
	}
	resp.Body.Close()
	return Result{Name: t.Name, Status: resp.StatusCode, OK: resp.StatusCode == t.Expect, Latency: time.Since(start)}
}

// Run probes every target each interval until ctx ends.
func Run(ctx context.Context, cfg *config.Config, report func(Result)) {
	client := &http.Client{Timeout: cfg.Timeout}
	ticker := time.NewTicker(cfg.Interval)
	defer ticker.Stop()
	for {
		for _, t := range cfg.Targets {
			report(Probe(ctx, client, t))
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}
`;

const CHECK_TEST_GO = code`
package check

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/acme/uptime/internal/config"
)

func TestProbeComparesStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()

	r := Probe(context.Background(), srv.Client(), config.Target{Name: "api", URL: srv.URL, Expect: 200})
	if r.OK || r.Status != http.StatusServiceUnavailable {
		t.Fatalf("Probe = %+v, want a failed 503", r)
	}
}
`;

const CONFIG_YAML = code`
interval: 30s
timeout: 5s
targets:
  - name: website
    url: https://www.example.com/
  - name: api
    url: https://api.example.com/healthz
    expect: 204
`;

const README = code`
# uptime

Polls HTTPS endpoints and logs when one is down.

    go test ./...
    go run ./cmd/uptime -config config.yaml

The image is built \`FROM scratch\`: the static binary, the CA bundle and config.yaml are its
only files (a few MB in all).
`;

export const scratchGo: OwnExample = {
  id: 'scratch-go',
  title: 'A static Go binary on scratch',
  description: 'An HTTPS uptime checker built with CGO_ENABLED=0 and shipped on scratch with the CA bundle copied in.',
  dockerfile: DOCKERFILE,
  files: {
    'go.mod': text(GO_MOD),
    'go.sum': text(GO_SUM),
    'cmd/uptime/main.go': text(MAIN_GO),
    'internal/config/config.go': text(CONFIG_GO),
    'internal/check/check.go': text(CHECK_GO),
    'internal/check/check_test.go': text(CHECK_TEST_GO),
    'config.yaml': text(CONFIG_YAML),
    'README.md': text(README),
    '.gitignore': text('/uptime\n/bin/\n'),
    '.dockerignore': text('.git\nbin/\nuptime\n*.md\n'),
  },
  notes:
    'golang:1.22-alpine already carries /etc/ssl/certs/ca-certificates.crt, so no apk step is ' +
    'needed. Without the CA bundle every HTTPS probe would fail with "x509: certificate signed by ' +
    'unknown authority".',
};
