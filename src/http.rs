//! HTTP: the router, and how each request is answered from the site in memory.

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::address::Address;
use crate::asset::{Asset, Encoding, if_none_match_matches};
use crate::lang::Lang;
use crate::site::Site;

/// The whole web application; `main` serves it and the tests call it directly.
pub fn app(site: Arc<Site>) -> Router {
    Router::new().fallback(answer).with_state(site).layer(
        TraceLayer::new_for_http()
            .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
    )
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
