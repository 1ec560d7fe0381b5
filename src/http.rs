//! HTTP: how each request is answered.
//!
//! Nearly every request is for something rendered at start-up (a page, a file, a redirect,
//! a 404 page): [`App`] answers those from the site in memory, synchronously. Only the
//! reminder's answers depend on what the reader typed; they go to a small axum router
//! whose layers (timeout, load shedding, panic catching) guard the one place that does work
//! per request. Every response, from either side, gets the security headers and one log
//! line.

use std::convert::Infallible;
use std::future::{Future, ready};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::{
    BoxError, Router,
    body::{Body, HttpBody},
    error_handling::HandleErrorLayer,
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header, request},
    response::{IntoResponse, Response},
};
use bytes::Bytes;
use tower::{Service, ServiceBuilder};
use tower_http::{catch_panic::CatchPanicLayer, timeout::TimeoutLayer};

use crate::address::Address;
use crate::asset::{Asset, Caching, Encoding, if_none_match_matches};
use crate::content::Page;
use crate::lang::Lang;
use crate::reminder;
use crate::render::ReminderState;
use crate::site::Site;

const HTML: &str = "text/html; charset=utf-8";

/// Limits and options of the HTTP layer.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// Requests handled at once; more are answered 503 with `Retry-After` at once.
    pub max_in_flight: usize,
    /// A request that takes longer is answered 408.
    pub request_timeout: Duration,
    /// Send `Strict-Transport-Security` (only behind TLS).
    pub hsts: bool,
    /// Where readers' reports go; without it, they are answered 503.
    pub reports: Option<crate::reports::Reports>,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            max_in_flight: 1024,
            request_timeout: Duration::from_secs(10),
            hsts: false,
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

/// The whole web application with default options; tests use it through
/// `tower::ServiceExt::oneshot`, the server through hyper.
pub fn app(site: Arc<Site>) -> App {
    app_with(site, &HttpOptions::default())
}

/// The whole web application.
pub fn app_with(site: Arc<Site>, options: &HttpOptions) -> App {
    let reminder = Router::new()
        .route(
            "/{lang}/which-operator/",
            axum::routing::get(which_operator),
        )
        .fallback(reminder_answer)
        .with_state(Arc::clone(&site))
        // Readers' reports: POST /{lang}/report/ and its thanks page.
        .merge(crate::reports::routes::routes(
            Arc::clone(&site),
            options.reports.clone(),
        ))
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            options.request_timeout,
        ))
        // Shed load at once instead of queueing without end.
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: BoxError| async {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        [(header::RETRY_AFTER, "1")],
                        "busy, try again\n",
                    )
                }))
                .load_shed()
                .concurrency_limit(options.max_in_flight),
        );
    App {
        site,
        reminder,
        hsts: options.hsts,
    }
}

/// The web application: a `tower::Service` from requests to responses.
#[derive(Clone)]
pub struct App {
    site: Arc<Site>,
    /// The reminder's answers, rendered per request.
    reminder: Router,
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
        let (parts, body) = request.into_parts();
        if let Some(mut response) = answer_from_memory(&self.site, &parts) {
            add_security_headers(response.headers_mut(), hsts);
            log_request(&parts.method, parts.uri.path(), response.status(), start);
            return Box::pin(ready(Ok(response)));
        }
        let (method, path) = (parts.method.clone(), parts.uri.path().to_owned());
        let answer = self
            .reminder
            .call(Request::from_parts(parts, Body::new(body)));
        Box::pin(async move {
            let Ok(mut response) = answer.await;
            add_security_headers(response.headers_mut(), hsts);
            log_request(&method, &path, response.status(), start);
            Ok(response)
        })
    }
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

/// Headers every response carries, whatever produced it; a route that sets one of them
/// keeps its own (the number lookup's `Referrer-Policy: no-referrer`).
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

