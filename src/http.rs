//! HTTP: how each request is answered.
//!
//! [`app_with`] builds one axum [`Router`]: each route that depends on what a reader typed
//! is one `.route(…)` line, and everything rendered at start-up (pages, files, redirects,
//! 404 pages) is its fallback service, [`Pages`], answered from memory. Work done per
//! request goes through [`RenderLimit::render_blocking`]: off the connection workers,
//! behind one process-wide limit. [`App`] wraps the router with what every response gets:
//! the refusals that need no routing (414, 413), the security headers and one log line.

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::{
    BoxError, Router,
    body::{Body, HttpBody},
    extract::{Path, Query, Request, State, rejection::QueryRejection},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
    routing::get,
};
use bytes::Bytes;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::Service;
use tower_http::catch_panic::CatchPanicLayer;

use crate::address::Address;
use crate::asset::{Asset, Caching, Encoding, compress_rendered, if_none_match_matches};
use crate::clock::Clock;
use crate::form::{Form, FormError};
use crate::lang::Lang;
use crate::reminder::{self, ReminderQuery};
use crate::render::ReminderState;
use crate::site::Site;

const HTML: &str = "text/html; charset=utf-8";

/// Limits and options of the HTTP layer.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// The process-wide limit on work done per request. Clones share it.
    pub renders: RenderLimit,
    /// Send `Strict-Transport-Security` (only behind TLS).
    pub hsts: bool,
    /// Where "today" comes from: the reminder's dates are checked against it.
    pub clock: Clock,
    /// Where readers' reports go; without it, they are answered 503.
    pub reports: Option<crate::reports::Reports>,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            renders: RenderLimit::for_this_machine(),
            hsts: false,
            clock: Clock::system(),
            reports: None,
        }
    }
}

/// Longer request targets are answered 414.
pub const MAX_URI_LENGTH: usize = 2048;

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
    pub renders: RenderLimit,
}

/// The whole web application with default options (the system clock, a render limit of its
/// own); tests use [`app_with`] with a fixed clock.
pub fn app(site: Arc<Site>) -> App {
    app_with(site, &HttpOptions::default())
}

/// The whole web application: a `tower::Service`, used by the server and the tests. Apps
/// built from clones of one `options` share its render limit (the server builds one per
/// worker).
///
/// Each route that depends on the request is one `.route(…)` line below; a handler that
/// renders or does other blocking work hands it to `state.renders.render_blocking(…)`.
/// Anything no route matches is answered by [`Pages`] from memory.
pub fn app_with(site: Arc<Site>, options: &HttpOptions) -> App {
    let state = AppState {
        site: Arc::clone(&site),
        clock: options.clock.clone(),
        renders: options.renders.clone(),
    };
    let router = Router::new()
        .route("/{lang}/reminder/", get(reminder_page))
        .route("/{lang}/reminder/calendar.ics", get(reminder_calendar))
        .route("/{lang}/which-operator/", get(which_operator))
        // A panic in a handler is a 500 (and a log line), not a dropped connection.
        .route_layer(CatchPanicLayer::new())
        .fallback_service(Pages {
            site: Arc::clone(&site),
        })
        .with_state(state)
        // Readers' reports: POST /{lang}/report/ and its thanks page (src/reports/routes.rs).
        .merge(crate::reports::routes::routes(
            site,
            options.reports.clone(),
        ));
    App {
        router,
        hsts: options.hsts,
    }
}

/// The process-wide limit on work done per request (rendering what depends on what a
/// reader typed), shared by every worker. Cheap to clone; clones share the limit.
#[derive(Clone, Debug)]
pub struct RenderLimit {
    permits: Arc<Semaphore>,
    max: usize,
    timeout: Duration,
}

impl RenderLimit {
    /// At most `max` renders at once; one that takes longer than `timeout` is answered 503.
    pub fn new(max: usize, timeout: Duration) -> RenderLimit {
        RenderLimit {
            permits: Arc::new(Semaphore::new(max)),
            max,
            timeout,
        }
    }

