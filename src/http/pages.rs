//! The route table's fallback: everything rendered at start-up, answered from memory at
//! once (the site's files, a missing trailing slash, 405 and the 404 pages), and the two
//! routes that need no rendering either: `/` (the language redirect) and `/healthz`. A
//! query string changes nothing here: shared links often carry one.

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tower::Service;

use crate::address::Address;
use crate::lang::Lang;
use crate::site::Site;
use crate::web::asset::Asset;
use crate::web::extract::FallThrough;
use crate::web::respond::{negotiated, send, without_body};

/// The fallback service: the pages in memory.
#[derive(Clone)]
pub struct Pages {
    site: Arc<Site>,
}

impl Pages {
    pub fn new(site: Arc<Site>) -> Pages {
        Pages { site }
    }
}

impl Service<Request> for Pages {
    type Response = Response;
    type Error = Infallible;
    type Future = Answer;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let unmade = self
            .site
            .file(request.uri().path())
            .is_some_and(Asset::is_unmade);
        if !unmade {
            return Answer::Now(ready(Ok(from_request(&self.site, &request))));
        }
        // A file drawn when first asked for (a QR code): drawn on the blocking pool, as
        // all work done per request is, then answered like any other.
        let site = Arc::clone(&self.site);
        Answer::Drawing(Box::pin(async move {
            let (drawer, path) = (Arc::clone(&site), request.uri().path().to_owned());
            let drawn = tokio::task::spawn_blocking(move || {
                drawer.file(&path).map(Asset::make);
            })
            .await;
            if let Err(error) = drawn {
                tracing::error!("drawing {} failed: {error}", request.uri().path());
            }
            Ok(from_request(&site, &request))
        }))
    }
}

/// The pages' answer: at once, or once a file drawn when first asked for is drawn.
pub enum Answer {
    Now(Ready<Result<Response, Infallible>>),
    Drawing(Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>),
}

impl Future for Answer {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            Answer::Now(answer) => Pin::new(answer).poll(cx),
            Answer::Drawing(answer) => answer.as_mut().poll(cx),
        }
    }
}

/// `/`: sends readers to the overview in the language their browser asks for.
pub async fn choose_language(State(site): State<Arc<Site>>, headers: HeaderMap) -> Response {
    let lang = lang_from_headers(&headers);
    let mut response = send(StatusCode::FOUND, site.language_chooser(), &headers);
    let location = HeaderValue::from_str(&format!("/{}/", lang.code())).expect("ASCII path");
    response.headers_mut().insert(header::LOCATION, location);
    negotiated(&mut response);
    response
}

/// A GET or HEAD without a query for a page rendered at start-up is answered from memory;
/// anything else goes on to the route.
pub async fn rendered_without_query(
    State(site): State<Arc<Site>>,
    request: Request,
    next: Next,
) -> Response {
    let from_memory = request.uri().query().is_none()
        && matches!(*request.method(), Method::GET | Method::HEAD)
        && site.file(request.uri().path()).is_some();
    match from_memory {
        true => from_request(&site, &request),
        false => next.run(request).await,
    }
}

/// A route's "not mine" ([`FallThrough`]) answered as the pages answer that request.
pub async fn fall_through(State(site): State<Arc<Site>>, mut response: Response) -> Response {
    match response.extensions_mut().remove::<FallThrough>() {
        Some(request) => from_memory(&site, &request.method, &request.path, &request.headers),
        None => response,
    }
}

/// `/healthz`: the process answers.
pub async fn healthz() -> Response {
    ([(header::CACHE_CONTROL, "no-store")], "ok\n").into_response()
}

/// The answer to a request for anything rendered at start-up.
pub fn from_memory(site: &Site, method: &Method, path: &str, headers: &HeaderMap) -> Response {
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

/// The answer to a request the way the pages answer it, for a route that leaves it to them.
pub fn from_request(site: &Site, request: &Request) -> Response {
    from_memory(
        site,
        request.method(),
        request.uri().path(),
        request.headers(),
    )
}

fn answer_get(site: &Site, path: &str, headers: &HeaderMap) -> Response {
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
            negotiated(&mut response);
            response
        }
    }
}

pub fn lang_from_headers(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::DEFAULT, Lang::negotiate)
}
