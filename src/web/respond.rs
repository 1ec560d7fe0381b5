//! Building responses: an asset rendered at start-up, a body rendered now, and the two
//! answers that say the server could not do the work.

use axum::{
    body::{Body, HttpBody},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use crate::lang::Lang;
use crate::web::asset::{Asset, Caching, Encoding, compress_rendered, if_none_match_matches};

pub const HTML: &str = "text/html; charset=utf-8";

/// Runs `work` on tokio's blocking pool, so the connection worker (one thread, serving many
/// connections) keeps answering others meanwhile. Every route that renders or does other
/// CPU work per request goes through here; the route table's work limit bounds how many at
/// once. Work that panics is answered 500.
pub async fn blocking<F>(work: F) -> Response
where
    F: FnOnce() -> Response + Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(response) => response,
        Err(error) => {
            tracing::error!("work done per request failed: {error}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
        }
    }
}

/// Whether reading a request body failed because it did not arrive within the body
/// timeout (the route table's `RequestBodyDeadlineLayer`), however deep in the error's chain.
pub fn is_body_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(error) = cause {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = error.source();
    }
    false
}

/// 503 with `Retry-After`: the limit on work done per request is reached (the route table
/// closes the connection after it).
pub fn busy() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::RETRY_AFTER, "1"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        "busy, try again\n",
    )
        .into_response()
}

/// Rendering only fails on a translation or template defect, which the tests and the
/// start-up render catch; never show a 500 page without saying so in the log.
pub fn render_failed(error: &dyn std::fmt::Display) -> Response {
    tracing::error!("rendering failed: {error}");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
}

/// The coding for a body rendered now: gzip if accepted, else none.
pub fn accepted_coding(headers: &HeaderMap) -> Encoding {
    Encoding::gzip_or_identity(
        headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok()),
    )
}

/// A body rendered for this request: `no-store`, no ETag, gzip at its fastest level when
/// accepted and worth it.
pub fn send_rendered(
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

/// Rendered HTML in `lang`, or a 500 that says why in the log.
pub fn html<E: std::fmt::Display>(
    status: StatusCode,
    lang: Lang,
    page: Result<String, E>,
    accept: Encoding,
) -> Response {
    match page {
        Ok(html) => send_rendered(status, HTML, lang, html, accept),
        Err(error) => render_failed(&error),
    }
}

/// An asset in the coding the request accepts, or 304 when the client already has it.
pub fn send(status: StatusCode, asset: &Asset, request: &HeaderMap) -> Response {
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

/// A HEAD answer: the GET answer's headers, with its length, and no body. A 304 has no
/// body to measure and gets no `Content-Length` (RFC 9110 §8.6).
pub fn without_body(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    if parts.status != StatusCode::NOT_MODIFIED
        && let Some(length) = body.size_hint().exact()
    {
        parts.headers.insert(header::CONTENT_LENGTH, length.into());
    }
    Response::from_parts(parts, Body::empty())
}

/// Marks an answer chosen by `Accept-Language`: `Vary` for caches that honour it, and
/// [`Caching::Negotiated`] for the many that do not.
pub fn negotiated(response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, Caching::Negotiated.header());
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Accept-Language"),
    );
}