    /// Two renders per core (a render is pure CPU work: more at once only queue for the
    /// cores), answered within 10 s.
    pub fn for_this_machine() -> RenderLimit {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        RenderLimit::new(2 * cores, Duration::from_secs(10))
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Takes one place, as a render does, until the permit is dropped (for tests and
    /// benchmarks that need the limit reached).
    pub fn try_hold(&self) -> Option<OwnedSemaphorePermit> {
        Arc::clone(&self.permits).try_acquire_owned().ok()
    }

    /// The one way to do work per request. Runs `render` on tokio's blocking pool, so the
    /// connection worker keeps answering other connections meanwhile, if fewer than the
    /// limit's `max` renders are running in the whole process; otherwise answers at once
    /// `503 Service Unavailable` with `Retry-After: 1`, without queueing. A render that is
    /// not done within the limit's timeout is answered 503 with `Retry-After` too (it runs
    /// on, holding its place, until it ends: a thread cannot be stopped). A render that
    /// panics is answered 500.
    ///
    /// ```ignore
    /// async fn handler(State(state): State<AppState>) -> Response {
    ///     state.renders.render_blocking(move || expensive(&state.site)).await
    /// }
    /// ```
    pub async fn render_blocking<F>(&self, render: F) -> Response
    where
        F: FnOnce() -> Response + Send + 'static,
    {
        let Some(permit) = self.try_hold() else {
            return busy();
        };
        let task = tokio::task::spawn_blocking(move || {
            let response = render();
            drop(permit);
            response
        });
        match tokio::time::timeout(self.timeout, task).await {
            Ok(Ok(response)) => response,
            Ok(Err(error)) => {
                tracing::error!("a render failed: {error}");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
            }
            Err(_) => {
                tracing::warn!("a render took over {:?}", self.timeout);
                busy()
            }
        }
    }
}

/// 503 with `Retry-After`: the limit on renders is reached, or one took too long. The
/// connection is closed after it: a client told to come back in a second has no use for
/// it, and one that asks again at once must wait for a new connection to be accepted, so
/// a flood of such requests cannot crowd out the connections that ask for pages.
fn busy() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::RETRY_AFTER, "1"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONNECTION, "close"),
        ],
        "busy, try again\n",
    )
        .into_response()
}

/// The web application: a `tower::Service` from requests to responses.
#[derive(Clone)]
pub struct App {
    router: Router,
    /// Send `Strict-Transport-Security`.
    hsts: bool,
}

impl<B> Service<axum::http::Request<B>> for App
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: axum::http::Request<B>) -> Self::Future {
        let start = Instant::now();
        let hsts = self.hsts;
        let (method, uri) = (request.method().clone(), request.uri().clone());
        if let Some(mut response) = refusal(&method, &uri, request.headers()) {
            add_security_headers(response.headers_mut(), hsts);
            log_request(&method, uri.path(), response.status(), start);
            return Box::pin(ready(Ok(response)));
        }
        let answer = self.router.call(request);
        Box::pin(async move {
            let Ok(mut response) = answer.await;
            add_security_headers(response.headers_mut(), hsts);
            log_request(&method, uri.path(), response.status(), start);
            Ok(response)
        })
    }
}

/// Requests refused before routing: a target over [`MAX_URI_LENGTH`] (414), a GET or HEAD
/// with a body (413).
fn refusal(method: &Method, uri: &Uri, headers: &HeaderMap) -> Option<Response> {
    let uri_length = uri.authority().map_or(0, |a| a.as_str().len())
        + uri.path_and_query().map_or(0, |p| p.as_str().len());
    if uri_length > MAX_URI_LENGTH {
        return Some((StatusCode::URI_TOO_LONG, "URI too long\n").into_response());
    }
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if has_body && (method == Method::GET || method == Method::HEAD) {
        return Some(
            (
                StatusCode::PAYLOAD_TOO_LARGE,
                "request bodies are not accepted\n",
            )
                .into_response(),
        );
    }
    None
}

/// One structured line per request. The query is left out: it holds what readers typed.
fn log_request(method: &Method, path: &str, status: StatusCode, start: Instant) {
    tracing::info!(
        %method,
        path,
        status = status.as_u16(),
        latency_us = start.elapsed().as_micros() as u64,
    );
}

