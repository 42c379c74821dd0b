/**
 * Our example: an axum URL shortener compiled with cargo in rust:1.79-bookworm; the release binary
 * runs on debian:bookworm-slim (it links glibc dynamically). Dependencies are built in a layer of
 * their own from Cargo.toml and Cargo.lock with a placeholder main.rs.
 */
import { cargoLockText } from '../cargoLock';
import { code, text } from '../files';
import { axumServiceLock } from '../locks/axumServiceLock';
import type { OwnExample } from '../types';

const DOCKERFILE = code`
FROM rust:1.79-bookworm AS build
WORKDIR /src
# Compile the dependencies alone first: editing src/ then leaves this layer cached.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs \
    && cargo build --release --locked \
    && rm -rf src target/release/deps/shortlinks* target/release/shortlinks
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 shortlinks
COPY --from=build /src/target/release/shortlinks /usr/local/bin/shortlinks
USER shortlinks
ENV RUST_LOG=info
EXPOSE 3000
ENTRYPOINT ["shortlinks"]
`;

const CARGO_TOML = code`
[package]
name = "shortlinks"
version = "0.4.0"
edition = "2021"
rust-version = "1.79"
publish = false

[dependencies]
axum = "0.7.5"
base64 = "0.21.7"
http = "1.1.0"
hyper = { version = "1.4.1", features = ["full"] }
once_cell = "1.19.0"
serde = { version = "1.0.209", features = ["derive"] }
serde_json = "1.0.127"
tokio = { version = "1.39.3", features = ["full"] }
tower = "0.5.0"
tracing = "0.1.40"
tracing-subscriber = { version = "0.3.18", features = ["env-filter"] }

[profile.release]
lto = "thin"
strip = true
`;

const ROOT_DEPENDENCIES = [
  'axum', 'base64', 'http', 'hyper', 'once_cell', 'serde', 'serde_json', 'tokio', 'tower 0.5.0', 'tracing', 'tracing-subscriber',
];

const MAIN_RS = code`
mod config;
mod routes;
mod store;

use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let config = config::Config::from_env();
    let app = routes::router(Arc::new(store::Store::default()));

    let listener = tokio::net::TcpListener::bind(config.addr).await.expect("bind the listen address");
    tracing::info!(addr = %config.addr, "shortlinks listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .expect("server error");
}

/// Docker stops a container with SIGTERM; Ctrl-C covers local runs.
async fn shutdown_signal() {
    let mut term = signal(SignalKind::terminate()).expect("install the SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
`;

const CONFIG_RS = code`
use std::net::SocketAddr;

pub struct Config {
    pub addr: SocketAddr,
}

impl Config {
    pub fn from_env() -> Self {
        let port = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
        Self { addr: SocketAddr::from(([0, 0, 0, 0], port)) }
    }
}
`;

const STORE_RS = code`
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::RwLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Short codes are the base64url form of a counter, so they stay short and unique.
#[derive(Default)]
pub struct Store {
    next: AtomicU64,
    links: RwLock<HashMap<String, String>>,
}

impl Store {
    pub fn shorten(&self, url: String) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let bytes: Vec<u8> = n.to_be_bytes().into_iter().skip_while(|b| *b == 0).collect();
        let code = URL_SAFE_NO_PAD.encode(bytes);
        self.links.write().expect("lock").insert(code.clone(), url);
        code
    }

    pub fn resolve(&self, code: &str) -> Option<String> {
        self.links.read().expect("lock").get(code).cloned()
    }

    pub fn len(&self) -> usize {
        self.links.read().expect("lock").len()
    }
}
`;

const ROUTES_RS = code`
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use http::StatusCode;
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::store::Store;

static STARTED: Lazy<Instant> = Lazy::new(Instant::now);

#[derive(Deserialize)]
struct NewLink {
    url: String,
}

#[derive(Serialize)]
struct Created {
    code: String,
    url: String,
}

pub fn router(store: Arc<Store>) -> Router {
    Lazy::force(&STARTED);
    Router::new()
        .route("/healthz", get(health))
        .route("/links", post(create))
        .route("/:code", get(follow))
        .with_state(store)
}

async fn health(State(store): State<Arc<Store>>) -> Json<Value> {
    Json(json!({ "status": "ok", "links": store.len(), "uptimeSeconds": STARTED.elapsed().as_secs() }))
}

async fn create(State(store): State<Arc<Store>>, Json(body): Json<NewLink>) -> Response {
    if !(body.url.starts_with("https://") || body.url.starts_with("http://")) {
        return (StatusCode::UNPROCESSABLE_ENTITY, "url must start with http:// or https://").into_response();
    }
    let code = store.shorten(body.url.clone());
    (StatusCode::CREATED, Json(Created { code, url: body.url })).into_response()
}

async fn follow(State(store): State<Arc<Store>>, Path(code): Path<String>) -> Response {
    match store.resolve(&code) {
        Some(url) => Redirect::temporary(&url).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use http::Request;
    use tower::ServiceExt;

    #[tokio::test]
    async fn unknown_code_is_not_found() {
        let res = router(Arc::new(Store::default()))
            .oneshot(Request::get("/nope").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }

    #[test]
    fn codes_are_short_and_distinct() {
        let store = Store::default();
        let a = store.shorten("https://example.com/a".into());
        let b = store.shorten("https://example.com/b".into());
        assert_ne!(a, b);
        assert!(a.len() <= 3);
    }
}
`;

const README = code`
# shortlinks

A tiny URL shortener on axum: \`POST /links {"url": "https://..."}\` returns a code, \`GET /{code}\`
redirects, \`GET /healthz\` reports status.

    cargo test
    RUST_LOG=debug cargo run        # listens on :3000 (PORT to change)
`;

export const rustCargo: OwnExample = {
  id: 'rust-cargo',
  title: 'Rust (axum) built with cargo, run on Debian slim',
  description: 'An axum URL shortener; cargo builds dependencies and the release binary in rust:1.79, debian:bookworm-slim runs it.',
  dockerfile: DOCKERFILE,
  files: {
    'Cargo.toml': text(CARGO_TOML),
    'Cargo.lock': text(cargoLockText('shortlinks', '0.4.0', ROOT_DEPENDENCIES, axumServiceLock)),
    'src/main.rs': text(MAIN_RS),
    'src/config.rs': text(CONFIG_RS),
    'src/store.rs': text(STORE_RS),
    'src/routes.rs': text(ROUTES_RS),
    'README.md': text(README),
    '.gitignore': text('/target\n'),
    '.dockerignore': text('target\n.git\n*.md\n'),
  },
  notes:
    'Cargo.lock pins 113 crates from crates.io (tokio, hyper, axum, tracing and their dependencies). ' +
    'The placeholder main.rs lets `cargo build` compile all of them in one cached layer; the ' +
    'second build compiles only the shortlinks crate. The binary links glibc, hence a Debian base ' +
    'rather than scratch or Alpine.',
};
