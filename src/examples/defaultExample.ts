/**
 * The Dockerfile a new workspace opens with: a small Go HTTP service built in four stages.
 * Chosen so the first graph already teaches something: `test` hangs off `deps` but nothing the
 * default target (`final`) needs copies from it, so BuildKit skips it while the legacy builder
 * runs it.
 */
export const defaultExample = `# A tiny Go HTTP service, built in stages.
ARG GO_VERSION=1.22

# Download modules once; later stages reuse this layer.
FROM golang:\${GO_VERSION}-alpine AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

# Compile a static binary.
FROM deps AS build
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/greeter ./cmd/greeter

# Only built when you ask for it: docker build --target test .
FROM deps AS test
COPY . .
RUN go vet ./... && go test ./...

# The image that ships: Alpine plus one binary, running as a non-root user.
FROM alpine:3.20 AS final
RUN addgroup -S greeter && adduser -S -G greeter greeter
COPY --from=build /out/greeter /usr/local/bin/greeter
USER greeter
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/greeter"]
`;