/// Headers every response carries, whatever produced it.
fn add_security_headers(headers: &mut HeaderMap, hsts: bool) {
    const HEADERS: [(HeaderName, &str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    headers.reserve(HEADERS.len() + 1);
    // A route may set its own (the number lookup sends no referrer at all).
    for (name, value) in HEADERS {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}

/// The router's fallback: everything rendered at start-up, answered from memory at once
/// (the site's files, `/`'s language redirect, a missing trailing slash, `/healthz`, 405
/// and the 404 pages). A query string changes nothing here: shared links often carry one.
#[derive(Clone)]
pub struct Pages {
    site: Arc<Site>,
}

impl Service<Request> for Pages {
    type Response = Response;
    type Error = Infallible;
    type Future = Ready<Result<Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        ready(Ok(from_memory(
            &self.site,
            request.method(),
            request.uri().path(),
            request.headers(),
        )))
    }
}

/// The answer to a request for anything rendered at start-up.
fn from_memory(site: &Site, method: &Method, path: &str, headers: &HeaderMap) -> Response {
    match *method {
        Method::GET => answer_get(site, path, headers),
        Method::HEAD => without_body(answer_get(site, path, headers)),
        _ => (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response(),
    }
}

fn answer_get(site: &Site, path: &str, headers: &HeaderMap) -> Response {
    if let Some(asset) = site.file(path) {
        return send(StatusCode::OK, asset, headers);
    }
    if path == "/" {
        // Sends readers to the overview in the language their browser asks for.
        let lang = lang_from_headers(headers);
        let mut response = send(StatusCode::FOUND, site.language_chooser(), headers);
        let location = HeaderValue::from_str(&format!("/{}/", lang.code())).expect("ASCII path");
        response.headers_mut().insert(header::LOCATION, location);
        negotiated(&mut response);
        return response;
    }
    if path == "/healthz" {
        return ([(header::CACHE_CONTROL, "no-store")], "ok\n").into_response();
    }
    if !path.ends_with('/') {
        let with_slash = format!("{path}/");
        if site.file(&with_slash).is_some() {
            return (
                StatusCode::PERMANENT_REDIRECT,
                [(header::LOCATION, with_slash)],
            )
                .into_response();
        }
    }
    // A 404 in the language the path names, else in the browser's language.
    match Address::lang_of(path) {
        Some(lang) => send(StatusCode::NOT_FOUND, site.not_found(lang), headers),
        None => {
            let lang = lang_from_headers(headers);
            let mut response = send(StatusCode::NOT_FOUND, site.not_found(lang), headers);
            negotiated(&mut response);
            response
        }
    }
}

/// Marks an answer chosen by `Accept-Language`: `Vary` for caches that honour it, and
/// [`Caching::Negotiated`] for the many that do not.
fn negotiated(response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, Caching::Negotiated.header());
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Accept-Language"),
    );
}

/// A HEAD answer: the GET answer's headers, with its length, and no body. A 304 has no
/// body to measure and gets no `Content-Length` (RFC 9110 §8.6).
fn without_body(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    if parts.status != StatusCode::NOT_MODIFIED
        && let Some(length) = body.size_hint().exact()
    {
        parts.headers.insert(header::CONTENT_LENGTH, length.into());
    }
    Response::from_parts(parts, Body::empty())
}

/// `/{lang}/reminder/?operator=…&ends=…`: the reader's dates, or a 400 page with the form
/// filled in again that says what to fix. Without either field (a plain link to the form,
/// perhaps with a tracking parameter) it is the blank form, rendered at start-up.
async fn reminder_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    query: Result<Query<ReminderQuery>, QueryRejection>,
    request: Request,
) -> Response {
    let lang = match (lang.parse::<Lang>(), &query) {
        (Ok(lang), Ok(Query(query))) if !query.is_blank() => lang,
        (Ok(lang), Err(_)) => lang,
        // An unknown language, or the blank form: as rendered at start-up.
        _ => return from_request(&state.site, &request),
    };
    let query = reminder_fields(query);
    let accept = accepted_coding(request.headers());
    let (site, today) = (Arc::clone(&state.site), state.clock.today());
    state
        .renders
        .render_blocking(move || {
            let (status, rendered) = match checked(query, today) {
                Ok(request) => (
                    StatusCode::OK,
                    site.renderer()
                        .reminder(lang, ReminderState::Answer(request)),
                ),
                Err((input, error)) => (
                    StatusCode::BAD_REQUEST,
                    site.renderer()
                        .reminder(lang, ReminderState::Refused(input, error)),
                ),
            };
            match rendered {
                Ok(html) => send_rendered(status, HTML, lang, html, accept),
                Err(error) => render_failed(&error),
            }
        })
        .await
}

/// The reminder form's fields, for the page and the calendar file alike. The only way they
/// fail to deserialize is one of them given twice.
fn reminder_fields(
    query: Result<Query<ReminderQuery>, QueryRejection>,
) -> Result<ReminderQuery, FormError> {
    query
        .map(|Query(query)| query)
        .map_err(|_| FormError::RepeatedField(Form::Reminder))
}