/// The answer to every request that does not depend on what a reader typed: the site's
/// files, `/`'s language redirect, a missing trailing slash, `/healthz`, the refusals
/// (405, 413, 414) and the 404 pages. None for the reminder's answers.
fn answer_from_memory(site: &Site, request: &request::Parts) -> Option<Response> {
    if crate::reports::routes::is_report_path(request.uri.path()) {
        return None;
    }
    let response = match &request.method {
        &Method::GET | &Method::HEAD => answer_get(site, request)?,
        _ => (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response(),
    };
    Some(if request.method == Method::HEAD {
        without_body(response)
    } else {
        response
    })
}

fn answer_get(site: &Site, request: &request::Parts) -> Option<Response> {
    let (uri, headers) = (&request.uri, &request.headers);
    let uri_length = uri.authority().map_or(0, |a| a.as_str().len())
        + uri.path_and_query().map_or(0, |p| p.as_str().len());
    if uri_length > MAX_URI_LENGTH {
        return Some((StatusCode::URI_TOO_LONG, "URI too long\n").into_response());
    }
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if has_body {
        return Some(
            (
                StatusCode::PAYLOAD_TOO_LARGE,
                "request bodies are not accepted\n",
            )
                .into_response(),
        );
    }
    let path = uri.path();
    if reminder_request(path, uri.query()).is_some() || Address::which_operator_lang(path).is_some()
    {
        return None;
    }
    // A query string on a page changes nothing: shared links often carry one.
    if let Some(asset) = site.file(path) {
        return Some(send(StatusCode::OK, asset, headers));
    }
    if path == "/" {
        // Sends readers to the overview in the language their browser asks for.
        let lang = lang_from_headers(headers);
        let mut response = send(StatusCode::FOUND, site.language_chooser(), headers);
        let location = HeaderValue::from_str(&format!("/{}/", lang.code())).expect("ASCII path");
        response.headers_mut().insert(header::LOCATION, location);
        add_vary(&mut response, "Accept-Language");
        return Some(response);
    }
    if path == "/healthz" {
        return Some(([(header::CACHE_CONTROL, "no-store")], "ok\n").into_response());
    }
    if !path.ends_with('/') {
        let with_slash = format!("{path}/");
        if site.file(&with_slash).is_some() {
            return Some(
                (
                    StatusCode::PERMANENT_REDIRECT,
                    [(header::LOCATION, with_slash)],
                )
                    .into_response(),
            );
        }
    }
    // A 404 in the language the path names, else in the browser's language.
    Some(match Address::lang_of(path) {
        Some(lang) => send(StatusCode::NOT_FOUND, site.not_found(lang), headers),
        None => {
            let lang = lang_from_headers(headers);
            let mut response = send(StatusCode::NOT_FOUND, site.not_found(lang), headers);
            add_vary(&mut response, "Accept-Language");
            response
        }
    })
}

/// A HEAD answer: the GET answer's headers, with its length, and no body.
fn without_body(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    if let Some(length) = body.size_hint().exact() {
        parts.headers.insert(header::CONTENT_LENGTH, length.into());
    }
    Response::from_parts(parts, Body::empty())
}

/// A reminder answer, `/{lang}/reminder/?operator=…&ends=…`, or its calendar file,
/// `/{lang}/reminder/calendar.ics?…`: the language and whether it is the calendar. None
/// for anything else, including the blank form, which is pre-rendered like every page.
fn reminder_request(path: &str, query: Option<&str>) -> Option<(Lang, bool)> {
    let (form, calendar) = match path.strip_suffix("calendar.ics") {
        Some(form) => (form, true),
        None if query.is_some_and(|q| !q.is_empty()) => (path, false),
        None => return None,
    };
    let address = Address::parse(form)?;
    (address.page == Page::Reminder && address.operator.is_none())
        .then_some((address.lang, calendar))
}

/// The reminder's answers: the router's only handler.
async fn reminder_answer(State(site): State<Arc<Site>>, request: Request) -> Response {
    let uri = request.uri();
    let Some((lang, calendar)) = reminder_request(uri.path(), uri.query()) else {
        // App sends only reminder requests here.
        return send(
            StatusCode::NOT_FOUND,
            site.not_found(Lang::DEFAULT),
            request.headers(),
        );
    };
    let response = reminder(&site, lang, calendar, uri.query(), request.headers());
    if request.method() == Method::HEAD {
        without_body(response)
    } else {
        response
    }
}

/// The reader's dates (or their calendar file), or a 400 page with the form filled in again
/// that says what to fix; rendered now, as they depend on what was typed.
fn reminder(
    site: &Site,
    lang: Lang,
    calendar: bool,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Response {
    let today = chrono::Utc::now().date_naive();
    let renderer = site.renderer();
    let answer = match reminder::parse_query(query.unwrap_or_default(), today) {
        Ok(request) if calendar => renderer.calendar(lang, request).map(|ics| {
            (
                StatusCode::OK,
                Asset::new(
                    "text/calendar; charset=utf-8",
                    Some(lang),
                    Caching::NoStore,
                    ics,
                ),
            )
        }),
        Ok(request) => renderer
            .reminder(lang, ReminderState::Answer(request))
            .map(|html| {
                (
                    StatusCode::OK,
                    Asset::new(HTML, Some(lang), Caching::NoStore, html),
                )
            }),
        Err((input, error)) => renderer
            .reminder(lang, ReminderState::Refused(input, error))
            .map(|html| {
                (
                    StatusCode::BAD_REQUEST,
                    Asset::new(HTML, Some(lang), Caching::NoStore, html),
                )
            }),
    };
    match answer {
        Ok((status, asset)) => {
            let mut response = send(status, &asset, headers);
            if calendar && status == StatusCode::OK {
                let disposition =
                    HeaderValue::from_static("attachment; filename=\"top-up-reminder.ics\"");
                response
                    .headers_mut()
                    .insert(header::CONTENT_DISPOSITION, disposition);
            }
            response
        }
        Err(error) => {
            // Rendering only fails on a translation or template defect, which the tests and
            // the start-up render catch; never show a 500 page without saying so in the log.
            tracing::error!("rendering the reminder failed: {error}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

// ---- "Which company is my number?" (src/lookup.rs, src/render/which_operator.rs) ----------

/// `/{lang}/which-operator/?number=…`: the company the number's prefix was assigned to, or
/// that the prefix is not in the list (both 200), or the form again with what to fix (400).
/// Only the prefix is used; the answer is never cached or sent on as a referrer, and the log
/// line has the path without the query.
async fn which_operator(
    State(site): State<Arc<Site>>,
    axum::extract::Path(lang): axum::extract::Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        return send(
            StatusCode::NOT_FOUND,
            site.not_found(Lang::DEFAULT),
            &headers,
        );
    };
    let rendered = tokio::task::spawn_blocking(move || {
        let renderer = site.renderer();
        let outcome = crate::lookup::answer(renderer.facts, query.as_deref().unwrap_or_default());
        let status = match outcome {
            crate::lookup::Outcome::Refused { .. } => StatusCode::BAD_REQUEST,
            _ => StatusCode::OK,
        };
        let html = renderer.which_operator(lang, &outcome)?;
        Ok::<_, crate::render::RenderError>((status, html))
    })
    .await;
    match rendered {
        Ok(Ok((status, html))) => {
            let asset = Asset::new(HTML, Some(lang), Caching::NoStore, html);
            let mut response = send(status, &asset, &headers);
            response.headers_mut().insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
            response
        }
        Ok(Err(error)) => {
            tracing::error!("rendering the number lookup failed: {error}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
        Err(error) => {
            tracing::error!("the number lookup's render task failed: {error}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

// ---- end of "Which company is my number?" ---------------------------------------------

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

fn add_vary(response: &mut Response, name: &'static str) {
    let headers = response.headers_mut();
    let vary = match headers.get(header::VARY).and_then(|v| v.to_str().ok()) {
        Some(existing) => {
            HeaderValue::from_str(&format!("{existing}, {name}")).expect("token list")
        }
        None => HeaderValue::from_static(name),
    };
    headers.insert(header::VARY, vary);
}
