//! HTTP: the route table and what every request goes through.
//!
//! [`app_with`] builds the whole web application, one axum [`Router`]: every route of every
//! feature is one `.route(…)` line in it, and everything rendered at start-up (pages, files,
//! redirects, 404 pages) is its fallback service, [`pages::Pages`], answered from memory.
//! Cross-cutting concerns are tower layers around it, listed in [`app_with`] from the
//! outside in: panics, security headers, the request log, the early refusals, the time
//! limits and the body limit. Routes that work per request (render, look up, store) also
//! sit behind one process-wide concurrency limit that sheds load ([`WorkLimit`]) and hand
//! their work to tokio's blocking pool ([`respond::blocking`]).
//!
//! - [`extract`]: the `Lang` extractor (the page's language from its path)
//! - [`pages`]: the fallback: everything rendered at start-up, from memory
//! - [`respond`]: building responses (an asset, a body rendered now, busy, failed)
//! - [`reminder`], [`which_operator`]: the handlers of those two features

pub mod extract;
pub mod pages;
pub mod reminder;
pub mod respond;
pub mod which_operator;

use std::sync::Arc;
use std::time::Duration;

use axum::{
    BoxError, Router,
    body::Body,
    error_handling::HandleErrorLayer,
    extract::Request,
    http::{HeaderName, HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceBuilder;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::load_shed::LoadShedLayer;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::map_request_body::MapRequestBodyLayer;
use tower_http::map_response_body::MapResponseBodyLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};

use crate::clock::Clock;
use crate::site::Site;

/// The web application: a `tower::Service` from requests to responses, cheap to clone.
pub type App = Router;

/// Limits and options of the HTTP layer.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// The process-wide limit on work done per request. Clones share it.
    pub work: WorkLimit,
    /// Send `Strict-Transport-Security` (only behind TLS).
    pub hsts: bool,
    /// Where "today" comes from: the reminder's dates are checked against it.
    pub clock: Clock,
    /// Where readers' reports go; without it, they are answered 503.
    pub reports: Option<crate::reports::Reports>,
    /// A request body not received whole within this time is answered 408 and its
    /// connection closed (`--body-timeout`).
    pub body_timeout: Duration,
    /// A request not answered within this time, from its headers on, is answered 408 and
    /// its connection closed (`--request-timeout`).
    pub request_timeout: Duration,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            work: WorkLimit::for_this_machine(),
            hsts: false,
            clock: Clock::system(),
            reports: None,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
        }
    }
}

pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Longer request targets are answered 414.
pub const MAX_URI_LENGTH: usize = 2048;

/// Larger request bodies are answered 413 before a handler reads them. The one form that
/// posts (a reader's report) has its own, lower limit and a page that says so; this one
/// holds for every route, present and future.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// `default-src 'self'` and no inline script or style anywhere; no framing, no plugins. The
/// service worker and the manifest come from the site itself.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'self'; frame-ancestors 'none'";

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub site: Arc<Site>,
    pub clock: Clock,
    /// None: no database (the plain [`app`]); reports are answered 503.
    pub reports: Option<crate::reports::Reports>,
}

/// The whole web application with default options (the system clock, a work limit of its
/// own); tests use [`app_with`] with a fixed clock.
pub fn app(site: Arc<Site>) -> App {
    app_with(site, &HttpOptions::default())
}

