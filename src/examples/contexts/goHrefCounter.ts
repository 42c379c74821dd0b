/**
 * go-href-counter: a pre-modules (GOPATH, Go 1.7) program that fetches the page named by the
 * `url` environment variable and counts its internal and external links with golang.org/x/net/html.
 * No go.mod: the Dockerfile fetches the one dependency with `go get -d`.
 */
import { code, executable, text } from './files';
import type { ExampleContext } from './types';

const APP_GO = code`
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/net/html"
)

// counts is printed as JSON: {"internal":12,"external":3}
type counts struct {
	Internal int \`json:"internal"\`
	External int \`json:"external"\`
}

// internal reports whether href points back into the site: same host, a relative path or a fragment.
func internal(href string, link, site *url.URL) bool {
	return link.Host == "" || link.Host == site.Host || strings.HasPrefix(href, "#")
}

func count(page *url.URL, body *html.Tokenizer) counts {
	var c counts
	for {
		switch body.Next() {
		case html.ErrorToken:
			return c
		case html.StartTagToken:
			tok := body.Token()
			if tok.Data != "a" {
				continue
			}
			for _, attr := range tok.Attr {
				if attr.Key != "href" {
					continue
				}
				link, err := url.Parse(attr.Val)
				if err != nil {
					log.Printf("skipping %q: %v", attr.Val, err)
					continue
				}
				if internal(attr.Val, link, page) {
					c.Internal++
				} else {
					c.External++
				}
			}
		}
	}
}

func main() {
	target := os.Getenv("url")
	if target == "" {
		target = "https://www.example.com/"
	}
	page, err := url.Parse(target)
	if err != nil {
		log.Fatalf("bad url %q: %v", target, err)
	}

	resp, err := http.Get(target)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()

	out, err := json.Marshal(count(page, html.NewTokenizer(resp.Body)))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
`;

const BUILD_SH = code`
#!/bin/sh
set -e
echo "Building alexellis2/href-counter:latest"
docker build -t alexellis2/href-counter:latest .
`;

const README = code`
# href-counter

Counts the internal and external links of a web page and prints them as JSON.

    docker build -t href-counter .
    docker run --rm -e url=https://www.docker.com/ href-counter
    {"internal":41,"external":17}

The image is built in two stages: the first compiles a static binary in \`golang:1.7.3\`
(the toolchain alone is several hundred MB), the second copies only that binary into
\`alpine:latest\` with the CA certificates it needs for HTTPS.
`;

export const goHrefCounter: ExampleContext = {
  id: 'go-href-counter',
  title: 'href-counter (Go 1.7, GOPATH era)',
  description: 'A single-file Go program counting a page\'s internal and external links, built without modules.',
  files: {
    'app.go': text(APP_GO),
    'build.sh': executable(BUILD_SH),
    'README.md': text(README),
    '.gitignore': text('app\nhref-counter\n'),
  },
  notes:
    'Before Go modules there is no go.mod or go.sum: the source lives under GOPATH ' +
    '(/go/src/github.com/alexellis/href-counter) and `go get -d golang.org/x/net/html` fetches the ' +
    'dependency into /go/src/golang.org/x/net. Only app.go is copied into the build.',
};
