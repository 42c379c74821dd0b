/**
 * go-build-test-deploy: a stdlib-only Go 1.7 web service (GOPATH layout) with tests and test
 * fixtures. The builder copies app.go alone; the tester stage copies everything (tests, testdata)
 * and runs `go test ./...`; the deployer ships the binary.
 */
import { code, text } from './files';
import type { ExampleContext } from './types';

const APP_GO = code`
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"
)

var greetings = map[string]string{
	"en": "Hello",
	"fr": "Bonjour",
	"de": "Hallo",
	"es": "Hola",
	"nl": "Hallo",
}

// greeting picks the first supported language of an Accept-Language header, English otherwise.
func greeting(acceptLanguage string) (lang, word string) {
	for _, part := range strings.Split(acceptLanguage, ",") {
		tag := strings.TrimSpace(strings.SplitN(part, ";", 2)[0])
		base := strings.ToLower(strings.SplitN(tag, "-", 2)[0])
		if w, ok := greetings[base]; ok {
			return base, w
		}
	}
	return "en", greetings["en"]
}

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "world"
	}
	lang, word := greeting(r.Header.Get("Accept-Language"))
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"lang": lang, "message": word + ", " + name + "!"})
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/hello", helloHandler)
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Printf("listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
`;

const APP_TEST_GO = code`
package main

import (
	"encoding/json"
	"io/ioutil"
	"net/http"
	"net/http/httptest"
	"testing"
)

type helloCase struct {
	AcceptLanguage string \`json:"acceptLanguage"\`
	Name           string \`json:"name"\`
	Lang           string \`json:"lang"\`
	Message        string \`json:"message"\`
}

func loadCases(t *testing.T) []helloCase {
	raw, err := ioutil.ReadFile("testdata/hello_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []helloCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestHelloHandler(t *testing.T) {
	for _, c := range loadCases(t) {
		req := httptest.NewRequest("GET", "/hello?name="+c.Name, nil)
		req.Header.Set("Accept-Language", c.AcceptLanguage)
		rec := httptest.NewRecorder()
		helloHandler(rec, req)

		if rec.Code != http.StatusOK {
			t.Fatalf("%q: status %d", c.AcceptLanguage, rec.Code)
		}
		var got map[string]string
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got["lang"] != c.Lang || got["message"] != c.Message {
			t.Errorf("%q: got %v, want lang %q message %q", c.AcceptLanguage, got, c.Lang, c.Message)
		}
	}
}

func TestGreetingFallsBackToEnglish(t *testing.T) {
	if lang, _ := greeting("pt-BR, ja;q=0.8"); lang != "en" {
		t.Errorf("unsupported languages gave %q, want en", lang)
	}
}
`;

const CASES = code`
[
  { "acceptLanguage": "fr-CH, fr;q=0.9, en;q=0.8", "name": "Ada", "lang": "fr", "message": "Bonjour, Ada!" },
  { "acceptLanguage": "de", "name": "", "lang": "de", "message": "Hallo, world!" },
  { "acceptLanguage": "es-419", "name": "Grace", "lang": "es", "message": "Hola, Grace!" },
  { "acceptLanguage": "", "name": "Linus", "lang": "en", "message": "Hello, Linus!" }
]
`;

const README = code`
# project

A tiny greeting service: \`GET /hello?name=Ada\` answers in the caller's language.

    go test ./...
    CGO_ENABLED=0 go build -o app .

Docker stages:

- \`builder\` compiles \`app.go\` into a static binary;
- \`tester\` starts from the builder, adds the tests and \`testdata/\`, and runs \`go test ./...\`
  (build it with \`docker build --target tester .\`);
- \`deployer\` copies the binary into \`alpine:latest\`.
`;

export const goBuildTestDeploy: ExampleContext = {
  id: 'go-build-test-deploy',
  title: 'Greeting service with a test stage (Go 1.7)',
  description: 'A stdlib-only Go web service whose tests and fixtures only the tester stage copies in.',
  files: {
    'app.go': text(APP_GO),
    'app_test.go': text(APP_TEST_GO),
    'testdata/hello_cases.json': text(CASES),
    'README.md': text(README),
    '.gitignore': text('/app\n'),
  },
  notes:
    'The builder copies app.go only, so editing a test or testdata/ leaves the build cached and ' +
    're-runs only the tester stage. BuildKit builds the tester only with `--target tester`.',
};
