/**
 * go-version-arg: a cobra command-line tool (`statusctl`) whose `version` variable in package main
 * is set at link time with `-ldflags "-X main.version=..."`, the way the Dockerfile's ARG feeds it.
 */
import { code, text } from './files';
import type { ExampleContext } from './types';

const GO_MOD = code`
module github.com/acme/statusctl

go 1.21

require github.com/spf13/cobra v1.8.0

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
)
`;

/** What `go mod tidy` writes for cobra v1.8.0 (its go.mod-only requirements included). */
const GO_SUM = code`
github.com/cpuguy83/go-md2man/v2 v2.0.3/go.mod h1:tgQtvFlXSQOSOSIRvRPT7W67SCa46tRHOmNcaadrF8o=
github.com/inconshreveable/mousetrap v1.1.0 h1:wN+x4NVGpMsO7ErUn/mUI3vEoE6Jt13X2s0bqwp9tc8=
github.com/inconshreveable/mousetrap v1.1.0/go.mod h1:vpF70FUmC8bwa3OWnCshd2FqLfsEA9PFc4w1p2J65bw=
github.com/russross/blackfriday/v2 v2.1.0/go.mod h1:+Rmxgy9KzJVeS9/2gXHxylqXiyQDYRxCVz55jmeOWTM=
github.com/spf13/cobra v1.8.0 h1:7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=
github.com/spf13/cobra v1.8.0/go.mod h1:WXLWApfZ71AjXPya3WOlMsY9yMs7YeiHhFVlvLyhcho=
github.com/spf13/pflag v1.0.5 h1:iy+VFUOCP1a+8yFto/drg2CJ5u0yRoB7fZw3DKv/JXA=
github.com/spf13/pflag v1.0.5/go.mod h1:McXfInJRrz4CZXVZOBLb0bTZqETkiAhM9Iw0y3An2Bg=
gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405/go.mod h1:Co6ibVJAznAaIkqp8huTwlJQCZ016jof/cbN4VW5Yz0=
gopkg.in/yaml.v3 v3.0.1/go.mod h1:K4uyk7z7BCEPqu6E+C64Yfv1cQ7kz7rIZviUmN+EgEM=
`;

const MAIN_GO = code`
package main

import (
	"os"

	"github.com/acme/statusctl/cmd"
)

// version is replaced at link time: go build -ldflags="-X main.version=1.4.2"
var version = "dev"

func main() {
	if err := cmd.NewRoot(version).Execute(); err != nil {
		os.Exit(1)
	}
}
`;

const ROOT_GO = code`
package cmd

import (
	"time"

	"github.com/spf13/cobra"
)

// NewRoot builds the statusctl command tree; version is printed by "statusctl version".
func NewRoot(version string) *cobra.Command {
	root := &cobra.Command{
		Use:          "statusctl",
		Short:        "Check that HTTP endpoints answer, from a terminal or a CI job",
		SilenceUsage: true,
	}
	timeout := root.PersistentFlags().Duration("timeout", 5*time.Second, "time allowed per request")
	root.AddCommand(newCheckCmd(timeout), newVersionCmd(version))
	return root
}
`;

const CHECK_GO = code`
package cmd

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/acme/statusctl/internal/probe"
)

func newCheckCmd(timeout *time.Duration) *cobra.Command {
	var expect int
	c := &cobra.Command{
		Use:   "check URL...",
		Short: "Request each URL and compare the status code",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			failed := 0
			for _, url := range args {
				res := probe.Get(c.Context(), url, *timeout)
				ok := res.Err == nil && res.Status == expect
				if !ok {
					failed++
				}
				fmt.Fprintln(c.OutOrStdout(), res.Line(ok))
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d checks failed", failed, len(args))
			}
			return nil
		},
	}
	c.Flags().IntVar(&expect, "expect", 200, "status code that counts as healthy")
	return c
}
`;

const VERSION_GO = code`
package cmd

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

func newVersionCmd(version string) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the statusctl version",
		Run: func(c *cobra.Command, _ []string) {
			fmt.Fprintf(c.OutOrStdout(), "statusctl %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		},
	}
}
`;

const PROBE_GO = code`
package probe

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// Result is the outcome of one request.
type Result struct {
	URL     string
	Status  int
	Elapsed time.Duration
	Err     error
}

// Get requests url once and reports the status code and the time it took.
func Get(ctx context.Context, url string, timeout time.Duration) Result {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Result{URL: url, Err: err}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Result{URL: url, Err: err, Elapsed: time.Since(start)}
	}
	resp.Body.Close()
	return Result{URL: url, Status: resp.StatusCode, Elapsed: time.Since(start)}
}

// Line formats the result for the terminal.
func (r Result) Line(ok bool) string {
	mark := "ok  "
	if !ok {
		mark = "FAIL"
	}
	if r.Err != nil {
		return fmt.Sprintf("%s %s: %v", mark, r.URL, r.Err)
	}
	return fmt.Sprintf("%s %s: %d in %s", mark, r.URL, r.Status, r.Elapsed.Round(time.Millisecond))
}
`;

const PROBE_TEST_GO = code`
package probe

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestGetReportsStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	}))
	defer srv.Close()

	res := Get(context.Background(), srv.URL, time.Second)
	if res.Err != nil || res.Status != http.StatusTeapot {
		t.Fatalf("Get = %+v, want status 418", res)
	}
}
`;

const MAKEFILE = code`
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

.PHONY: build test image

build:
	go build -ldflags="-X main.version=$(VERSION)" -o bin/statusctl .

test:
	go test ./...

image:
	docker build --build-arg VERSION=$(VERSION) -t statusctl:$(VERSION) .
`;

const README = code`
# statusctl

Checks that HTTP endpoints answer with the expected status code.

    statusctl check https://example.com https://example.org/healthz --expect 200
    statusctl version

The version is stamped at build time: \`make build VERSION=1.4.2\`, or in Docker with
\`docker build --build-arg VERSION=1.4.2 .\` (the default \`dev\` otherwise).
`;

export const goVersionArg: ExampleContext = {
  id: 'go-version-arg',
  title: 'statusctl: a Go CLI stamped with its version',
  description: 'A cobra command-line tool whose main.version is set with -ldflags from the VERSION build argument.',
  files: {
    'go.mod': text(GO_MOD),
    'go.sum': text(GO_SUM),
    'main.go': text(MAIN_GO),
    'cmd/root.go': text(ROOT_GO),
    'cmd/check.go': text(CHECK_GO),
    'cmd/version.go': text(VERSION_GO),
    'internal/probe/probe.go': text(PROBE_GO),
    'internal/probe/probe_test.go': text(PROBE_TEST_GO),
    Makefile: text(MAKEFILE),
    'README.md': text(README),
    '.gitignore': text('/bin/\n/myapp\n'),
    '.dockerignore': text('.git\nbin/\nmyapp\n'),
  },
  notes:
    'There is no separate `go mod download` step: `COPY . .` then `go build` fetches cobra, pflag and ' +
    'mousetrap. `var version = "dev"` in main.go is what `-X main.version=${VERSION}` overwrites, so ' +
    'every new VERSION changes the RUN line and re-runs the build.',
};