/// `/{lang}/reminder/calendar.ics?operator=…&ends=…`: a calendar file with the reader's
/// validity date and alerts before it, or the form's 400 page.
async fn reminder_calendar(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    query: Result<Query<ReminderQuery>, QueryRejection>,
    request: Request,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        return from_request(&state.site, &request);
    };
    let query = reminder_fields(query);
    let accept = accepted_coding(request.headers());
    let (site, today) = (Arc::clone(&state.site), state.clock.today());
    state
        .renders
        .render_blocking(move || match checked(query, today) {
            Ok(request) => match site.renderer().calendar(lang, request) {
                Ok(ics) => {
                    let mut response = send_rendered(
                        StatusCode::OK,
                        "text/calendar; charset=utf-8",
                        lang,
                        ics,
                        accept,
                    );
                    response.headers_mut().insert(
                        header::CONTENT_DISPOSITION,
                        HeaderValue::from_static("attachment; filename=\"top-up-reminder.ics\""),
                    );
                    response
                }
                Err(error) => render_failed(&error),
            },
            Err((input, error)) => match site
                .renderer()
                .reminder(lang, ReminderState::Refused(input, error))
            {
                Ok(html) => send_rendered(StatusCode::BAD_REQUEST, HTML, lang, html, accept),
                Err(error) => render_failed(&error),
            },
        })
        .await
}

/// The form's fields checked against today, or what to show again with what to fix.
fn checked(
    query: Result<ReminderQuery, FormError>,
    today: chrono::NaiveDate,
) -> Result<reminder::ReminderRequest, (reminder::ReminderInput, FormError)> {
    query
        .map_err(|error| (reminder::ReminderInput::default(), error))
        .and_then(|query| reminder::check(query, today))
}

fn from_request(site: &Site, request: &Request) -> Response {
    from_memory(
        site,
        request.method(),
        request.uri().path(),
        request.headers(),
    )
}

/// The coding for a body rendered now: gzip if accepted, else none.
fn accepted_coding(headers: &HeaderMap) -> Encoding {
    Encoding::gzip_or_identity(
        headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok()),
    )
}

/// Rendering only fails on a translation or template defect, which the tests and the
/// start-up render catch; never show a 500 page without saying so in the log.
fn render_failed(error: &dyn std::fmt::Display) -> Response {
    tracing::error!("rendering the reminder failed: {error}");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
}

/// A body rendered for this request: `no-store`, no ETag, gzip at its fastest level when
/// accepted and worth it.
fn send_rendered(
    status: StatusCode,
    content_type: &'static str,
    lang: Lang,
    body: String,
    accept: Encoding,
) -> Response {
    let (encoding, body) = compress_rendered(body.into(), accept);
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.reserve(16);
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    if let Some(coding) = encoding.header() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    headers.insert(header::CACHE_CONTROL, Caching::NoStore.header());
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    response
}

fn lang_from_headers(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::DEFAULT, Lang::negotiate)
}

/// An asset in the coding the request accepts, or 304 when the client already has it.
fn send(status: StatusCode, asset: &Asset, request: &HeaderMap) -> Response {
    let accept = request
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok());
    let (encoding, body) = asset.body(Encoding::negotiate(accept));
    let etag = asset.etag(encoding);
    let not_modified = status == StatusCode::OK
        && request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|tags| if_none_match_matches(tags, etag));

    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut response = Response::new(Body::from(body.clone()));
        *response.status_mut() = status;
        let headers = response.headers_mut();
        // Room for these and the security headers, so the map is allocated once.
        headers.reserve(16);
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        );
        if let Some(lang) = asset.lang {
            headers.insert(
                header::CONTENT_LANGUAGE,
                HeaderValue::from_static(lang.tag()),
            );
        }
        if let Some(coding) = encoding.header() {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, etag.clone());
    headers.insert(header::CACHE_CONTROL, asset.caching.header());
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    response
}

// ---- "Which company is my number?" ---------------------------------------------------

/// `/{lang}/which-operator/?number=…`: which company the number's prefix was assigned to,
/// that it is not in the list, or the form again with what to fix (400). Only the prefix is
/// used; the answer is never stored (`no-store`) and sends no referrer, and the log line,
/// like every log line, leaves the query out.
async fn which_operator(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: Request,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        return from_request(&state.site, &request);
    };
    let accept = accepted_coding(request.headers());
    let site = Arc::clone(&state.site);
    let mut response = state
        .renders
        .render_blocking(move || {
            let renderer = site.renderer();
            let outcome =
                crate::lookup::answer(renderer.facts, query.as_deref().unwrap_or_default());
            let status = match outcome {
                crate::lookup::Outcome::Refused { .. } => StatusCode::BAD_REQUEST,
                _ => StatusCode::OK,
            };
            match renderer.which_operator(lang, &outcome) {
                Ok(html) => send_rendered(status, HTML, lang, html, accept),
                Err(error) => render_failed(&error),
            }
        })
        .await;
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
