//! HTTP: the router, and how each request is answered from the site in memory.

use std::sync::Arc;

use std::time::Duration;

use axum::{
    BoxError, Router,
    body::Body,
    error_handling::HandleErrorLayer,
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use tower::{ServiceBuilder, util::MapResponseLayer};
use tower_http::{
    catch_panic::CatchPanicLayer,
    timeout::TimeoutLayer,
    trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer},
};
use tracing::Level;

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
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            max_in_flight: 1024,
            request_timeout: Duration::from_secs(10),
            hsts: false,
        }
    }
}

/// Longer request targets are answered 414.
pub const MAX_URI_LENGTH: usize = 2048;

/// `default-src 'self'` and no inline script or style anywhere; no framing, no plugins.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The whole web application with default options; `main` and the tests use [`app_with`].
pub fn app(site: Arc<Site>) -> Router {
    app_with(site, &HttpOptions::default())
}

/// The whole web application.
pub fn app_with(site: Arc<Site>, options: &HttpOptions) -> Router {
    let router = Router::new()
        .route(
            "/healthz",
            get(|| async { ([(header::CACHE_CONTROL, "no-store")], "ok\n") }),
        )
        .fallback(answer)
        .with_state(site)
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
    // One log line per request: method and path (span), status and latency (response).
    security_headers(router, options.hsts).layer(
        TraceLayer::new_for_http()
            .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
    )
}

/// Headers every response carries, whatever produced it. One layer that adds them all:
/// a layer per header costs a nested future and a map insert each, measurably on every page.
fn security_headers(router: Router, hsts: bool) -> Router {
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
    router.layer(MapResponseLayer::new(move |mut response: Response| {
        let headers = response.headers_mut();
        headers.reserve(HEADERS.len() + 1);
        for (name, value) in HEADERS {
            headers.insert(name, HeaderValue::from_static(value));
        }
        if hsts {
            headers.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
        response
    }))
}

/// Every request: the site's files, `/`'s language redirect, a missing trailing slash,
/// or a 404 page.
async fn answer(State(site): State<Arc<Site>>, request: Request) -> Response {
    // The request is taken whole: extracting the header map would copy it.
    let (method, headers) = (request.method(), request.headers());
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    if request.uri().to_string().len() > MAX_URI_LENGTH {
        return (StatusCode::URI_TOO_LONG, "URI too long\n").into_response();
    }
    let has_body = headers.get(header::TRANSFER_ENCODING).is_some()
        || headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if has_body {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "request bodies are not accepted\n",
        )
            .into_response();
    }
    let path = request.uri().path();
    if path == "/" {
        // Sends readers to the overview in the language their browser asks for.
        let lang = lang_from_headers(headers);
        let mut response = send(StatusCode::FOUND, site.language_chooser(), headers);
        let location = HeaderValue::from_str(&format!("/{}/", lang.code())).expect("ASCII path");
        response.headers_mut().insert(header::LOCATION, location);
        add_vary(&mut response, "Accept-Language");
        return response;
    }
    if let Some(response) = reminder(&site, path, request.uri().query(), headers) {
        return response;
    }
    if let Some(asset) = site.file(path) {
        return send(StatusCode::OK, asset, headers);
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
            add_vary(&mut response, "Accept-Language");
            response
        }
    }
}

/// The reminder's answers, which depend on the query: `/{lang}/reminder/?operator=…&ends=…`
/// and its calendar file `/{lang}/reminder/calendar.ics?…`. None for any other request,
/// including the blank form, which is pre-rendered like every page.
fn reminder(site: &Site, path: &str, query: Option<&str>, headers: &HeaderMap) -> Option<Response> {
    let lang = Address::lang_of(path)?;
    let page = Address::new(lang, Page::Reminder, None).path();
    let rest = path.strip_prefix(page.as_str())?;
    let calendar = match rest {
        "" if query.is_some_and(|q| !q.is_empty()) => false,
        "calendar.ics" => true,
        _ => return None,
    };
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
    Some(match answer {
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
    })
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