/// The route table: the whole web application, used by the server and the tests. Apps
/// built from clones of one `options` share its work limit (the server builds one per
/// worker).
pub fn app_with(site: Arc<Site>, options: &HttpOptions) -> App {
    let state = AppState {
        site: Arc::clone(&site),
        clock: options.clock.clone(),
        reports: options.reports.clone(),
    };
    // Routes that work per request: behind the process-wide limit, which answers 503 at
    // once rather than queue when it is reached.
    let per_request = Router::new()
        .route("/{lang}/reminder/", get(reminder::page))
        .route("/{lang}/reminder/calendar.ics", get(reminder::calendar))
        .route("/{lang}/which-operator/", get(which_operator::answer))
        .route(
            "/{lang}/report/thanks/",
            get(crate::reports::routes::thanks),
        )
        .route_layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: BoxError| async {
                    respond::busy()
                }))
                .layer(LoadShedLayer::new())
                .layer(GlobalConcurrencyLimitLayer::with_semaphore(Arc::clone(
                    &options.work.permits,
                ))),
        )
        // Asked without a query, a route whose page was rendered at start-up (the blank
        // reminder form) is that page, and needs no place.
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            pages::rendered_without_query,
        ));
    Router::new()
        .route("/", get(pages::choose_language))
        .route("/healthz", get(pages::healthz))
        // A reader's report: bounded by its body limit, its rate limit, the database's pool
        // and its write timeout rather than the work limit, so that readers reporting at the
        // same moment are not turned away.
        .route("/{lang}/report/", post(crate::reports::routes::submit))
        .merge(per_request)
        .fallback_service(pages::Pages::new(site))
        .with_state(state)
        .layer(
            // From the outside in: every request passes these in this order.
            ServiceBuilder::new()
                // A panic anywhere below is a 500 (and a log line), not a dropped connection.
                .layer(CatchPanicLayer::new())
                // Headers every response carries, whatever produced it; a route may set its
                // own first (the number lookup sends no referrer at all).
                .layer(always(
                    header::CONTENT_SECURITY_POLICY,
                    CONTENT_SECURITY_POLICY,
                ))
                .layer(always(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .layer(always(
                    header::REFERRER_POLICY,
                    "strict-origin-when-cross-origin",
                ))
                .layer(always(header::X_FRAME_OPTIONS, "DENY"))
                .layer(always(
                    HeaderName::from_static("permissions-policy"),
                    "camera=(), microphone=(), geolocation=(), payment=()",
                ))
                .layer(always(
                    HeaderName::from_static("cross-origin-opener-policy"),
                    "same-origin",
                ))
                .option_layer(options.hsts.then(|| {
                    SetResponseHeaderLayer::overriding(
                        header::STRICT_TRANSPORT_SECURITY,
                        HeaderValue::from_static("max-age=31536000; includeSubDomains"),
                    )
                }))
                // One line per request; the query is left out (it holds what readers typed).
                .layer(middleware::from_fn(log_request))
                .layer(middleware::map_response(close_after_refusal))
                .layer(middleware::from_fn(refuse_early))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::REQUEST_TIMEOUT,
                    options.request_timeout,
                ))
                .layer(MapResponseBodyLayer::new(Body::new))
                .layer(RequestBodyDeadlineLayer::new(options.body_timeout))
                .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
                .layer(MapRequestBodyLayer::new(Body::new)),
        )
}

/// The request's log line: one event with its method, path, status and latency, in that
/// order (`method=GET path="/en/" status=200 latency_us=…`), and no span per request to
/// make, enter at each poll and close, as tower-http's `TraceLayer` has.
async fn log_request(request: Request, next: Next) -> Response {
    let start = std::time::Instant::now();
    let method = request.method().clone();
    let uri = request.uri().clone();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        path = uri.path(),
        status = response.status().as_u16(),
        latency_us = start.elapsed().as_micros() as u64,
    );
    response
}

/// Sets `name` on every response that has none.
fn always(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

/// Requests refused before routing: a target over [`MAX_URI_LENGTH`] (414), a GET or HEAD
/// with a body (413).
async fn refuse_early(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let uri_length = uri.authority().map_or(0, |a| a.as_str().len())
        + uri.path_and_query().map_or(0, |p| p.as_str().len());
    if uri_length > MAX_URI_LENGTH {
        return (StatusCode::URI_TOO_LONG, "URI too long\n").into_response();
    }
    let headers = request.headers();
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    let method = request.method();
    if has_body && (method == Method::GET || method == Method::HEAD) {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "request bodies are not accepted\n",
        )
            .into_response();
    }
    next.run(request).await
}

/// After a time limit (408), a refused body (413) or a busy server (503), the connection is
/// closed: what is left of a body is never read, and a client told to come back later must
/// wait for a new connection to be accepted, so a flood of such requests cannot crowd out
/// the connections that ask for pages.
async fn close_after_refusal(mut response: Response) -> Response {
    if matches!(
        response.status(),
        StatusCode::REQUEST_TIMEOUT
            | StatusCode::PAYLOAD_TOO_LARGE
            | StatusCode::SERVICE_UNAVAILABLE
    ) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// The process-wide limit on requests that do work per request (render, look up, store),
/// shared by every worker: past it such requests are answered 503 with `Retry-After` at
/// once, without queueing, while pages rendered at start-up are still served. Cheap to
/// clone; clones share the limit.
#[derive(Clone, Debug)]
pub struct WorkLimit {
    permits: Arc<Semaphore>,
    max: usize,
}

impl WorkLimit {
    pub fn new(max: usize) -> WorkLimit {
        WorkLimit {
            permits: Arc::new(Semaphore::new(max)),
            max,
        }
    }

    /// Two per core: the work is CPU work (or a short database write), and more at once
    /// would only queue for the cores.
    pub fn for_this_machine() -> WorkLimit {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        WorkLimit::new(2 * cores)
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Takes one place, as a request in progress does, until the permit is dropped (for
    /// tests and benchmarks that need the limit reached).
    pub fn try_hold(&self) -> Option<OwnedSemaphorePermit> {
        Arc::clone(&self.permits).try_acquire_owned().ok()
    }
}
